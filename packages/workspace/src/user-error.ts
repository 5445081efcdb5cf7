/** An error the user can fix in their input or command line: one line each, exit 2. */
export class UserError extends Error {
  /** The exit code every Forecard command uses for input the user must fix. */
  readonly exitCode = 2;
  /** Each entry is one complete line, e.g. `FILE:LINE:COL field: message`. */
  readonly lines: string[];
  constructor(lines: string | string[]) {
    const all = Array.isArray(lines) ? lines : [lines];
    super(all[0] ?? "invalid input");
    this.lines = all;
  }
}
