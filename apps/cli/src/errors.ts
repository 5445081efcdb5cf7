import { UserError } from "@forecard/workspace";

// UserError lives with the file readers that throw it; the CLI maps it to exit 2.
export { UserError };

/** Exit codes of the forecard command (docs/cli.md). */
export const ExitCode = {
  ok: 0,
  policyFailed: 1,
  invalidInput: 2,
  environment: 3,
  bug: 70,
} as const;

/** A problem with the machine (no browser, unwritable folder): one line with the fix, exit 3. */
export class EnvironmentError extends Error {
  readonly exitCode = ExitCode.environment;
}
