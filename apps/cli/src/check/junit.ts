import type { Judgement } from "./judge.js";

const xml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

/** JUnit XML for CI systems other than GitHub: a suite per file, a failing case per error finding. */
export function formatJunit(judgements: Judgement[]): string {
  const suites = judgements.map((j) => {
    const cases = j.findings.map((f) => {
      const name = xml(`${f.ruleId} (${f.file}:${f.line})`);
      if (f.severity === "error")
        return `    <testcase classname="${xml(j.file)}" name="${name}"><failure message="${xml(f.message)}"/></testcase>`;
      return `    <testcase classname="${xml(j.file)}" name="${name}"><system-out>${xml(`warning: ${f.message}`)}</system-out></testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(j.file)}" name="policy"/>`);
    const failures = j.findings.filter((f) => f.severity === "error").length;
    return `  <testsuite name="${xml(j.file)}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const failures = judgements.reduce(
    (n, j) => n + j.findings.filter((f) => f.severity === "error").length,
    0,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="forecard" failures="${failures}">\n${suites.join("\n")}\n</testsuites>\n`;
}
