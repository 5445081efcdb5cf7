import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecard, ROOT } from "./run-cli.js";

interface Expectation {
  exit: number;
  message?: string;
  markup?: boolean;
  template?: boolean;
  warning?: string;
  generated?: boolean;
}

const CORPUS = join(ROOT, "tests/hostile");
const expected = JSON.parse(readFileSync(join(CORPUS, "expected.json"), "utf8")) as Record<
  string,
  Expectation | string
>;
const cases = Object.entries(expected).filter(
  (e): e is [string, Expectation] => typeof e[1] === "object",
);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function prepare(name: string, expectation: Expectation): string {
  if (!expectation.generated) return `tests/hostile/${name}`;
  const dir = mkdtempSync(join(tmpdir(), "forecard-hostile-"));
  // A 10 MB description: far over the 1 MiB limit, refused before parsing.
  writeFileSync(
    join(dir, "huge-string.yaml"),
    `schemaVersion: 1\nmodel:\n  name: X\n  description: "${"x".repeat(10 * 1024 * 1024)}"\n`,
  );
  return join(dir, "huge-string.yaml");
}

describe("hostile-input corpus", () => {
  it("has at least 40 files, each with an expected outcome", () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const file of files) expect(expected[file], file).toBeDefined();
  });

  it.each(cases)("%s", (name, expectation) => {
    const file = prepare(name, expectation);
    const out = mkdtempSync(join(tmpdir(), "forecard-hostile-out-"));
    const result = forecard([
      "report",
      file,
      "--out",
      out,
      "--format",
      "html,md,json",
      "--date",
      "2026-11-26",
      "--samples",
      "50",
    ]);
    expect(result.code).toBe(expectation.exit);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:|internal error/);
    if (expectation.exit === 2) {
      const lines = result.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${escapeRegExp(file)}:\\d+:\\d+ `));
      expect(lines[0]).toContain(expectation.message);
      expect(readdirSync(out)).toEqual([]);
      return;
    }
    const html = readdirSync(out)
      .filter((f) => f.endsWith(".html"))
      .map((f) => readFileSync(join(out, f), "utf8"));
    // Model card, impact report and compliance dossier.
    expect(html).toHaveLength(3);
    if (expectation.markup) {
      for (const page of html) {
        expect(page).toContain(
          "&lt;script&gt;document.title&#x3D;&#x27;pwned&#x27;&lt;/script&gt;",
        );
        expect(page).not.toMatch(/<(script|iframe|object|embed|base|link|meta http-equiv)[\s>]/i);
        expect(page).not.toMatch(/<img src=x|<svg onload|<h1>Injected/i);
      }
    }
    if (expectation.template) {
      for (const page of html)
        expect(page).toContain("{{constructor.constructor(&#x27;return process&#x27;)()}}");
    }
    if (expectation.warning) {
      const json = readdirSync(out).find((f) => f.endsWith(".estimate.json"));
      const warnings = JSON.parse(readFileSync(join(out, json ?? ""), "utf8")).warnings as {
        code: string;
      }[];
      expect(warnings.map((w) => w.code)).toContain(expectation.warning);
    }
  });

  it("refuses a --template partial that links outside its folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "forecard-tpl-"));
    const secret = join(mkdtempSync(join(tmpdir(), "forecard-secret-")), "secret.txt");
    writeFileSync(secret, "TOP SECRET");
    symlinkSync(secret, join(dir, "signoff.hbs"));
    const out = join(dir, "out");
    mkdirSync(out);
    const result = forecard([
      "report",
      "examples/llama-2-70b.yaml",
      "--template",
      dir,
      "--format",
      "html",
      "--out",
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/signoff\.hbs: links outside the template folder/);
    expect(existsSync(join(out, "llama-2-70b.impact-report.html"))).toBe(false);
  });
});

describe("the corpus files themselves", () => {
  it("keep their CRLF line ends and byte-order mark (no formatter may rewrite them)", () => {
    expect(readFileSync(join(CORPUS, "crlf.yaml"), "latin1")).toContain("\r\n");
    expect([...readFileSync(join(CORPUS, "bom.yaml")).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
