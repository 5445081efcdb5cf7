import { describe, expect, it } from "vitest";
import { runBacktest } from "../src/backtest/backtest.js";
import { effectiveUtilisation } from "../src/backtest/calibration.js";
import {
  DEFAULT_MFU,
  DEFAULT_OVERHEAD_FACTOR,
  MAX_PUBLISHED_MFU,
} from "../src/catalog/training-defaults.js";

describe("backtest against published runs", () => {
  const rows = runBacktest();

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

  it("forecasts every run with tokens", () => {
    expect(rows.some((r) => r.tier === "forecast" && r.run === "Llama 2 70B")).toBe(true);
  });
});

describe("MFU calibration", () => {
  it("matches the default MFU to the published runs' spread times the overhead", () => {
    const values = effectiveUtilisation()
      .map((u) => u.effectiveUtilisation)
      .sort((a, b) => a - b);
    const median = ((values[4] ?? 0) + (values[5] ?? 0)) / 2;
    expect(values).toHaveLength(10);
    expect(DEFAULT_MFU.likely).toBeCloseTo(median * DEFAULT_OVERHEAD_FACTOR, 2);
    expect(DEFAULT_MFU.low).toBeCloseTo((values[0] ?? 0) * DEFAULT_OVERHEAD_FACTOR, 2);
    expect(DEFAULT_MFU.high).toBe(
      Math.min(MAX_PUBLISHED_MFU, (values[9] ?? 0) * DEFAULT_OVERHEAD_FACTOR),
    );
  });
});
