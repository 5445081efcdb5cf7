import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Repository root, for paths to examples. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

/** Runs the built forecard command as a user would, returning its exit code and output. */
export function forecard(
  args: string[],
  cwd = ROOT,
  env: NodeJS.ProcessEnv = {},
): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The same as {@link forecard} without blocking the test worker: a long run (a batch of PDFs) must
 * not starve vitest's worker messages, which time out after 60 s.
 */
export function forecardAsync(
  args: string[],
  cwd = ROOT,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      cwd,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
