import { existsSync } from "node:fs";
import { ExitCode, UserError } from "../errors.js";
import { writeAtomically } from "../files.js";
import { STARTER_POLICY, STARTER_PROPOSAL } from "../starter-files.js";
import { printOut } from "../terminal.js";

/** Options of `forecard init`. */
export interface InitOptions {
  /** Overwrite an existing file. @default false */
  force?: boolean;
  /** Write a starter policy instead of a proposal. @default false */
  policy?: boolean;
}

/** Writes a commented starter proposal (or policy) that validates as written. */
export async function run(file: string | undefined, options: InitOptions): Promise<number> {
  const target = file ?? (options.policy ? "policy.yaml" : "proposal.yaml");
  if (existsSync(target) && !options.force) {
    throw new UserError(`${target}: already exists; use --force to overwrite it`);
  }
  writeAtomically(target, options.policy ? STARTER_POLICY : STARTER_PROPOSAL);
  // Installed as a project's dev dependency the command is not on PATH; npx finds it there.
  const next = options.policy
    ? `npx forecard check PROPOSAL --policy ${target}`
    : `npx forecard validate ${target}`;
  printOut(`Wrote ${target}. Edit it, then run: ${next}\n`);
  return ExitCode.ok;
}
