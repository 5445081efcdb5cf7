import { type Proposal, proposalSchema } from "@forecard/schema";
import { describe, expect, it } from "vitest";
import { actualFigures, estimateProposal } from "../src/index.js";

const sha = "a".repeat(64);
const powerLog = {
  kind: "power-log",
  file: "log.csv",
  sha256: sha,
  rows: 10,
  series: 2,
  energyKWh: 1000,
  coveredHours: 4,
  gapSeconds: 0,
  gapCount: 0,
  gaps: [],
  clockJumpCount: 0,
  clockJumps: [],
};
const codeCarbon = {
  kind: "codecarbon",
  file: "emissions.csv",
  sha256: sha,
  rows: 1,
  runs: [{ runId: "r", durationSeconds: 3600, energyKWh: 500, emissionsKg: 100 }],
  durationHours: 1,
  energyKWh: 500,
  emissionsKg: 100,
  acceleratorHours: 8,
};
const proposal = (actuals: Record<string, unknown>): Proposal =>
  proposalSchema.parse({
    schemaVersion: 1,
    model: { name: "T" },
    training: { accelerator: "nvidia-h100-sxm", acceleratorHours: 10 },
    datacenter: { location: "US", pue: 1.25, carbonIntensity: 0.4 },
    actuals,
  });

describe("actual figures", () => {
  it("scales a power log by the measured PUE, else the forecast's, and adds CodeCarbon as is", () => {
    const measured = actualFigures(proposal({ pue: 1.1, measurements: [powerLog, codeCarbon] }));
    expect(measured["energy.trainingMWh"]?.value).toBeCloseTo((1000 * 1.1 + 500) / 1000, 12);
    expect(measured["energy.trainingMWh"]?.basis).toContain("measured PUE 1.1");
    const forecastPue = actualFigures(proposal({ measurements: [powerLog] }));
    expect(forecastPue["energy.trainingMWh"]?.value).toBeCloseTo(1.25, 12);
    expect(forecastPue["energy.trainingMWh"]?.basis).toContain("the forecast's PUE 1.25");
    // Mixed sources: carbon from measured energy x the forecast's grid intensity, not CodeCarbon's.
    expect(measured["carbon.trainingOperationalTCO2e"]?.value).toBeCloseTo(1.6 * 0.4, 12);
  });

  it("takes CodeCarbon's own emissions and GPU-hours when every measurement is CodeCarbon", () => {
    const figures = actualFigures(proposal({ measurements: [codeCarbon] }));
    expect(figures["carbon.trainingOperationalTCO2e"]?.value).toBeCloseTo(0.1, 12);
    expect(figures["time.acceleratorHours"]?.value).toBe(8);
  });

  it("lets explicit totals win over measurements", () => {
    const figures = actualFigures(
      proposal({ energyMWh: 3, locationBasedTCO2e: 2, measurements: [codeCarbon] }),
    );
    expect(figures["energy.trainingMWh"]?.value).toBe(3);
    expect(figures["carbon.trainingOperationalTCO2e"]?.value).toBe(2);
  });

  it("puts each actual beside the forecast in the estimate", () => {
    const estimate = estimateProposal(proposal({ acceleratorHours: 12 }), { samples: 100 });
    expect(estimate.actuals).toEqual([
      {
        key: "time.acceleratorHours",
        unit: "h",
        actual: 12,
        basis: "actuals.acceleratorHours",
        forecast: { value: 10, p5: 10, p50: 10, p95: 10 },
        relativeError: 0.2,
        withinInterval: false,
      },
    ]);
  });
});
