import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { SWEEP_INDICES, SweepView, sweepJobs } from "./sweep-model";
import { sweepChart } from "./sweep-chart";
import type { ProgressEvent, TrainResult } from "../../../src/run/events";

const { document } = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;

function progress(
  step: number,
  elapsedMs: number,
  bnAcc: number,
  plainAcc: number,
  divergedAt?: number,
): ProgressEvent {
  const evals = (acc: number) => [{ step, epoch: step / 10, trainAcc: acc }];
  return {
    type: "progress",
    step,
    totalSteps: 100,
    epoch: step / 10,
    elapsedMs,
    diverged: [],
    runs: [
      { label: "bn", fromStep: 1, losses: [], evals: evals(bnAcc) },
      { label: "no-bn", fromStep: 1, losses: [], evals: divergedAt ? [] : evals(plainAcc), divergedAt },
    ],
  };
}

describe("the batch-norm sweep", () => {
  it("lesson: every other of the book's scales at 10 epochs and lr 0.1; book: all 16 at 20 and lr 0.01", () => {
    const lesson = sweepJobs("lesson", 3);
    expect(lesson.map((j) => Number(j.value.toPrecision(3)))).toEqual([
      1, 0.293, 0.0858, 0.0251, 0.00736, 0.00215, 0.000631, 0.000185,
    ]);
    expect(lesson.every((j) => j.spec.epochs === 10 && j.spec.seed === 3 && j.spec.optimizer.options?.lr === 0.1)).toBe(
      true,
    );
    const book = sweepJobs("book", 0);
    expect(book).toHaveLength(16);
    expect(
      book.every(
        (j) =>
          j.spec.epochs === 20 &&
          j.spec.batchSize === 100 &&
          j.spec.data.name === "mnist" &&
          j.spec.optimizer.options?.lr === 0.01,
      ),
    ).toBe(true);
    expect(SWEEP_INDICES.book).toHaveLength(16);
  });

  it("collects each scale's curves, its progress and a summary that names a divergence", () => {
    const jobs = sweepJobs("lesson", 0);
    const view = new SweepView(jobs, 100);
    view.start(0);
    view.apply(0, progress(10, 1000, 0.2, 0.1, 2));
    view.apply(0, progress(50, 3000, 0.4, 0.1, 2));
    expect(view.fraction).toBeCloseTo(50 / 800, 12);
    expect(view.progressText()).toMatch(/Scale 0 of 8 done · step 50 of 100 in this scale \(6 %\) · about .* left/);
    const result: TrainResult = {
      seed: 0,
      spec: jobs[0].spec,
      reason: "finished",
      step: 100,
      totalSteps: 100,
      elapsedMs: 5000,
      fingerprint: "x",
      runs: [
        { label: "bn", losses: [], evals: [{ step: 100, epoch: 10, trainAcc: 0.5 }] },
        { label: "no-bn", losses: [], evals: [], divergedAt: 2 },
      ],
    };
    view.finished(0, result);
    expect(view.done).toBe(1);
    expect(view.summary()).toEqual(["W = 1: with BN 50.0%; without BN diverged at step 2."]);
    view.apply(1, progress(100, 4000, 0.8, 0.12));
    expect(view.summary()[1]).toBe("W = 0.293: with BN 80.0%, without 12.0% after epoch 10.");
    const chart = sweepChart({ panels: view.panels, epochs: 10, summary: view.summary(), document: doc });
    expect(chart.caption).toContain("with BN 80.0%");
    expect(chart.element.querySelectorAll("[data-mark=line]").length).toBeGreaterThan(0);
    expect(chart.element.outerHTML).not.toMatch(/NaN/);
  });

  it("an error is reported in the status line", () => {
    const view = new SweepView(sweepJobs("lesson", 0), 100);
    view.apply(2, { type: "error", message: "boom" });
    expect(view.status(0)).toEqual({ message: "Training failed: boom", tone: "error" });
  });
});
