import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

describe("docs/validation.md", () => {
  it("matches what the backtest produces now (run pnpm backtest after changing the estimator)", () => {
    const fresh = join(mkdtempSync(join(tmpdir(), "forecard-validation-")), "validation.md");
    const result = spawnSync(
      process.execPath,
      [fileURLToPath(new URL("../dist/backtest.js", import.meta.url)), fresh],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    expect(
      readFileSync(fresh, "utf8") === readFileSync(join(ROOT, "docs/validation.md"), "utf8"),
    ).toBe(true);
  });

  it("shows an error that rounds to zero without a sign", () => {
    const doc = readFileSync(join(ROOT, "docs/validation.md"), "utf8");
    // Rounding noise of 1e-16 must not read as a direction: "-0.0%" next to "+0.0%".
    expect(doc).not.toMatch(/[+-]0\.0%/);
    expect(doc).toMatch(/\| 0\.0% \|/);
  });
});
