import { describe, expect, it } from "vitest";
import { renderTrends } from "../src/scaling-text.js";
import { forecard } from "./run-cli.js";

describe("scaling analysis in the CLI", () => {
  const result = forecard(["estimate", "examples/atlas-100t-dense.yaml", "--samples", "500"]);

  it("shows compute-optimal tokens, the data-stock warning, predicted loss, marginal gain, GPT-3 and the trend years", () => {
    expect(result.code).toBe(0);
    // Besiroglu et al. (2024), the default law: D_opt(100T) = (N/G)^(alpha/beta) / G = 1,290T.
    expect(result.stdout).toMatch(/Compute-optimal tokens\s+1,290T tokens/);
    expect(result.stdout).toContain("COMPUTE_OPTIMAL_EXCEEDS_DATA_STOCK");
    expect(result.stdout).toMatch(
      /Predicted loss \(Chinchilla\)\s+1\.8\d nats\/token\s+1\.7\d nats/,
    );
    expect(result.stdout).toMatch(/Loss reduction per doubling of compute\s+0\.00\d+ nats\/token/);
    expect(result.stdout).toMatch(/GPT-3 175B \(2020\)\s+x571/);
    // The catalog's compute trend fits too weakly (R² below 0.5) to state a year, as in the report.
    expect(result.stdout).toMatch(
      /training compute, linear fit \(n=\d+, R²=0\.[0-4]\d\): too weak a fit to state a growth rate or a year/,
    );
    expect(result.stdout).toContain("Compared with known models (this proposal ÷ the known model)");
  });

  it("states the rate and year of a fit strong enough, and names a trained model as a model", () => {
    const fit = {
      quantity: "training compute",
      kind: "linear",
      n: 30,
      r2: 0.8,
      doublingYears: 0.5,
      reachYear: 2031,
      reachYearEarliest: 2029,
      reachYearLatest: 2034,
    } as const;
    expect(renderTrends([fit], "this model")).toContain(
      "doubling every 0.50 years): reaches this model in 2031 (95% prediction interval 2029 to 2034)",
    );
    const trained = forecard(["compare", "examples/llama-2-70b.yaml"]);
    expect(trained.stdout).toContain("Compared with known models (this model ÷ the known model)");
    expect(trained.stdout).not.toContain("this proposal");
  });

  it("puts comparison and trend in the JSON too", () => {
    const json = JSON.parse(
      forecard(["estimate", "examples/atlas-100t-dense.yaml", "--samples", "100", "--json"]).stdout,
    );
    expect(json.comparison.rows.map((r: { id: string }) => r.id)).toEqual([
      "bert-large",
      "gpt-3",
      "gpt-4",
      "palm",
      "llama-3.1-405b",
      "deepseek-v3",
    ]);
    expect(json.trend.fits).toHaveLength(4);
    expect(json.trend.caveats.length).toBeGreaterThan(0);
    expect(json.figures["scaling.predictedLoss"].sources[0]).toMatch(/^Besiroglu et al\. \(2024\)/);
  });

  it("compares with chosen models", () => {
    const compare = forecard([
      "compare",
      "examples/atlas-100t-moe.yaml",
      "--with",
      "gpt-3,deepseek-v3",
      "--samples",
      "100",
    ]);
    expect(compare.code).toBe(0);
    expect(compare.stdout).toMatch(/DeepSeek-V3 \(2024\)\s+x149/);
  });

  it("refuses an unknown reference id with the list of valid ids", () => {
    const compare = forecard(["compare", "examples/atlas-100t-moe.yaml", "--with", "gpt-5"]);
    expect(compare.code).toBe(2);
    expect(compare.stderr).toMatch(
      /^--with: no reference model "gpt-5"; valid ids: bert-large, gpt-2, .*deepseek-v3\n$/,
    );
  });

  it("refuses an unknown scaling law", () => {
    const bad = forecard(["estimate", "examples/atlas-100t-moe.yaml", "--scaling-law", "kaplan"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      '--scaling-law: expected hoffmann2022 or besiroglu2024, got "kaplan"\n',
    );
  });
});
