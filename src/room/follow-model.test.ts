import { describe, expect, it } from "vitest";
import { changedWidgets, followStep, placeOf, presenceCounts, stepsAway, tally } from "./follow-model";
import {
  isRoomCode,
  newRoomCode,
  readPresence,
  readView,
  roomFromUrl,
  roomLink,
  roomServerUrl,
  ROOM_CODE_LENGTH,
  type Presence,
} from "./protocol";

const view = (place: string, section: number) => ({ place, section, revealed: [] });

describe("following the presenter", () => {
  it("compares places without origin, section or room code", () => {
    expect(placeOf("https://kobai.example/lessons/sgd/?room=K7QX4M&w.b.lr=0.9&present=3#cell=a:z1")).toBe(
      "/lessons/sgd/?w.b.lr=0.9#cell=a:z1",
    );
    expect(placeOf("http://localhost:4321/lessons/sgd/?present=1")).toBe("/lessons/sgd/");
  });

  it("moves the section in place when only the section differs", () => {
    const here = "https://k.example/lessons/sgd/?room=K7QX4M&present=2";
    expect(followStep(here, 2, "", view("/lessons/sgd/", 4), "K7QX4M")).toEqual({ kind: "section", section: 4 });
    expect(followStep(here, 4, "", view("/lessons/sgd/", 4), "K7QX4M")).toEqual({ kind: "stay" });
  });

  it("rebuilds only the widgets whose settings differ, in place, when nothing else does", () => {
    const here = "https://k.example/lessons/sgd/?w.adam-bowl.steps=9&room=K7QX4M&present=2";
    expect(followStep(here, 2, "", view("/lessons/sgd/?w.adam-bowl.steps=9&w.sgd-bowl.lr=0.5", 3), "K7QX4M")).toEqual({
      kind: "widgets",
      search: "?w.adam-bowl.steps=9&w.sgd-bowl.lr=0.5&room=K7QX4M&present=3",
      widgets: ["sgd-bowl"],
      section: 3,
    });
    // A widget set back to its defaults leaves the URL: it is rebuilt too.
    expect(followStep(here, 2, "", view("/lessons/sgd/", 2), "K7QX4M")).toEqual({
      kind: "widgets",
      search: "?room=K7QX4M&present=2",
      widgets: ["adam-bowl"],
      section: 2,
    });
    // Another chapter with the same settings is still another page.
    expect(followStep(here, 2, "", view("/lessons/adam/?w.adam-bowl.steps=9", 2), "K7QX4M").kind).toBe("load");
    expect(changedWidgets("?w.a.x=1&w.a.y=2&w.b.x=1", "?w.a.y=2&w.a.x=1&w.b.x=3&w.c.k=0")).toEqual(["b", "c"]);
    expect(changedWidgets("?present=2&room=K7QX4M", "?present=5")).toEqual([]);
  });

  it("loads the presenter's link for another chapter or shared cells", () => {
    const here = "https://k.example/lessons/sgd/?room=K7QX4M&present=2";
    expect(followStep(here, 2, "", view("/lessons/adam/", 1), "K7QX4M")).toEqual({
      kind: "load",
      href: "https://k.example/lessons/adam/?room=K7QX4M&present=1",
    });
    expect(followStep(here, 2, "", view("/lessons/sgd/#cell=a:z1", 2), "K7QX4M")).toEqual({
      kind: "load",
      href: "https://k.example/lessons/sgd/?room=K7QX4M&present=2#cell=a:z1",
    });
    // Once loaded, the cells clear the hash from the address bar; the page remembers it.
    expect(followStep(here, 2, "#cell=a:z1", view("/lessons/sgd/#cell=a:z1", 2), "K7QX4M")).toEqual({ kind: "stay" });
    expect(followStep(here, 2, "#cell=a:z1", view("/lessons/sgd/", 2), "K7QX4M")).toEqual({
      kind: "load",
      href: "https://k.example/lessons/sgd/?room=K7QX4M&present=2",
    });
  });

  it("scrolling, moving sections and using widgets step away; predictions, Tab and the room's controls do not", () => {
    expect(stepsAway({ type: "wheel", zone: "elsewhere" })).toBe(true);
    expect(stepsAway({ type: "touchmove", zone: "prose" })).toBe(true);
    expect(stepsAway({ type: "keydown", zone: "elsewhere", key: "PageDown" })).toBe(true);
    expect(stepsAway({ type: "keydown", zone: "elsewhere", key: "ArrowRight" })).toBe(true);
    expect(stepsAway({ type: "keydown", zone: "prose", key: "ArrowRight", typing: true })).toBe(false);
    expect(stepsAway({ type: "keydown", zone: "elsewhere", key: "Tab" })).toBe(false);
    expect(stepsAway({ type: "pointerdown", zone: "prose" })).toBe(true);
    expect(stepsAway({ type: "input", zone: "prose" })).toBe(true);
    expect(stepsAway({ type: "pointerdown", zone: "walkthrough-bar" })).toBe(true);
    expect(stepsAway({ type: "pointerdown", zone: "prediction" })).toBe(false);
    expect(stepsAway({ type: "wheel", zone: "room" })).toBe(false);
    expect(stepsAway({ type: "pointerdown", zone: "elsewhere" })).toBe(false);
  });
});

