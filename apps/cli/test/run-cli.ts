import { spawnSync } from "node:child_process";
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
