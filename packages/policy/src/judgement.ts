import type { Finding } from "./finding.js";

/** A finding placed on its line of a file. */
export interface LocatedFinding extends Finding {
  file: string;
  line: number;
  column: number;
}

/** An input error placed on its line (1:1 when the error names no place). */
export interface LocatedError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The judgement of a file that could be read and evaluated. */
export interface JudgedFile {
  file: string;
  model: string;
  verdict: "pass" | "fail";
  findings: LocatedFinding[];
}

/** A file that could not be judged: never a pass, in any output. */
export interface InvalidFile {
  file: string;
  verdict: "invalid";
  errors: LocatedError[];
}

/** What a check says about one file. */
export type Judgement = JudgedFile | InvalidFile;

/** The verdict of a whole check. */
export type Verdict = "pass" | "fail" | "invalid";

/**
 * The verdict over every file: invalid when any file could not be judged (or none was), else
 * fail when any failed, else pass. Nothing judged is never a pass.
 */
export function overallVerdict(judgements: readonly Judgement[]): Verdict {
  if (judgements.length === 0 || judgements.some((j) => j.verdict === "invalid")) return "invalid";
  return judgements.some((j) => j.verdict === "fail") ? "fail" : "pass";
}

const LOCATED = /^(.+?):(\d+):(\d+) (.*)$/s;

/**
 * An invalid file from the one-line errors that refused it (`FILE:LINE:COL field: message`);
 * a line without a place is put at line 1 of the file.
 */
export function invalidFile(file: string, lines: readonly string[]): InvalidFile {
  const errors = (lines.length ? lines : ["invalid input"]).map((text) => {
    const match = LOCATED.exec(text);
    if (!match) {
      const message = text.startsWith(`${file}: `) ? text.slice(file.length + 2) : text;
      return { file, line: 1, column: 1, message };
    }
    return {
      file: match[1] ?? file,
      line: Number(match[2]),
      column: Number(match[3]),
      message: match[4] ?? text,
    };
  });
  return { file, verdict: "invalid", errors };
}

/** Counts of a check, for headlines: files per verdict and findings per severity. */
export function tally(judgements: readonly Judgement[]): {
  pass: number;
  fail: number;
  invalid: number;
  errors: number;
  warnings: number;
} {
  const findings = judgements.flatMap((j) => (j.verdict === "invalid" ? [] : j.findings));
  return {
    pass: judgements.filter((j) => j.verdict === "pass").length,
    fail: judgements.filter((j) => j.verdict === "fail").length,
    invalid: judgements.filter((j) => j.verdict === "invalid").length,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
  };
}
