import { it } from "vitest";
import { DEFAULT_UTILISATION_MODEL as m } from "../src/utilisation-fit.js";

it("fit", () => {
  const f = m.fit;
  console.log(
    JSON.stringify({
      knee: f.sizeKneeParameters,
      slopes: f.sizeSlopes,
      anchors: Object.fromEntries(
        Object.entries(f.logAnchors).map(([k, v]) => [k, Math.exp(v - f.logGoodput).toFixed(3)]),
      ),
      goodput: Math.exp(f.logGoodput),
      moe: f.moeFactor,
      gsd: f.generationSd,
      sd: m.residualSd,
    }),
  );
});
