/** Exit codes of the forecard command (docs/cli.md). */
export const ExitCode = {
  ok: 0,
  policyFailed: 1,
  invalidInput: 2,
  environment: 3,
  bug: 70,
} as const;

/** An error the user can fix in their input or command line: one line, exit 2. */
export class UserError extends Error {
  readonly exitCode = ExitCode.invalidInput;
  /** Each entry is one complete line, e.g. `FILE:LINE:COL field: message`. */
  readonly lines: string[];
  constructor(lines: string | string[]) {
    const all = Array.isArray(lines) ? lines : [lines];
    super(all[0] ?? "invalid input");
    this.lines = all;
  }
}

/** A problem with the machine (no browser, unwritable folder): one line with the fix, exit 3. */
export class EnvironmentError extends Error {
  readonly exitCode = ExitCode.environment;
}
