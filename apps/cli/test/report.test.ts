import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecard } from "./run-cli.js";

const scratch = () => mkdtempSync(join(tmpdir(), "forecard-report-"));
const FAST = ["--date", "2026-11-26", "--samples", "500"];

describe("forecard report", () => {
  it("writes every format of the three documents for the 100T proposal", () => {
    const out = scratch();
    const result = forecard(["report", "examples/atlas-100t-moe.yaml", "--out", out, ...FAST]);
    expect(result.stderr).not.toMatch(/error|Error/);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "atlas-100t-moe.dossier.html",
      "atlas-100t-moe.dossier.md",
      "atlas-100t-moe.dossier.pdf",
      "atlas-100t-moe.estimate.json",
      "atlas-100t-moe.impact-report.html",
      "atlas-100t-moe.impact-report.pdf",
      "atlas-100t-moe.model-card.html",
      "atlas-100t-moe.model-card.md",
      "atlas-100t-moe.model-card.pdf",
    ]);
    expect(
      readFileSync(join(out, "atlas-100t-moe.impact-report.pdf")).subarray(0, 5).toString(),
    ).toBe("%PDF-");
  });

  it("gives byte-identical HTML, Markdown and JSON for the same proposal and --date", () => {
    const [a, b] = [scratch(), scratch()];
    for (const out of [a, b]) {
      expect(
        forecard([
          "report",
          "examples/atlas-100t-dense.yaml",
          "--format",
          "html,md,json",
          "--out",
          out,
          ...FAST,
        ]).code,
      ).toBe(0);
    }
    for (const file of readdirSync(a)) {
      expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
    }
    expect(readdirSync(a)).toHaveLength(6);
  });

  it("renders only what --kind and --format ask for", () => {
    const out = scratch();
    expect(
      forecard([
        "report",
        "examples/llama-2-70b.yaml",
        "--kind",
        "card",
        "--format",
        "md",
        "--out",
        out,
        ...FAST,
      ]).code,
    ).toBe(0);
    expect(readdirSync(out)).toEqual(["llama-2-70b.model-card.md"]);
  });

  it("takes a list of kinds: card,impact writes both and leaves the dossier out", () => {
    const out = scratch();
    const args = [
      "report",
      "examples/llama-2-70b.yaml",
      "--kind",
      "card,impact",
      "--format",
      "md,html",
    ];
    expect(forecard([...args, "--out", out, ...FAST]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "llama-2-70b.impact-report.html",
      "llama-2-70b.model-card.html",
      "llama-2-70b.model-card.md",
    ]);
    // The impact report is among them, so its calibration box has the backtest.
    const html = readFileSync(join(out, "llama-2-70b.impact-report.html"), "utf8");
    expect(html).toContain('class="small calibration"');
  });

  it("replays the backtest for the impact report's calibration box, alone or with the rest", () => {
    for (const kind of ["impact", "all"]) {
      const out = scratch();
      const args = ["report", "examples/llama-2-70b.yaml", "--kind", kind, "--format", "html"];
      expect(forecard([...args, "--out", out, ...FAST]).code).toBe(0);
      const html = readFileSync(join(out, "llama-2-70b.impact-report.html"), "utf8");
      expect(html, kind).toContain('class="small calibration"');
      expect(html, kind).not.toContain("No backtest was supplied");
    }
  });

  it("finishes the valid proposals when one is invalid, then exits 2", () => {
    const out = scratch();
    const bad = join(out, "bad.yaml");
    writeFileSync(
      bad,
      "schemaVersion: 1\nmodel: { name: Bad }\ntraining: { acceleratorCount: -5 }\n",
    );
    const result = forecard([
      "report",
      bad,
      "examples/llama-2-70b.yaml",
      "--format",
      "html",
      "--out",
      out,
      ...FAST,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${bad}:3:31 training.acceleratorCount: expected a positive integer, got -5`,
    );
    expect(existsSync(join(out, "llama-2-70b.impact-report.html"))).toBe(true);
  });

  it("exits 3 with how to install a browser when none is found, writing nothing", () => {
    const out = join(scratch(), "out");
    const result = forecard(
      ["report", "examples/llama-2-70b.yaml", "--out", out, ...FAST],
      undefined,
      { FORECARD_CHROMIUM: "/nonexistent/chromium" },
    );
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(
      /^forecard: no Chrome or Chromium found .*apt-get install chromium/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("needs no browser for HTML, Markdown and JSON", () => {
    const out = scratch();
    const result = forecard(
      ["report", "examples/llama-2-70b.yaml", "--format", "html,md,json", "--out", out, ...FAST],
      undefined,
      { FORECARD_CHROMIUM: "/nonexistent/chromium" },
    );
    expect(result.code).toBe(0);
  });

  it("exits 3 when the output folder cannot be written", () => {
    const parent = scratch();
    writeFileSync(join(parent, "file"), "not a folder");
    const result = forecard([
      "report",
      "examples/llama-2-70b.yaml",
      "--format",
      "html",
      "--out",
      join(parent, "file", "out"),
      ...FAST,
    ]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/cannot write there \(ENOTDIR\); choose a writable folder/);
  });

  it("puts the policy verdict and every finding of check on page 1 and in the card's caveats", () => {
    const out = scratch();
    const file = "examples/atlas-100t-dense.yaml";
    const policy = ["--policy", "examples/policy.yaml"];
    const result = forecard([
      "report",
      file,
      ...policy,
      "--format",
      "html,md",
      "--out",
      out,
      ...FAST,
    ]);
    expect(result.code).toBe(0);
    const check = forecard([
      "check",
      file,
      ...policy,
      "--format",
      "json",
      "--today",
      "2026-11-26",
      "--samples",
      "500",
    ]);
    const findings = JSON.parse(check.stdout).files[0].findings as {
      ruleId?: string;
      rule?: string;
    }[];
    expect(findings.length).toBeGreaterThan(0);
    const impact = readFileSync(join(out, "atlas-100t.impact-report.html"), "utf8");
    const brief = impact.slice(0, impact.indexOf("Executive summary")).replace(/<wbr>/g, "");
    expect(brief).toContain("REJECT AS PROPOSED");
    for (const f of findings) expect(brief).toContain(f.ruleId ?? f.rule ?? "?");
    const card = readFileSync(join(out, "atlas-100t.model-card.md"), "utf8");
    expect(card).toContain('Policy "Example Lab frontier-model policy": FAIL');
  });

  it("writes nothing and exits 2 when the --policy file is invalid", () => {
    const out = scratch();
    const bad = join(out, "bad-policy.yaml");
    writeFileSync(bad, "schemaVersion: 1\nbudgets: 3\n");
    const dest = join(out, "docs");
    const result = forecard([
      "report",
      "examples/llama-2-70b.yaml",
      "--policy",
      bad,
      "--out",
      dest,
      ...FAST,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad-policy\.yaml:2:\d+ budgets/);
    expect(readdirSync(dest)).toEqual([]);
  });

  it.each([
    [
      ["--kind", "poster"],
      '--kind: expected card, impact, dossier or all, or a comma-separated list of them, got "poster"',
    ],
    [
      ["--kind", "card,"],
      '--kind: expected card, impact, dossier or all, or a comma-separated list of them, got ""',
    ],
    [
      ["--format", "docx"],
      '--format: expected pdf, html, md, json or all, or a comma-separated list of them, got "docx"',
    ],
    [
      ["--format", "all,bogus"],
      '--format: expected pdf, html, md, json or all, or a comma-separated list of them, got "bogus"',
    ],
    [["--date", "2026-13-01"], '--date: expected a date YYYY-MM-DD that exists, got "2026-13-01"'],
    [["--concurrency", "0"], '--concurrency: expected an integer from 1 to 16, got "0"'],
  ])("rejects %j with exit 2", (args, message) => {
    const result = forecard(["report", "examples/llama-2-70b.yaml", "--out", scratch(), ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${message}\n`);
  });
});
