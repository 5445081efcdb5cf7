import { existsSync } from "node:fs";
import { type JudgedFile, policyChangedJudgement } from "@forecard/policy";
import type { Policy } from "@forecard/schema";
import { fileAtRevision } from "./git.js";
import { requirePolicy } from "./load-files.js";
import { readInput } from "./read-input.js";
import { UserError } from "./user-error.js";

/** The policy a check applies, where it came from, and whether the change under review edits it. */
export interface GatePolicy {
  policy: Policy;
  /** The policy's name, or its file. */
  name: string;
  /** Where it was read from: `policy.yaml`, or `REF:policy.yaml` for a base revision. */
  source: string;
  /** A failing judgement of the policy file when the working copy differs from the base's. */
  changed?: JudgedFile;
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/**
 * Loads the policy a gate applies. With a base revision it is the base's version, so a pull
 * request cannot loosen its own gate; a working copy that differs (or a policy the base lacks)
 * adds a `policy-changed` finding for the policy's owners.
 * @param option - how the revision was given, for error messages.
 * @throws UserError when the policy is invalid, or exists neither at the base nor on disk.
 */
export function loadGatePolicy(
  file: string,
  baseRef?: string,
  option = "--policy-ref",
): GatePolicy {
  if (baseRef === undefined) {
    const policy = requirePolicy(file);
    return { policy, name: policy.name ?? file, source: file };
  }
  const base = fileAtRevision(file, baseRef, option);
  const head = existsSync(file) ? readInput(file) : undefined;
  if (base === undefined) {
    if (head === undefined)
      throw new UserError(`${file}: no such policy at ${baseRef} or in the working tree`);
    const policy = requirePolicy(file, head);
    return {
      policy,
      name: policy.name ?? file,
      source: `${file} (new: ${baseRef} has no policy)`,
      changed: policyChangedJudgement(file, baseRef, true),
    };
  }
  const source = `${baseRef}:${file}`;
  const policy = requirePolicy(source, base);
  const changed =
    head === undefined || !same(head, base) ? policyChangedJudgement(file, baseRef) : undefined;
  return { policy, name: policy.name ?? file, source, ...(changed ? { changed } : {}) };
}