describe("what the presenter sees", () => {
  const people: Presence[] = [
    { role: "presenter", following: true, predictions: { "0": { choice: 0 } } },
    { role: "follower", following: true, predictions: { "0": { choice: 2 } } },
    { role: "follower", following: false, predictions: { "0": { choice: 2, sketch: "M0,1L2,3" } } },
    { role: "follower", following: true, predictions: { "1": { sketch: "M5,5L6,6" } } },
    { role: "follower", following: true, predictions: {} },
  ];

  it("counts followers following and stepped away (not the presenter)", () => {
    expect(presenceCounts(people)).toEqual({ following: 3, away: 1 });
  });

  it("tallies each prompt's choices and sketches", () => {
    expect(tally(people, 0, 3)).toEqual({ counts: [0, 0, 2], committed: 2, followers: 4, sketches: ["M0,1L2,3"] });
    expect(tally(people, 1, 0)).toEqual({ counts: [], committed: 1, followers: 4, sketches: ["M5,5L6,6"] });
  });
});

describe("room protocol", () => {
  it("makes short unambiguous codes and reads them from links", () => {
    const code = newRoomCode();
    expect(code).toHaveLength(ROOM_CODE_LENGTH);
    expect(isRoomCode(code)).toBe(true);
    expect(isRoomCode("K0QX1M")).toBe(false); // 0 and 1 are not in the alphabet
    expect(roomFromUrl("https://k.example/lessons/sgd/?room=k7qx4m")).toBe("K7QX4M");
    expect(roomFromUrl("https://k.example/lessons/sgd/?room=nope")).toBeUndefined();
    expect(roomLink("https://k.example/lessons/sgd/?present=3&w.a.b=1#cell=x", "K7QX4M")).toBe(
      "https://k.example/lessons/sgd/?room=K7QX4M",
    );
  });

  it("finds the server at PUBLIC_KOBAI_ROOM_URL, else the page's host on port 1234", () => {
    expect(roomServerUrl("http://192.168.1.20:4321/lessons/sgd/")).toBe("ws://192.168.1.20:1234");
    expect(roomServerUrl("https://kobai.example/lessons/sgd/")).toBe("wss://kobai.example:1234");
    expect(roomServerUrl("https://kobai.example/", "wss://rooms.kobai.example/")).toBe("wss://rooms.kobai.example");
    expect(roomServerUrl("http://localhost:4321/", "")).toBe("ws://localhost:1234");
  });

  it("accepts only views that stay on the site", () => {
    expect(readView({ place: "/lessons/sgd/", section: 2, revealed: [1, -1, "x"] })).toEqual({
      place: "/lessons/sgd/",
      section: 2,
      revealed: [1],
    });
    expect(readView({ place: "/lessons/sgd/", section: 2, ended: true })).toEqual({
      place: "/lessons/sgd/",
      section: 2,
      revealed: [],
      ended: true,
    });
    expect(readView({ place: "/lessons/sgd/", section: 2, ended: "yes" })).not.toHaveProperty("ended");
    expect(readView({ place: "//evil.example/", section: 2 })).toBeUndefined();
    expect(readView({ place: "https://evil.example/", section: 2 })).toBeUndefined();
    expect(readView({ place: "/lessons/sgd/", section: 0 })).toBeUndefined();
  });

  it("drops malformed presence", () => {
    expect(readPresence({ role: "admin" })).toBeUndefined();
    expect(
      readPresence({
        role: "follower",
        following: true,
        name: "  Aiko ",
        predictions: { "0": { choice: 1, sketch: "<script>" }, x: { choice: 1 } },
      }),
    ).toEqual({
      role: "follower",
      following: true,
      name: "Aiko",
      predictions: { "0": { choice: 1 } },
    });
  });
});
