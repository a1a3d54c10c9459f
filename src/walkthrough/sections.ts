/**
 * The sections of a chapter page, read from the real DOM: section 1 is the opening
 * (the chapter header and everything before the first h2), then one section per h2.
 * A section is a run of the prose's child elements; a child that holds an h2 (a heading
 * wrapper, a "For your study group" box) starts a new one. Nothing is cloned: walkthrough
 * mode shows and hides these elements, so widgets and cells keep running.
 */

export interface PageSection {
  /** The heading's text (the chapter title for the opening). */
  title: string;
  /** The heading's id ("" for the opening). */
  id: string;
  /** What gets focus when the section shows. */
  heading: HTMLElement;
  /** The prose children that make up the section. */
  nodes: HTMLElement[];
}

function headingIn(element: HTMLElement): HTMLHeadingElement | null {
  if (element.tagName === "H2") return element as HTMLHeadingElement;
  return element.querySelector("h2");
}

/**
 * Groups the prose's children into sections.
 *
 * @example
 * collectSections(document.querySelector(".prose")!, document.querySelector("h1")!).length; // 1 + number of h2
 */
export function collectSections(prose: HTMLElement, title: HTMLElement): PageSection[] {
  const opening: PageSection = { title: title.textContent?.trim() ?? "", id: "", heading: title, nodes: [] };
  const sections = [opening];
  for (const child of Array.from(prose.children) as HTMLElement[]) {
    const heading = headingIn(child);
    if (heading)
      sections.push({
        title: heading.textContent?.replace(/\s+/g, " ").trim() ?? "",
        id: heading.id,
        heading,
        nodes: [child],
      });
    else sections[sections.length - 1].nodes.push(child);
  }
  return sections;
}
