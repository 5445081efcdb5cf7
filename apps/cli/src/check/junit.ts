import type { Judgement } from "./judge.js";

// XML 1.0 allows TAB, LF, CR and these ranges only; anything else (NUL, ESC, U+FFFE, a lone
// surrogate) makes the whole report unreadable, so it is dropped.
const NOT_XML_1_0 = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const xml = (text: string) =>
  text
    .replace(NOT_XML_1_0, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Attribute values would have these normalised to spaces; references keep them.
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");

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
