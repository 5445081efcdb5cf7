import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PACKAGE, ROOT, runForecard } from "./run-forecard.js";

const manifest = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8"));
const scratch = mkdtempSync(join(tmpdir(), "forecard-package-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Logs every module the command resolves, as an ES module or through require(), so a test can see
// what a command loads.
const TRACE = `data:text/javascript,${encodeURIComponent(`
  import { register } from "node:module";
  register("data:text/javascript," + encodeURIComponent(
    "export async function resolve(s, c, n) { const r = await n(s, c); process._rawDebug('resolved ' + r.url); return r; }"
  ));
`)}`;
const TRACE_REQUIRE = join(scratch, "trace-require.cjs");
writeFileSync(
  TRACE_REQUIRE,
  `process.on("exit", () => { for (const f of Object.keys(require.cache)) process._rawDebug("resolved " + f); });`,
);

/** The packaged command, with a code cache of its own in the scratch folder. */
const forecard = (args: string[], nodeArgs: string[] = []) =>
  runForecard(args, { FORECARD_COMPILE_CACHE: join(scratch, "compile-cache") }, nodeArgs);

describe("the forecard package", () => {
  it("is an installable command with a license, engines and only what it ships", () => {
    expect(manifest.name).toBe("forecard");
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toBe("Apache-2.0");
    expect(manifest.bin).toEqual({ forecard: "./bin/forecard.cjs" });
    expect(manifest.engines.node).toBe(">=20.19.0");
    for (const file of manifest.files) expect(existsSync(join(PACKAGE, file)), file).toBe(true);
    // Dependencies are what users install: never a workspace package, always a pinned version.
    for (const [name, range] of Object.entries(manifest.dependencies)) {
      expect(name).not.toMatch(/^@forecard\//);
      expect(range).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it("prints its own version", async () => {
    expect((await forecard(["--version"])).stdout.trim()).toBe(manifest.version);
  });

  it("ships the report templates beside the bundle", () => {
    const bundled = readdirSync(join(PACKAGE, "templates/partials")).sort();
    const source = readdirSync(join(ROOT, "packages/report/templates/partials")).sort();
    expect(bundled).toEqual(source);
  });

  it("names every bundled third-party package with its license", () => {
    const notices = readFileSync(join(PACKAGE, "THIRD_PARTY_LICENSES.md"), "utf8");
    for (const name of ["commander", "yaml", "zod", "date-fns"]) {
      expect(notices).toContain(`## ${name} ${manifest.devDependencies[name]}`);
    }
  });

  it("check loads no browser, template engine or PDF library", async () => {
    const run = await forecard(
      ["check", "examples/atlas-100t-moe.yaml", "--policy", "examples/policy.yaml"],
      ["--import", TRACE, "--require", TRACE_REQUIRE],
    );
    expect(run.code).toBe(1);
    const loaded = run.stderr.split("\n").filter((line) => line.startsWith("resolved "));
    expect(loaded.length).toBeGreaterThan(3);
    // Modules loaded with require(), as the bundle loads its dependencies, are listed too.
    expect(loaded.filter((line) => line.endsWith("trace-require.cjs"))).toHaveLength(1);
    for (const heavy of ["puppeteer-core", "handlebars", "pdf-lib", "cli-progress"]) {
      expect(loaded.filter((line) => line.includes(`/node_modules/${heavy}/`))).toEqual([]);
    }
    // Bundled libraries are not loaded file by file (zod alone is over 200 files).
    expect(loaded.filter((line) => line.includes("/node_modules/zod/"))).toEqual([]);
  });

  it("check judges the same p95 as the estimate in report's JSON", async () => {
    const check = await forecard([
      "check",
      "examples/atlas-100t-dense.yaml",
      "--policy",
      "examples/policy.yaml",
      "--json",
    ]);
    const findings = JSON.parse(check.stdout).files[0].findings as { message: string }[];
    const energy = findings.find((f) => f.message.includes("energy.trainingMWh p95 ="));
    const shown = /p95 = ([\d.]+) TWh/.exec(energy?.message ?? "");
    expect(shown).not.toBeNull();

    const out = join(scratch, "report");
    const report = await forecard([
      "report",
      "examples/atlas-100t-dense.yaml",
      "--format",
      "json",
      "--out",
      out,
      "--date",
      "2026-12-01",
    ]);
    expect(report.code).toBe(0);
    const estimate = JSON.parse(readFileSync(join(out, "atlas-100t.estimate.json"), "utf8"));
    const p95TWh = estimate.figures["energy.trainingMWh"].p95 / 1e6;
    expect(Number(shown?.[1])).toBe(Number(p95TWh.toPrecision(3)));
  });
});
