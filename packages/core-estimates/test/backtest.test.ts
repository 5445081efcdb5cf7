import { describe, expect, it } from "vitest";
import { runBacktest } from "../src/backtest/backtest.js";
import { GENERATION_OF } from "../src/catalog/generations.js";
import { PUBLISHED_RUNS } from "../src/catalog/published-runs.js";
import { LEAVE_ONE_OUT_RESIDUAL_SD } from "../src/catalog/utilisation-residual.js";
import { median } from "../src/percentiles.js";
import {
  calibrationPoints,
  DEFAULT_UTILISATION_MODEL,
  fitUtilisation,
  utilisationModel,
} from "../src/utilisation-fit.js";

/** Runs held back for independent evaluation: never calibrated on (issue 12). */
const RESERVED = [
  /Llama 3\.1/,
  /Llama 4/,
  /DeepSeek-V3/,
  /Gopher/,
  /PaLM/,
  /Falcon-180B/,
  /Llama 2 34B/,
  /LLaMA-33B/,
  /OLMo 3/,
  /Switch/,
  /GShard/,
];

describe("backtest against published runs", () => {
  const rows = runBacktest();
  const hours = rows.filter((r) => r.tier === "forecast" && r.figure === "time.acceleratorHours");

  it.each(rows.filter((r) => r.tier === "accounting").map((r) => [r.run, r.figure, r]))(
    "reproduces %s %s within 2% from published inputs",
    (_run, _figure, row) => {
      expect(Math.abs(row.relativeError)).toBeLessThanOrEqual(0.02);
    },
  );

  it("covers at least eight runs in the accounting tier", () => {
    expect(
      new Set(rows.filter((r) => r.tier === "accounting").map((r) => r.run)).size,
    ).toBeGreaterThanOrEqual(8);
  });

  it("forecasts hours leave-one-out better than the naive 6ND at 40% of peak", () => {
    const model = median(hours.map((r) => Math.abs(r.relativeError)));
    const naive = median(hours.map((r) => Math.abs((r.naive ?? 0) / r.published - 1)));
    expect(model).toBeLessThan(naive);
  });

  it("holds the published hours inside p5-p95 for 80% to 97% of runs: a real 90% interval", () => {
    const inside = hours.filter((r) => r.p5 <= r.published && r.published <= r.p95).length;
    expect(inside / hours.length).toBeGreaterThanOrEqual(0.8);
    expect(inside / hours.length).toBeLessThanOrEqual(0.97);
  });
});

describe("calibration set", () => {
  const points = calibrationPoints();

  it("estimates with the model fitted on these runs and their stored leave-one-out spread (run pnpm backtest when this fails)", () => {
    expect(DEFAULT_UTILISATION_MODEL.fit).toEqual(fitUtilisation(points));
    expect(LEAVE_ONE_OUT_RESIDUAL_SD).toBe(utilisationModel(points).residualSd);
  });

  it("has at least 25 runs over 5 generations, 3 MoE and 5 under 10B parameters", () => {
    expect(points.length).toBeGreaterThanOrEqual(25);
    expect(new Set(points.map((p) => p.generation)).size).toBeGreaterThanOrEqual(5);
    expect(points.filter((p) => p.moe).length).toBeGreaterThanOrEqual(3);
    const small = PUBLISHED_RUNS.filter(
      (r) => r.parameters < 10e9 && points.some((p) => p.run === r.name),
    );
    expect(small.length).toBeGreaterThanOrEqual(5);
  });

  it("cites a source for every run and holds none of the runs reserved for evaluation", () => {
    for (const run of PUBLISHED_RUNS) {
      expect(run.source.length, run.name).toBeGreaterThan(20);
      expect(GENERATION_OF[run.accelerator], run.name).toBeDefined();
      for (const reserved of RESERVED) expect(run.name).not.toMatch(reserved);
    }
  });
});
