import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

describe("dist/index.mjs", () => {
  it("is the bundle of the current sources (run pnpm --filter @forecard/github-action bundle after a change)", () => {
    const fresh = join(mkdtempSync(join(tmpdir(), "forecard-bundle-")), "index.mjs");
    execFileSync(process.execPath, [
      fileURLToPath(new URL("../scripts/bundle.mjs", import.meta.url)),
      fresh,
    ]);
    const committed = readFileSync(new URL("../dist/index.mjs", import.meta.url), "utf8");
    expect(readFileSync(fresh, "utf8") === committed).toBe(true);
  });

  it("does not contain a browser", () => {
    expect(readFileSync(new URL("../dist/index.mjs", import.meta.url), "utf8")).not.toContain(
      "puppeteer",
    );
  });
});
