import { estimateProposal } from "@forecard/core-estimates";
import { policySchema, proposalSchema } from "@forecard/schema";
import { describe, expect, it } from "vitest";
import { checkActuals } from "../src/actuals-rules.js";

const base = {
  schemaVersion: 1,
  model: { name: "T" },
  training: { accelerator: "nvidia-h100-sxm", acceleratorHours: 100_000, powerWatts: 700 },
  datacenter: { pue: 1.1, carbonIntensity: 0.4 },
};
// 100,000 h x 700 W x 1.1 = 77 MWh forecast, with no range.
const rules = policySchema.parse({
  schemaVersion: 1,
  actuals: [{ id: "energy", figure: "energy.trainingMWh", maxRatio: 1.2 }],
}).actuals as NonNullable<ReturnType<typeof policySchema.parse>["actuals"]>;

const findings = (actuals?: Record<string, unknown>) =>
  checkActuals(
    rules,
    estimateProposal(proposalSchema.parse({ ...base, ...(actuals ? { actuals } : {}) }), {
      samples: 100,
    }),
  );

describe("rules on actuals", () => {
  it("passes within maxRatio x the approved p95 and fails beyond it", () => {
    expect(findings({ energyMWh: 77 * 1.19 })).toEqual([]);
    const [over] = findings({ energyMWh: 77 * 1.25 });
    expect(over?.severity).toBe("error");
    expect(over?.path).toEqual(["actuals"]);
    expect(over?.message).toContain("exceeds 1.2 x the approved p95");
  });

  it("says nothing before the run, and warns when actuals lack the figure", () => {
    expect(findings()).toEqual([]);
    const [missing] = findings({ acceleratorHours: 90_000 });
    expect(missing?.severity).toBe("warning");
    expect(missing?.message).toContain("was not measured");
  });
});
