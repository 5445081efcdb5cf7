import { execFileSync } from "node:child_process";
import { dirname, relative, resolve } from "node:path";
import { UserError } from "../errors.js";

/**
 * Reads a file as it was at a git revision (`git show REF:PATH`).
 * @returns the bytes, or undefined when the file did not exist at that revision.
 * @throws UserError when the revision is unknown or the folder is not a git repository.
 */
export function fileAtRevision(file: string, ref: string): Uint8Array | undefined {
  if (!/^[\w./@^~{}-]+$/.test(ref) || ref.startsWith("-"))
    throw new UserError(`--base-ref: ${JSON.stringify(ref)} is not a git revision`);
  const folder = dirname(resolve(file));
  const git = (args: string[]) =>
    execFileSync("git", args, {
      cwd: folder,
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 8 * 1024 * 1024,
    });
  let top: string;
  try {
    top = git(["rev-parse", "--show-toplevel"]).toString().trim();
  } catch (error) {
    // git refuses a repository owned by another user (CVE-2022-24765); that is not "no repository".
    const stderr = String((error as { stderr?: unknown }).stderr ?? "");
    const dubious = /dubious ownership in repository at '([^']*)'/.exec(stderr);
    if (dubious)
      throw new UserError(
        `${file}: git refuses the repository at ${dubious[1]} because another user owns it ("dubious ownership"); if you trust it, run: git config --global --add safe.directory ${dubious[1]}`,
      );
    throw new UserError(
      `${file}: not inside a git repository, so --base-ref cannot read its earlier version`,
    );
  }
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new UserError(`--base-ref: git knows no revision ${JSON.stringify(ref)}`);
  }
  const path = relative(top, resolve(file)).split("\\").join("/");
  try {
    return git(["show", `${ref}:${path}`]);
  } catch {
    return undefined;
  }
}
