import { escapeControlCharacters } from "@forecard/schema";
import { CommanderError } from "commander";
import { EnvironmentError, ExitCode, UserError } from "./errors.js";

/**
 * Prints an error the way users should meet it and returns the exit code:
 * user errors as one line each (exit 2), environment errors with their fix (exit 3),
 * anything else as a bug report (stack only with --debug).
 */
export function reportError(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version are not errors.
    const benign = ["commander.helpDisplayed", "commander.version", "commander.help"];
    return benign.includes(error.code) ? ExitCode.ok : ExitCode.invalidInput;
  }
  if (error instanceof UserError) {
    for (const line of error.lines) process.stderr.write(`${oneLine(line)}\n`);
    return error.exitCode;
  }
  if (error instanceof EnvironmentError) {
    process.stderr.write(`forecard: ${oneLine(error.message)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `forecard: internal error (this is a bug; please report it): ${oneLine(message)}\n`,
  );
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write("Run again with --debug to see the stack.\n");
  return ExitCode.bug;
}

// Messages may quote input (file names, keys): one line, control characters escaped.
function oneLine(text: string): string {
  return escapeControlCharacters(text.replace(/\s*\n\s*/g, " "));
}
