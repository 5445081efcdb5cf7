import { describe, expect, it } from "vitest";
import {
  applyCalibration,
  type CalibrationRun,
  estimateProposal,
  fitCalibration,
  forecastProposal,
  leaveOneOut,
  PUBLISHED_RUNS,
  seededRandom,
} from "../src/index.js";

// The published runs as an organisation's history: forecast-tier proposal, published hours as actuals.
function publishedRuns(slowdown = 1): CalibrationRun[] {
  return PUBLISHED_RUNS.flatMap((run) => {
    const proposal = forecastProposal(run);
    const hours = run.published.acceleratorHours;
    if (!proposal || !hours) return [];
    return [
      {
        name: run.name,
        figures: estimateProposal(proposal).figures,
        actuals: {
          "time.acceleratorHours": { value: hours * slowdown, unit: "h", basis: "published" },
        },
      },
    ];
  });
}

describe("calibration", () => {
  it("on the bundled published runs reproduces the built-in calibration within rounding", () => {
    // The built-in utilisation model is fitted on these runs and centred on their median, so the
    // organisation's correction comes out as no correction, up to the Monte Carlo noise of the
    // medians (10,000 samples, one seed for every run): 1.00 within 0.02.
    const runs = publishedRuns();
    const fitted = fitCalibration(runs).acceleratorHours;
    expect(fitted?.runs).toBe(runs.length);
    expect(Math.abs((fitted?.factor ?? Number.NaN) - 1)).toBeLessThanOrEqual(0.02);
  });

  it("learns a uniform 20% slow-down on the published runs", () => {
    const builtIn = fitCalibration(publishedRuns()).acceleratorHours?.factor as number;
    const fitted = fitCalibration(publishedRuns(1.2)).acceleratorHours?.factor as number;
    expect(fitted / builtIn).toBeCloseTo(1.2, 6);
  });

  it("on a synthetic organisation whose runs take 20% longer than forecast, learns it and cuts the error", () => {
    // Ten proposals of different sizes and hardware; each run takes 1.2x the built-in forecast,
    // with +-5% (1 sigma) run-to-run noise from a seeded generator.
    const random = seededRandom(7);
    const accelerators = ["nvidia-a100-80gb", "nvidia-h100-sxm", "google-tpu-v4"] as const;
    const runs: CalibrationRun[] = Array.from({ length: 10 }, (_, i) => {
      const figures = estimateProposal(
        {
          schemaVersion: 1,
          model: { name: `run-${i}` },
          architecture: { parameters: 1e9 * 2 ** i },
          training: { tokens: 2e10 * 2 ** i, accelerator: accelerators[i % 3] },
          datacenter: { location: "US" },
        },
        { samples: 1000 },
      ).figures;
      const noise = Math.exp(0.05 * (random() + random() + random() - 1.5) * 2);
      const hours = (figures["time.acceleratorHours"]?.value as number) * 1.2 * noise;
      return {
        name: `run-${i}`,
        figures,
        actuals: { "time.acceleratorHours": { value: hours, unit: "h", basis: "synthetic" } },
      };
    });
    const fitted = fitCalibration(runs).acceleratorHours;
    expect(fitted?.factor).toBeGreaterThan(1.15);
    expect(fitted?.factor).toBeLessThan(1.25);
    const [hours] = leaveOneOut(runs);
    expect(hours?.medianAbsoluteError.before).toBeGreaterThan(0.12);
    expect(hours?.medianAbsoluteError.after).toBeLessThan(0.08);
  });

  it("leaves given accelerator-hours alone and scales energy-proportional figures", () => {
    const given = estimateProposal(
      {
        schemaVersion: 1,
        model: { name: "x" },
        training: { accelerator: "nvidia-h100-sxm", acceleratorHours: 1e6 },
        datacenter: { location: "US" },
      },
      { samples: 200 },
    ).figures;
    const calibrated = applyCalibration(given, {
      acceleratorHours: { factor: 2, sigmaLog: 0, runs: 3 },
      energyPerAcceleratorHour: { factor: 1.5, sigmaLog: 0, runs: 3 },
    });
    expect(calibrated["time.acceleratorHours"]?.value).toBe(1e6);
    expect(calibrated["energy.trainingMWh"]?.value).toBeCloseTo(
      (given["energy.trainingMWh"]?.value as number) * 1.5,
      6,
    );
  });

  it("lists the calibration under assumptions", () => {
    const run = PUBLISHED_RUNS.find((r) => r.tokens);
    const proposal = forecastProposal(run as (typeof PUBLISHED_RUNS)[number]);
    const estimate = estimateProposal(proposal as NonNullable<typeof proposal>, {
      samples: 200,
      calibration: {
        calibration: { acceleratorHours: { factor: 1.2, sigmaLog: 0.1, runs: 4 } },
        source: "org.calibration.yaml (SHA-256 abc)",
      },
    });
    const assumption = estimate.assumptions.find((a) => a.path === "calibration");
    expect(assumption?.sources).toEqual(["org.calibration.yaml (SHA-256 abc)"]);
    expect(assumption?.note).toContain("x 1.2");
  });
});
