import { isAbsolute, relative, resolve } from "node:path";

/**
 * Resolves a custom checklist path written in a proposal, relative to the proposal's folder, and
 * confines it to the repository: no `..` escape and no absolute path outside. Pure (no file access);
 * callers must also check the real path, since a symbolic link can point outside.
 * @param repositoryRoot - absolute path of the proposal's repository (or its folder).
 * @param proposalFolder - absolute path of the folder holding the proposal.
 * @param source - the path as written.
 * @returns the absolute path, or undefined when it leaves the repository.
 */
export function confinedPath(
  repositoryRoot: string,
  proposalFolder: string,
  source: string,
): string | undefined {
  if (source.includes("\0")) return undefined;
  const target = resolve(proposalFolder, source);
  return isInside(repositoryRoot, target) ? target : undefined;
}

/** Whether `target` is `root` or lies below it (both absolute). */
export function isInside(root: string, target: string): boolean {
  const path = relative(root, target);
  return path === "" || (!path.startsWith("..") && !isAbsolute(path));
}
