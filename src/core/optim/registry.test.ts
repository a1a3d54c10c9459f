// The registry: the one list of optimizers, their options, defaults and ranges.
import { describe, expect, it } from "vitest";
import { Tensor } from "../tensor";
import { Parameter } from "../parameter";
import {
  Adam,
  AdaGrad,
  AdamW,
  Momentum,
  Nesterov,
  RMSProp,
  SGD,
  optimizers,
  OPTIMIZER_NAMES,
  isOptimizerName,
} from "./index";

const w = () => new Parameter(Tensor.from([[1, 2]]), "w");

describe("optimizers (the registry)", () => {
  it("lists every class in the lessons' order, each under its own name", () => {
    expect(OPTIMIZER_NAMES).toEqual(["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam", "AdamW"]);
    const classes = [SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam, AdamW];
    OPTIMIZER_NAMES.forEach((name, i) => {
      expect(optimizers[name].Class).toBe(classes[i]);
      expect(optimizers[name].name).toBe(name);
      expect(optimizers[name].create([w()])).toBeInstanceOf(classes[i]);
    });
    expect([isOptimizerName("Adam"), isOptimizerName("toString"), isOptimizerName(3)]).toEqual([true, false, false]);
  });

  it("gives each option's default (and the book's, where it differs) and valid range; the classes agree", () => {
    expect(optimizers.Adam.options.eps).toEqual({
      kind: "number",
      min: 0,
      max: Infinity,
      default: 1e-8,
      bookDefault: 1e-7,
    });
    expect(optimizers.Momentum.options.momentum).toEqual({
      kind: "number",
      min: 0,
      max: 1,
      maxExclusive: true,
      default: 0.9,
    });
    expect(optimizers.AdamW.options.weightDecay.default).toBe(0.01);
    expect(optimizers.SGD.options.form).toEqual({ kind: "choice", values: ["pytorch", "book"], default: "pytorch" });
    expect(Object.keys(optimizers.RMSProp.options)).toEqual(["lr", "alpha", "eps", "weightDecay", "form"]);
    for (const name of OPTIMIZER_NAMES) {
      const entry = optimizers[name];
      const defaults = Object.fromEntries(Object.entries(entry.options).map(([k, o]) => [k, o.default]));
      expect(entry.create([w()]).options).toEqual(defaults);
      expect(entry.create([w()], { form: "book" }).options).toEqual({ ...entry.defaults("book"), form: "book" });
      // A value just past each number range is refused by the class itself.
      for (const [option, info] of Object.entries(entry.options)) {
        if (info.kind !== "number") continue;
        const outside = info.max === Infinity ? -1 : info.max;
        expect(() => entry.create([w()], { [option]: outside })).toThrow(
          new RegExp(`^${name}: option "${option}" must`),
        );
      }
    }
  });

  it("keeps the constructors public-only: params and options", () => {
    expect(SGD.length).toBeLessThanOrEqual(2);
    expect(new AdamW([w()]).options.weightDecay).toBe(0.01);
    expect(() => new Nesterov([w()], { lr: -1 })).toThrow(/^Nesterov: option "lr"/);
  });
});
