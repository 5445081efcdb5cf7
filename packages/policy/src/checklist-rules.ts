import { type ChecklistFacts, checklistStatus } from "@forecard/ethics-checklist";
import type { Checklist, Policy, Proposal } from "@forecard/schema";
import type { Finding } from "./finding.js";

type Rules = NonNullable<Policy["checklists"]>;

/**
 * Applies checklist rules: required checklists answered, minimum completeness, most open risks
 * per level, answer age, and evidence on done items.
 * @param today - YYYY-MM-DD, injected so results are reproducible.
 */
export function checkChecklists(
  rules: Rules,
  proposal: Proposal,
  checklists: readonly Checklist[],
  facts: ChecklistFacts,
  today: string,
): Finding[] {
  const findings: Finding[] = [];
  const severity = rules.severity;
  const answered = new Set(Object.keys(proposal.checklists ?? {}));
  for (const id of rules.required ?? []) {
    if (!answered.has(id)) {
      findings.push({
        ruleId: "checklist-required",
        severity,
        path: ["checklists"],
        message: `checklist ${id} is required but the proposal does not answer it (forecard checklist template ${id})`,
      });
    }
  }
  for (const checklist of checklists) {
    const status = checklistStatus(checklist, proposal, facts, {
      today,
      maxAgeDays: rules.maxAnswerAgeDays as number | undefined,
    });
    const path = ["checklists", checklist.id];
    const s = status.summary;
    const minimum = rules.minCompleteness as number | undefined;
    if (minimum !== undefined && s.completeness < minimum) {
      findings.push({
        ruleId: "checklist-completeness",
        severity,
        path,
        message: `${checklist.id} is ${Math.round(s.completeness * 100)}% complete; the policy requires ${Math.round(minimum * 100)}%`,
      });
    }
    for (const level of ["high", "medium", "low"] as const) {
      const limit = rules.maxOpenRisks?.[level] as number | undefined;
      if (limit !== undefined && s.openByLevel[level] > limit) {
        const items = status.items
          .filter(
            (i) =>
              i.applicable &&
              (i.status === "open" || i.status === "unanswered") &&
              i.level === level,
          )
          .map((i) => i.id);
        // Annotate the first such item the proposal answers; unanswered items have no line of their own.
        const first = items.find((id) => proposal.checklists?.[checklist.id]?.answers?.[id]);
        findings.push({
          ruleId: `checklist-open-${level}-risks`,
          severity,
          path: first ? [...path, "answers", first] : path,
          message: `${checklist.id} has ${s.openByLevel[level]} open ${level} ${s.openByLevel[level] === 1 ? "risk" : "risks"}; the policy allows ${limit} (${items.slice(0, 5).join(", ")}${items.length > 5 ? ", …" : ""})`,
        });
      }
    }
    if (rules.maxAnswerAgeDays !== undefined) {
      for (const item of status.items.filter((i) => i.applicable && i.stale)) {
        findings.push({
          ruleId: "checklist-stale-answer",
          severity,
          path: [...path, "answers", item.id],
          message: item.reviewedAt
            ? `${checklist.id} ${item.id} was last reviewed ${item.reviewedAt}, more than ${rules.maxAnswerAgeDays} days before ${today}`
            : `${checklist.id} ${item.id} is marked done but has never been reviewed (reviewedAt)`,
        });
      }
    }
    if (rules.evidenceRequired) {
      for (const item of status.items.filter((i) => i.applicable && i.missingEvidence)) {
        findings.push({
          ruleId: "checklist-missing-evidence",
          severity,
          path: [...path, "answers", item.id],
          message: `${checklist.id} ${item.id} is marked done without the evidence it requires`,
        });
      }
    }
    for (const orphan of status.orphans) {
      findings.push({
        ruleId: "checklist-orphan-answer",
        severity: "warning",
        path: [...path, "answers", orphan],
        message: `${checklist.id} has no item ${orphan}; the answer is ignored`,
      });
    }
  }
  return findings;
}
