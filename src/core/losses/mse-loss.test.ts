import { describe, expect, it } from "vitest";
import { MSELoss, Tensor } from "kobai";
import { expectClose, loadFixture } from "../testing/fixtures";

type Reduction = "mean" | "sum" | "half-sum";
type Case = { prediction: number[][]; target: number[][] } & Record<Reduction, { loss: number; grad: number[][] }>;
const cases = loadFixture<{ mse: Case[] }>("losses").mse;

describe("MSELoss equals F.mse_loss (mean, sum) and the book's ½Σ(y − t)²", () => {
  cases.forEach((c, i) => {
    for (const reduction of ["mean", "sum", "half-sum"] as const) {
      it(`case ${i} (${c.prediction.length}×${c.prediction[0].length}), reduction ${reduction}`, () => {
        const loss = new MSELoss(reduction === "mean" ? undefined : { reduction });
        expectClose(loss.forward(Tensor.from(c.prediction), Tensor.from(c.target)), c[reduction].loss, 1e-13, "loss");
        expectClose(loss.backward(), c[reduction].grad, 1e-13, "grad");
      });
    }
  });

  it("takes one number per row for a single-column prediction", () => {
    const c = cases[1];
    const loss = new MSELoss();
    expectClose(
      loss.forward(
        Tensor.from(c.prediction),
        c.target.map((row) => row[0]),
      ),
      c.mean.loss,
      1e-13,
    );
  });

  it("names both shapes on a mismatch and rejects unknown reductions", () => {
    const loss = new MSELoss();
    expect(() => loss.forward(Tensor.zeros(2, 3), Tensor.zeros(3, 2))).toThrow(
      "MSELoss: prediction has shape [2, 3] but target has shape [3, 2]",
    );
    expect(() => loss.forward(Tensor.zeros(2, 3), [1, 2])).toThrow(/target must be a tensor of shape \[2, 3\]/);
    expect(() => new MSELoss({ reduction: "avg" as never })).toThrow(
      /reduction must be "mean", "sum" or "half-sum", got "avg"/,
    );
    expect(() => new MSELoss().backward()).toThrow(/backward called before forward/);
  });
});
