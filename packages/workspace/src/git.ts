import { execFileSync } from "node:child_process";
import { dirname, relative, resolve } from "node:path";
import { UserError } from "./user-error.js";

const REVISION = /^[\w./@^~{}-]+$/;

function git(folder: string, args: string[]): Buffer {
  return execFileSync("git", args, {
    cwd: folder,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 8 * 1024 * 1024,
  });
}

/** The top folder of the git work tree holding `folder`, or undefined outside one. */
export function gitTopLevel(folder: string): string | undefined {
  try {
    return git(folder, ["rev-parse", "--show-toplevel"]).toString().trim();
  } catch {
    return undefined;
  }
}

/** Whether git knows the commit `ref` in the repository holding `folder`. */
export function hasCommit(folder: string, ref: string): boolean {
  if (!REVISION.test(ref) || ref.startsWith("-")) return false;
  try {
    git(folder, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fetches one commit from `origin` with depth 1, the least a shallow checkout needs to read the
 * base of a pull request.
 * @returns whether the commit is there afterwards.
 */
export function fetchCommit(folder: string, sha: string): boolean {
  if (hasCommit(folder, sha)) return true;
  if (!/^[0-9a-f]{40}$/.test(sha)) return false;
  try {
    git(folder, ["fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha]);
  } catch {
    return false;
  }
  return hasCommit(folder, sha);
}

/**
 * Reads a file as it was at a git revision (`git show REF:PATH`).
 * @param option - how the revision was given, for error messages (e.g. `--base-ref`).
 * @returns the bytes, or undefined when the file did not exist at that revision.
 * @throws UserError when the revision is unknown or the folder is not a git repository.
 */
export function fileAtRevision(
  file: string,
  ref: string,
  option = "--base-ref",
): Uint8Array | undefined {
  if (!REVISION.test(ref) || ref.startsWith("-"))
    throw new UserError(`${option}: ${JSON.stringify(ref)} is not a git revision`);
  const folder = dirname(resolve(file));
  const top = gitTopLevel(folder);
  if (top === undefined) {
    throw new UserError(
      `${file}: not inside a git repository, so ${option} cannot read its earlier version`,
    );
  }
  if (!hasCommit(folder, ref))
    throw new UserError(`${option}: git knows no revision ${JSON.stringify(ref)}`);
  const path = relative(top, resolve(file)).split("\\").join("/");
  try {
    return git(folder, ["show", `${ref}:${path}`]);
  } catch {
    return undefined;
  }
}
