import { describe, expect, it } from "vitest";
import { bindUrlState, paramName, parseUrlState, serializeUrlState, type Schema, type UrlStateEnv } from "./url-state";

const schema = {
  lr: { type: "number", default: 0.01, min: 0, max: 10 },
  steps: { type: "number", default: 30, min: 1, max: 1000, integer: true },
  optimizer: { type: "enum", default: "sgd", options: ["sgd", "momentum", "adam"] },
  smooth: { type: "boolean", default: false },
  seed: { type: "string", default: "0", pattern: /^\d{1,6}$/ },
} satisfies Schema;

describe("parseUrlState", () => {
  it.each([
    {
      says: "reads valid values and fills the rest with defaults",
      search: "?w.bowl.lr=0.95&w.bowl.optimizer=adam&w.bowl.smooth=1&other=x",
      values: { lr: 0.95, steps: 30, optimizer: "adam", smooth: true, seed: "0" },
      problems: [],
    },
    {
      says: "falls back to the default for each bad value",
      search: "?w.bowl.lr=abc&w.bowl.steps=2.5&w.bowl.optimizer=lbfgs&w.bowl.smooth=yes&w.bowl.seed=x1",
      values: { lr: 0.01, steps: 30, optimizer: "sgd", smooth: false, seed: "0" },
      problems: ["lr", "steps", "optimizer", "smooth", "seed"],
    },
  ])("$says", ({ search, values, problems }) => {
    const parsed = parseUrlState(search, "bowl", schema);
    expect(parsed.values).toEqual(values);
    expect(parsed.problems.map((p) => p.key)).toEqual(problems);
  });

  it("ignores other widgets' parameters", () => {
    expect(parseUrlState("?w.other.lr=5", "bowl", schema).values.lr).toBe(0.01);
  });

  it("says what is wrong with each bad value and what is used instead", () => {
    const { problems } = parseUrlState("?w.b.lr=abc&w.b.steps=2.5&w.b.optimizer=lbfgs", "b", schema);
    expect(problems[0].message).toBe("lr: “abc” is not a number, so 0.01 is used.");
    expect(problems[1].message).toContain("not a whole number");
    expect(problems[2].message).toContain("not one of sgd, momentum, adam");
  });

  it("rejects out-of-range, empty and non-finite numbers", () => {
    for (const raw of ["-1", "11", "", "Infinity", "NaN"]) {
      const { values, problems } = parseUrlState(`?w.b.lr=${raw}`, "b", schema);
      expect(values.lr, raw).toBe(0.01);
      expect(problems, raw).toHaveLength(1);
    }
    expect(parseUrlState("?w.b.lr=11", "b", schema).problems[0].message).toBe(
      "lr: 11 is outside [0, 10], so 0.01 is used.",
    );
  });

  it("rejects a widget id that would make an ambiguous parameter", () => {
    expect(() => parseUrlState("", "a.b", schema)).toThrow(/widget id must be/);
  });
});

describe("serializeUrlState", () => {
  it("writes only non-default values and keeps other parameters", () => {
    const s = serializeUrlState("?x=1&w.b.lr=5", "b", schema, { lr: 0.01, steps: 100, smooth: true, optimizer: "sgd" });
    const params = new URLSearchParams(s);
    expect(params.get("x")).toBe("1");
    expect(params.has(paramName("b", "lr"))).toBe(false); // back at the default: removed
    expect(params.get("w.b.steps")).toBe("100");
    expect(params.get("w.b.smooth")).toBe("1");
    expect(params.has("w.b.optimizer")).toBe(false);
  });

  it("round-trips through parseUrlState", () => {
    const values = { lr: 0.123456789, steps: 7, optimizer: "momentum", smooth: true, seed: "42" };
    expect(parseUrlState(serializeUrlState("", "b", schema, values), "b", schema).values).toEqual(values);
  });
});

describe("bindUrlState", () => {
  function fakeEnv(search: string) {
    const timers: (() => void)[] = [];
    const writes: string[] = [];
    const env: UrlStateEnv = {
      location: { search, pathname: "/lessons/sgd/", hash: "#demo" },
      history: {
        state: null,
        replaceState: (_d, _u, url) => {
          writes.push(url!);
          env.location.search = url!.slice("/lessons/sgd/".length).replace("#demo", "");
        },
      },
      setTimeout: (fn) => timers.push(fn),
      clearTimeout: (h) => {
        timers[(h as number) - 1] = () => {};
      },
    };
    return { env, timers, writes };
  }

  it("debounces writes into one replaceState with path and hash kept", () => {
    const { env, timers, writes } = fakeEnv("?w.b.lr=0.5");
    const state = bindUrlState("b", schema, { env });
    expect(state.values.lr).toBe(0.5);
    state.update({ lr: 0.6 });
    state.update({ lr: 0.7 });
    timers.forEach((fn) => fn());
    expect(writes).toEqual(["/lessons/sgd/?w.b.lr=0.7#demo"]);
    expect(state.values.lr).toBe(0.7);
  });

  it("flush writes now; values read from a bad URL come with problems", () => {
    const { env, writes } = fakeEnv("?w.b.steps=-3");
    const state = bindUrlState("b", schema, { env });
    expect(state.problems).toHaveLength(1);
    state.update({ optimizer: "adam" });
    state.flush();
    expect(writes).toEqual(["/lessons/sgd/?w.b.steps=-3&w.b.optimizer=adam#demo".replace("w.b.steps=-3&", "")]);
  });
});
