import { readFileSync } from "node:fs";
import { loadProposal } from "@forecard/spec";
import { bench, describe } from "vitest";
import { estimateProposal } from "../src/estimate.js";

// Target (issue: core-estimates): the 100T MoE example with 10,000 samples in at most 50 ms
// in-process on a 2-core machine. vitest prints the mean; compare it with the target.
const file = new URL("../../../examples/atlas-100t-moe.yaml", import.meta.url);
const proposal = loadProposal(readFileSync(file), "atlas-100t-moe.yaml").value;
if (!proposal) throw new Error("examples/atlas-100t-moe.yaml does not load");

describe("estimate", () => {
  bench("atlas-100t-moe, 10,000 samples (target <= 50 ms)", () => {
    estimateProposal(proposal, { samples: 10_000 });
  });
  bench("atlas-100t-moe, 1 sample (no Monte Carlo)", () => {
    estimateProposal(proposal, { samples: 1 });
  });
});
