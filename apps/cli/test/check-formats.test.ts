import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseJunit } from "junit2json";
import { describe, expect, it } from "vitest";
import { forecard, ROOT } from "./run-cli.js";

const FAST = ["--today", "2026-11-26", "--samples", "500"];
const BAD = "schemaVersion: 1\nmodel: { name: X }\ntraining: { acceleratorCount: -5 }\n";

/** A repository with a valid proposal, two invalid ones and the example policy. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), "forecard-formats-"));
  mkdirSync(join(dir, ".git"));
  mkdirSync(join(dir, "proposals with space"));
  copyFileSync(
    join(ROOT, "examples/atlas-100t-moe.yaml"),
    join(dir, "proposals with space/moe.yaml"),
  );
  copyFileSync(join(ROOT, "examples/policy.yaml"), join(dir, "policy.yaml"));
  writeFileSync(join(dir, "proposals with space/bad.yaml"), BAD);
  writeFileSync(join(dir, "proposals with space/worse.yaml"), "schemaVersion: 1\nmodel: [\n");
  return dir;
}

const VALID = "proposals with space/moe.yaml";
const INVALID = ["proposals with space/bad.yaml", "proposals with space/worse.yaml"];

function check(dir: string, files: string[], format: string) {
  return forecard(["check", ...files, "--policy", "policy.yaml", ...FAST, "--format", format], dir);
}

describe.each([
  ["all invalid", INVALID],
  ["some invalid", [VALID, ...INVALID]],
])("%s: every format shows the invalid files and never says pass", (_, files) => {
  const dir = repository();

  it("json: verdict invalid, each invalid file with its located errors; exit 2", () => {
    const result = check(dir, files, "json");
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.verdict).toBe("invalid");
    const invalid = report.files.filter((f: { verdict: string }) => f.verdict === "invalid");
    expect(invalid.map((f: { file: string }) => f.file)).toEqual(INVALID);
    expect(invalid[0].errors[0]).toEqual({
      file: INVALID[0],
      line: 3,
      column: 31,
      message: "training.acceleratorCount: expected a positive integer, got -5",
    });
  });

  it("markdown: an invalid headline and a section per invalid file", () => {
    const result = check(dir, files, "markdown");
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(
      /^## Forecard policy check: ⛔ invalid \(2 of \d could not be judged\)/,
    );
    for (const file of INVALID) expect(result.stdout).toContain(`### ⛔ \`${file}\`: not judged`);
    expect(result.stdout).not.toContain("pass");
  });

  it("text and github: each invalid file and its line", () => {
    const text = check(dir, files, "text");
    expect(text.stdout).toContain(`INVALID ${INVALID[0]}: not judged`);
    expect(text.stdout).not.toMatch(/^PASS/m);
    expect(text.stdout).toMatch(/^Verdict: INVALID \(2 of \d files could not be judged\)$/m);
    const github = check(dir, files, "github");
    expect(github.stdout).toContain(
      "::error file=proposals with space/bad.yaml,line=3,col=31,title=forecard invalid input::",
    );
  });

  it("sarif: an error result per invalid file at its line", () => {
    const log = JSON.parse(check(dir, files, "sarif").stdout);
    const invalid = log.runs[0].results.filter(
      (r: { ruleId: string }) => r.ruleId === "invalid-input",
    );
    expect(invalid).toHaveLength(2);
    expect(invalid[0].level).toBe("error");
    expect(invalid[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "proposals%20with%20space/bad.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3, startColumn: 31 },
    });
  });

  it("junit: a failure per invalid file, parsed by a real JUnit consumer", async () => {
    const report = await parseJunit(check(dir, files, "junit").stdout);
    const suites = report && "testsuite" in report ? (report.testsuite ?? []) : [];
    for (const file of INVALID) {
      const suite = suites.find((s) => s.name === file);
      const testcase = suite?.testcase?.[0];
      expect(testcase?.name).toBe("invalid-input");
      expect(testcase?.failure?.[0]?.inner).toMatch(new RegExp(`^${file}:\\d+:\\d+ `));
    }
  });
});

describe("SARIF for GitHub code scanning", () => {
  const dir = repository();
  const files = [VALID, ...INVALID];
  const sarif = check(dir, files, "sarif").stdout;
  const log = JSON.parse(sarif);

  it("passes the SARIF multitool's GitHub and SARIF rules", () => {
    const file = join(dir, "forecard.sarif");
    writeFileSync(file, sarif);
    // The multitool package resolves to its platform's validator binary.
    const multitool = createRequire(import.meta.url)("@microsoft/sarif-multitool") as string;
    const result = spawnSync(multitool, ["validate", "--rule-kind", "Gh;Sarif", file], {
      encoding: "utf8",
    });
    const problems = result.stdout.split("\n").filter((l) => /: (error|warning) /.test(l));
    expect(problems).toEqual([]);
    expect(result.stdout).toContain("1 files scanned");
    // The validator is not a rubber stamp: a rule without its help is reported.
    const broken = JSON.parse(sarif);
    delete broken.runs[0].tool.driver.rules[0].help;
    writeFileSync(file, JSON.stringify(broken));
    const refused = spawnSync(multitool, ["validate", "--rule-kind", "Gh;Sarif", file], {
      encoding: "utf8",
    });
    expect(refused.stdout).toMatch(/error GH\d+: .*'help'/);
  }, 120_000);

  it("gives every rule what GitHub requires: short and full descriptions, help text and Markdown, a docs link", () => {
    const rules = log.runs[0].tool.driver.rules as Record<
      string,
      { text?: string; markdown?: string } | string
    >[];
    expect(rules.length).toBeGreaterThan(3);
    for (const rule of rules) {
      expect(rule.shortDescription).toMatchObject({ text: expect.any(String) });
      expect(rule.fullDescription).toMatchObject({ text: expect.any(String) });
      expect(rule.help).toMatchObject({ text: expect.any(String), markdown: expect.any(String) });
      expect(rule.helpUri).toMatch(/^https:\/\/.+docs\/policy-file\.md#/);
    }
  });

  it("locates results relative to the repository root, percent-encoded, declared in originalUriBaseIds", () => {
    const run = log.runs[0];
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toMatch(/^file:\/\/\/.+\/$/);
    const fromElsewhere = JSON.parse(
      forecard(
        [
          "check",
          join(dir, VALID),
          "--policy",
          join(dir, "policy.yaml"),
          ...FAST,
          "--format",
          "sarif",
        ],
        join(dir, "proposals with space"),
      ).stdout,
    );
    for (const result of [...run.results, ...fromElsewhere.runs[0].results]) {
      const location = result.locations[0].physicalLocation.artifactLocation;
      expect(location.uriBaseId).toBe("%SRCROOT%");
      expect(location.uri).toMatch(/^proposals%20with%20space\/(moe|bad|worse)\.yaml$/);
    }
  });

  it("keeps partial fingerprints stable across runs and when lines move", () => {
    const fingerprints = (text: string) =>
      JSON.parse(text).runs[0].results.map(
        (r: { partialFingerprints: Record<string, string> }) =>
          r.partialFingerprints["forecardFinding/v1"],
      );
    const first = fingerprints(sarif);
    expect(new Set(first).size).toBe(first.length);
    expect(fingerprints(check(dir, files, "sarif").stdout)).toEqual(first);
    const moved = join(dir, VALID);
    writeFileSync(moved, `# a comment that moves every line down\n${readFileSync(moved, "utf8")}`);
    const after = JSON.parse(check(dir, [VALID], "sarif").stdout).runs[0].results;
    expect(after[0].locations[0].physicalLocation.region.startLine).toBe(
      log.runs[0].results[0].locations[0].physicalLocation.region.startLine + 1,
    );
    expect(fingerprints(check(dir, [VALID], "sarif").stdout)).toEqual(first.slice(0, after.length));
  });
});

describe("JUnit for GitLab and Jenkins", () => {
  it("has one uniquely named case per rule per file, with a file attribute and the failure text in the body", async () => {
    const dir = repository();
    const xml = check(dir, [VALID], "junit").stdout;
    const report = await parseJunit(xml);
    const suites = report && "testsuite" in report ? (report.testsuite ?? []) : [];
    const cases = suites[0]?.testcase ?? [];
    const names = cases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(["energy-cap", "checklist-open-high-risks"]));
    // junit2json keeps attributes it has no type for, such as file.
    for (const c of cases) expect((c as { file?: string }).file).toBe(VALID);
    const failing = cases.find((c) => c.name === "checklist-open-high-risks");
    expect(failing?.failure?.[0]?.inner).toMatch(/open high risks; the policy allows 0/);
    expect(cases.find((c) => c.name === "energy-cap")?.failure).toBeUndefined();
  });

  it("stays well-formed XML when a file name holds control characters", async () => {
    const dir = repository();
    const name = "bell\u0007esc\u001b.yaml";
    writeFileSync(join(dir, name), BAD);
    const xml = forecard(
      ["check", name, "--policy", "policy.yaml", ...FAST, "--format", "junit"],
      dir,
    ).stdout;
    const forbidden = [...xml].filter((c) => {
      const code = c.codePointAt(0) ?? 0;
      return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    });
    expect(forbidden).toEqual([]);
    expect(xml).toContain('name="bellesc.yaml"');
    expect(await parseJunit(xml)).toBeTruthy();
  });
});
