import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecard } from "./run-cli.js";

interface Figure {
  value: number;
}
interface Scenario {
  name: string;
  figures: Record<string, Figure>;
  deltas: Record<string, { absolute: number; percent?: number }>;
}

const document = JSON.parse(
  forecard(["estimate", "examples/atlas-100t-dense.yaml", "--json", "--samples", "200"]).stdout,
);
const base: Record<string, Figure> = document.figures;
const byName = Object.fromEntries((document.scenarios as Scenario[]).map((s) => [s.name, s]));

function changed(name: string): string[] {
  const scenario = byName[name];
  if (!scenario) throw new Error(`no scenario ${name}`);
  return Object.keys(scenario.deltas).sort();
}

describe("scenarios of the dense 100T example", () => {
  it("lists every scenario beside the base", () => {
    expect(Object.keys(byName)).toEqual([
      "moe-instead",
      "fp8-training",
      "low-carbon-region",
      "int4-serving",
      "shared-layers",
    ]);
  });

  it("changes only location-dependent figures in a low-carbon region", () => {
    expect(changed("low-carbon-region")).toEqual([
      "carbon.trainingMarketBasedTCO2e",
      "carbon.trainingOperationalTCO2e",
      "carbon.trainingTotalTCO2e",
      "inference.annualTCO2e",
      "inference.lifetimeTCO2e",
      "scaling.lossReductionPerKtCO2e",
    ]);
  });

  it("changes only serving figures when quantised to int4", () => {
    const moved = changed("int4-serving");
    expect(
      moved.every(
        (k) =>
          k.startsWith("inference.") ||
          k === "memory.inferenceWeightsBytes" ||
          k === "memory.kvCacheBytesPerToken",
      ),
    ).toBe(true);
    expect(moved).toContain("memory.inferenceWeightsBytes");
    expect(byName["int4-serving"]?.figures["memory.inferenceWeightsBytes"]?.value).toBe(
      (base["memory.inferenceWeightsBytes"]?.value ?? 0) / 2,
    );
  });

  it("speeds up time, energy and cost in fp8 (by its end-to-end factor, not 2x) but leaves size and compute alone", () => {
    const moved = changed("fp8-training");
    // Only the GEMMs run at the fp8 rate: published end-to-end speed-ups are 1.1x to 1.6x.
    const hours = byName["fp8-training"]?.deltas["time.acceleratorHours"]?.percent ?? 0;
    expect(hours).toBeLessThan(0);
    expect(hours).toBeGreaterThan(-50);
    for (const key of [
      "time.acceleratorHours",
      "energy.trainingMWh",
      "cost.trainingUsd",
      "carbon.trainingTotalTCO2e",
      "memory.trainingStateBytes",
    ]) {
      expect(moved).toContain(key);
    }
    for (const key of [
      "parameters.total",
      "compute.trainingFlops",
      "training.tokens",
      "scaling.predictedLoss",
    ]) {
      expect(moved).not.toContain(key);
    }
  });

  it("shrinks parameters and memory but not compute with shared layers", () => {
    const moved = changed("shared-layers");
    expect(moved).toContain("parameters.total");
    expect(moved).toContain("memory.trainingStateBytes");
    expect(moved).not.toContain("compute.trainingFlops");
    expect(moved).not.toContain("energy.trainingMWh");
  });

  it("changes size, compute and every footprint as a mixture of experts", () => {
    const moved = changed("moe-instead");
    for (const key of [
      "parameters.active",
      "compute.trainingFlops",
      "energy.trainingMWh",
      "cost.trainingUsd",
    ])
      expect(moved).toContain(key);
    expect(byName["moe-instead"]?.deltas["compute.trainingFlops"]?.percent).toBeLessThan(-90);
  });
});

describe("invalid scenarios", () => {
  it.each([
    [
      "an unknown override path",
      "{ training: { precison: fp8 } }",
      'scenarios[bad].overrides.training.precison: unknown field "precison"; did you mean "precision"?',
    ],
    [
      "an override that makes the proposal invalid",
      "{ training: { acceleratorCount: 0 } }",
      "scenarios[bad].overrides.training.acceleratorCount: expected a positive integer, got 0",
    ],
  ])("exits 2 naming the scenario, line and field for %s", (_name, overrides, message) => {
    const file = join(mkdtempSync(join(tmpdir(), "forecard-scn-")), "p.yaml");
    writeFileSync(
      file,
      `schemaVersion: 1\nmodel: { name: X }\nscenarios:\n  - name: bad\n    overrides: ${overrides}\n`,
    );
    const result = forecard(["estimate", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:5:\\d+ `),
    );
    expect(result.stderr).toContain(message);
  });
});
