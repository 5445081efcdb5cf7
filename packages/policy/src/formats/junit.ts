import type { JudgedFile, Judgement, LocatedFinding } from "../judgement.js";
import { policyRuleIds } from "../rules.js";
import type { CheckContext } from "./context.js";

// XML 1.0 forbids most control characters even as references; they are dropped.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const xml = (text: string) =>
  text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

const where = (f: { file: string; line: number; column: number }) =>
  `${f.file}:${f.line}:${f.column}`;

function testCase(file: string, rule: string, findings: LocatedFinding[]): string {
  const head = `    <testcase classname="${xml(file)}" name="${xml(rule)}" file="${xml(file)}"${findings[0] ? ` line="${findings[0].line}"` : ""}>`;
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warning");
  const parts: string[] = [];
  if (errors.length) {
    const body = errors.map((f) => `${where(f)} ${f.message}`).join("\n");
    parts.push(
      `      <failure message="${xml(errors[0]?.message ?? rule)}" type="${xml(rule)}">${xml(body)}</failure>`,
    );
  }
  if (warnings.length) {
    const body = warnings.map((f) => `warning ${where(f)} ${f.message}`).join("\n");
    parts.push(`      <system-out>${xml(body)}</system-out>`);
  }
  if (!parts.length) return `${head.slice(0, -1)}/>`;
  return `${head}\n${parts.join("\n")}\n    </testcase>`;
}

function judgedSuite(
  j: JudgedFile,
  ruleIds: readonly string[],
): { xml: string; tests: number; failures: number } {
  const byRule = new Map<string, LocatedFinding[]>(ruleIds.map((id) => [id, []]));
  for (const f of j.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  if (byRule.size === 0) byRule.set("policy", []);
  const cases = [...byRule].map(([rule, findings]) => testCase(j.file, rule, findings));
  const failures = [...byRule.values()].filter((fs) =>
    fs.some((f) => f.severity === "error"),
  ).length;
  return {
    xml: `  <testsuite name="${xml(j.file)}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join("\n")}\n  </testsuite>`,
    tests: cases.length,
    failures,
  };
}

/**
 * JUnit XML for CI systems other than GitHub: a suite per file, a test case per rule of the policy
 * (named by rule id, with a `file` attribute), failing with every message of that rule in its
 * body; an invalid file is one failing `invalid-input` case.
 */
export function formatJunit(judgements: readonly Judgement[], context: CheckContext): string {
  const ruleIds = context.policy ? policyRuleIds(context.policy) : [];
  let tests = 0;
  let failures = 0;
  const suites = judgements.map((j) => {
    if (j.verdict === "invalid") {
      tests += 1;
      failures += 1;
      const body = j.errors.map((e) => `${where(e)} ${e.message}`).join("\n");
      return `  <testsuite name="${xml(j.file)}" tests="1" failures="1" errors="0">\n    <testcase classname="${xml(j.file)}" name="invalid-input" file="${xml(j.file)}" line="${j.errors[0]?.line ?? 1}">\n      <failure message="${xml(`not judged: ${j.errors[0]?.message ?? "invalid input"}`)}" type="invalid-input">${xml(body)}</failure>\n    </testcase>\n  </testsuite>`;
    }
    const suite = judgedSuite(j, ruleIds);
    tests += suite.tests;
    failures += suite.failures;
    return suite.xml;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="forecard" tests="${tests}" failures="${failures}" errors="0">\n${suites.join("\n")}\n</testsuites>\n`;
}
