/**
 * The generic components every chapter can use in MDX without importing them:
 * <Side>, <Exercise>, <StudyGroup>, <Predict>, <Pitfall>, <Term>, <BookRef>.
 * (Importing them explicitly in the MDX file works too.)
 */
import BookRef from "../../components/BookRef.astro";
import Exercise from "../../components/Exercise.astro";
import Pitfall from "../../components/Pitfall.astro";
import Predict from "../../components/Predict.astro";
import Side from "../../components/Side.astro";
import StudyGroup from "../../components/StudyGroup.astro";
import Term from "../../components/Term.astro";

export const lessonComponents = { BookRef, Exercise, Pitfall, Predict, Side, StudyGroup, Term };
