import { describe, expect, it } from "vitest";
import { estimateProposal } from "../src/estimate.js";
import { NonFiniteFigureError } from "../src/non-finite.js";
import { proposal } from "./helpers.js";

describe("a figure driven to infinity", () => {
  it("is an error naming the figure and its inputs, never a figure left out as not estimated", () => {
    const valid = proposal({
      architecture: { parameters: "70B" },
      training: { tokens: "2T", accelerator: "nvidia-h100-sxm", acceleratorCount: 1024, mfu: 0.4 },
    });
    // The schema refuses an MFU below 0.01; a caller that skips it must still not get a silent gap.
    const degenerate = { ...valid, training: { ...valid.training, mfu: 5e-324 } };
    expect(() => estimateProposal(degenerate, { samples: 1 })).toThrow(NonFiniteFigureError);
    try {
      estimateProposal(degenerate, { samples: 1 });
    } catch (error) {
      expect((error as NonFiniteFigureError).inputPaths).toContain("training.mfu");
    }
  });
});
