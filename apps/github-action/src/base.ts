import { diffProposals, formatDiffMarkdown } from "@forecard/diff";
import {
  inert,
  type JudgedFile,
  type JudgedProposal,
  policyChangedJudgement,
} from "@forecard/policy";
import type { Policy } from "@forecard/schema";
import {
  fetchCommit,
  fileAtRevision,
  type GatePolicy,
  type JudgeFileOptions,
  judgeFile,
  loadGatePolicy,
  requirePolicy,
  UserError,
} from "@forecard/workspace";

/** The revision a pull request is judged against, and why it is (or is not) available. */
export interface Base {
  ref?: string;
  /** A sentence for the job summary when the base could not be used. */
  problem?: string;
}

/**
 * The base revision: the `base-ref` input, else the pull request's base commit, fetched with
 * depth 1 when a shallow checkout lacks it.
 */
export function resolveBase(workspace: string, baseRef?: string, baseSha?: string): Base {
  const ref = baseRef ?? baseSha;
  if (!ref) return {};
  if (fetchCommit(workspace, ref)) return { ref };
  return {
    problem: `the base revision ${ref} is not in the checkout and could not be fetched (use actions/checkout with fetch-depth: 0, or let the job reach origin)`,
  };
}

/**
 * The policy the gate applies: the base revision's when there is one (a change to it is a
 * finding); the working tree's when the event has no base; and when a base exists but cannot be
 * read, the working tree's with an error finding, since that policy is the pull request's own.
 * @throws UserError when the policy is invalid.
 */
export function gatePolicy(file: string, base: Base): GatePolicy {
  if (base.ref) return loadGatePolicy(file, base.ref, "input base-ref");
  const policy = requirePolicy(file);
  const gate: GatePolicy = { policy, name: policy.name ?? file, source: file };
  if (!base.problem) return gate;
  const unverified: JudgedFile = policyChangedJudgement(file, "the base revision");
  const finding = unverified.findings[0];
  if (finding) {
    finding.ruleId = "policy-unverified";
    finding.message = `the policy could not be read from the base revision, so it is the pull request's own and cannot be trusted: ${base.problem}`;
  }
  return { ...gate, source: `${file} (working tree; base unavailable)`, changed: unverified };
}

/**
 * Markdown of what the change does to each valid proposal against the base: figure deltas with
 * ranges, inputs, checklist changes, new and resolved findings; "new proposal" when the base
 * has no such file.
 */
export function baseDiffs(
  heads: readonly JudgedProposal[],
  policy: Policy,
  base: Base,
  options: JudgeFileOptions,
): string {
  if (!base.ref) return "";
  const parts: string[] = [];
  for (const head of heads) {
    const name = `${base.ref.slice(0, 12)}:${head.file}`;
    try {
      const bytes = fileAtRevision(head.file, base.ref, "input base-ref");
      const before = bytes ? judgeFile(name, policy, options, bytes) : undefined;
      const diff = diffProposals(before, head, { base: name, head: head.file }, true);
      parts.push(formatDiffMarkdown(diff, { marker: false, level: 3 }));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      // The base version was invalid: there is nothing to compare with.
      parts.push(
        `### ${inert(head.file)}\n\nThe base version could not be judged: ${inert(error.lines[0] ?? "invalid")}\n`,
      );
    }
  }
  if (!parts.length) return "";
  return `## Forecard: what this pull request changes\n\n${parts.join("\n")}`;
}
