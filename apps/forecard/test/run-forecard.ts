import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The forecard package's folder, the repository's, and the installed command's entry. */
export const PACKAGE = fileURLToPath(new URL("../", import.meta.url));
export const ROOT = join(PACKAGE, "../../");
export const BIN = join(PACKAGE, "bin/forecard.cjs");

/** What a run of the command printed, and its exit code. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the packaged command from the repository's root, with extra environment variables and
 * Node options. Asynchronously: a long synchronous spawn would block the test worker, whose
 * progress messages to vitest then time out on a loaded machine.
 */
export function runForecard(
  args: string[],
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
