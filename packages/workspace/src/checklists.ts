import { existsSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { BUILTIN_CHECKLISTS, confinedPath, isInside } from "@forecard/ethics-checklist";
import {
  type Checklist,
  formatSpecError,
  loadChecklist,
  type Proposal,
  type SourceLocator,
} from "@forecard/schema";
import { readInput } from "./read-input.js";
import { UserError } from "./user-error.js";

/** The repository a proposal belongs to: the nearest folder above it holding `.git`, else its own folder. */
export function repositoryRoot(proposalFile: string): string {
  return enclosingRepository(dirname(resolve(proposalFile)));
}

/** The nearest folder at or above `folder` holding `.git`, else `folder` itself (real paths). */
export function enclosingRepository(folder: string): string {
  const start = realpathSync(resolve(folder));
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, ".git"))) return folder;
    if (dirname(folder) === folder) return start;
  }
}

/** A built-in checklist by id, or a one-line error listing the valid ids. */
export function builtinChecklist(id: string): Checklist {
  const checklist = BUILTIN_CHECKLISTS[id];
  if (!checklist) {
    throw new UserError(
      `no checklist ${JSON.stringify(id)}; built-in checklists: ${Object.keys(BUILTIN_CHECKLISTS).join(", ")}`,
    );
  }
  return checklist;
}

/**
 * The checklists a proposal answers: built-ins by id, custom ones from their `source` file, read
 * relative to the proposal and confined to its repository.
 * @throws UserError naming file, line and field for an unknown id, an escaping path or an invalid file.
 */
export function proposalChecklists(
  proposal: Proposal,
  proposalFile: string,
  locator: SourceLocator,
): Checklist[] {
  const fail = (path: (string | number)[], message: string) => {
    const where = locator.locate(path);
    return new UserError(
      formatSpecError({ file: proposalFile, ...where, path: path.join("."), message }),
    );
  };
  return Object.entries(proposal.checklists ?? {}).map(([id, block]) => {
    if (!block.source) {
      const checklist = BUILTIN_CHECKLISTS[id];
      if (!checklist) {
        throw fail(
          ["checklists", id],
          `unknown checklist; built-ins are ${Object.keys(BUILTIN_CHECKLISTS).join(", ")}, or give source: a checklist file`,
        );
      }
      return checklist;
    }
    const root = repositoryRoot(proposalFile);
    const folder = realpathSync(dirname(resolve(proposalFile)));
    const target = confinedPath(root, folder, block.source);
    const sourcePath = ["checklists", id, "source"];
    if (!target)
      throw fail(
        sourcePath,
        `${JSON.stringify(block.source)} leaves the proposal's repository (${root})`,
      );
    if (!existsSync(target))
      throw fail(sourcePath, `${JSON.stringify(block.source)} does not exist`);
    // A symbolic link inside the repository may still point outside it.
    if (!isInside(root, realpathSync(target)))
      throw fail(
        sourcePath,
        `${JSON.stringify(block.source)} links outside the proposal's repository`,
      );
    const loaded = loadChecklist(readInput(target), target);
    if (!loaded.value) throw new UserError(loaded.errors.map(formatSpecError));
    if (loaded.value.id !== id)
      throw fail(
        ["checklists", id],
        `the checklist in ${block.source} has id ${loaded.value.id}, not ${id}`,
      );
    return loaded.value;
  });
}
