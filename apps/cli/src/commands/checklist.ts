import { estimateProposal } from "@forecard/core-estimates";
import {
  answerTemplate,
  BUILTIN_CHECKLISTS,
  type ChecklistStatus,
  checklistStatus,
  factsFromProposal,
} from "@forecard/ethics-checklist";
import { isoDate } from "@forecard/schema";
import { builtinChecklist, proposalChecklists, requireProposal } from "@forecard/workspace";
import { format } from "date-fns/format";
import { ExitCode, UserError } from "../errors.js";
import { integerOption } from "../numbers.js";

const json = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** `forecard checklist list`: the built-in checklists. */
export async function list(options: { json?: boolean }): Promise<number> {
  const rows = Object.values(BUILTIN_CHECKLISTS).map((c) => ({
    id: c.id,
    version: c.version,
    title: c.title,
    items: c.sections.reduce((n, s) => n + s.items.length, 0),
  }));
  if (options.json) json(rows);
  else
    for (const r of rows)
      process.stdout.write(
        `${r.id.padEnd(20)} ${r.version.padEnd(7)} ${String(r.items).padStart(3)} items  ${r.title}\n`,
      );
  return ExitCode.ok;
}

/** `forecard checklist show ID`: every item of a checklist with its references. */
export async function show(id: string, options: { json?: boolean }): Promise<number> {
  const checklist = builtinChecklist(id);
  if (options.json) {
    json(checklist);
    return ExitCode.ok;
  }
  const out = [`${checklist.title} (${checklist.id} ${checklist.version})`];
  for (const section of checklist.sections) {
    out.push("", section.title);
    for (const item of section.items) {
      const refs = item.references ?? {};
      const tags = [
        ...(refs.euAiAct ?? []),
        ...(refs.nistAiRmf ?? []),
        ...(refs.deon ?? []).map((d) => `deon ${d}`),
      ];
      out.push(
        `  ${item.id} [${item.severity}${item.evidenceRequired ? ", evidence" : ""}]`,
        `    ${item.question}`,
      );
      if (tags.length) out.push(`    ${tags.join("; ")}`);
    }
  }
  process.stdout.write(`${out.join("\n")}\n`);
  return ExitCode.ok;
}

/** `forecard checklist template ID`: a YAML answer skeleton. */
export async function template(id: string): Promise<number> {
  process.stdout.write(answerTemplate(builtinChecklist(id)));
  return ExitCode.ok;
}

/** Options of `forecard checklist status`. */
export interface StatusCommandOptions {
  /** Print JSON. @default false */
  json?: boolean;
  /** Judge staleness against this date, YYYY-MM-DD. @default today */
  today?: string;
  /** Answers older than this are stale. @default 365 */
  maxAgeDays?: string;
}

function render(status: ChecklistStatus): string {
  const s = status.summary;
  const percent = Math.round(s.completeness * 100);
  const out = [
    `${status.checklist.title} (${status.checklist.id} ${status.checklist.version})`,
    `  completeness ${percent}% (${s.done} done, ${s.notApplicable} not applicable, ${s.open} open, ${s.unanswered} unanswered of ${s.applicable} applicable)`,
    `  open risks: ${s.openByLevel.high} high, ${s.openByLevel.medium} medium, ${s.openByLevel.low} low; ${s.stale} stale; ${s.missingEvidence} missing evidence`,
  ];
  for (const note of status.notes) out.push(`  note: ${note}`);
  if (status.orphans.length) out.push(`  answers to unknown items: ${status.orphans.join(", ")}`);
  out.push("");
  const rows = status.items.filter((i) => i.applicable);
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const item of rows) {
    const flags = [
      item.stale ? "stale" : "",
      item.missingEvidence ? "no evidence" : "",
      item.rated ? "" : "unrated",
    ].filter(Boolean);
    const risk = `${item.level}${item.rated ? ` (${(item.residual ?? item.inherent)?.score})` : ""}`;
    out.push(
      `  ${item.id.padEnd(width)}  ${item.status.padEnd(14)}  ${risk.padEnd(11)}  ${item.owner ?? ""}${flags.length ? `  [${flags.join(", ")}]` : ""}`.trimEnd(),
    );
  }
  const skipped = status.items.length - rows.length;
  if (skipped)
    out.push(
      `  (${skipped === 1 ? "1 item does" : `${skipped} items do`} not apply to this proposal)`,
    );
  return out.join("\n");
}

/** `forecard checklist status FILE`: completeness, risks and stale items of each answered checklist. */
export async function status(file: string, options: StatusCommandOptions): Promise<number> {
  const today = options.today ?? format(new Date(), "yyyy-MM-dd");
  if (!isoDate.safeParse(today).success)
    throw new UserError(
      `--today: expected a date YYYY-MM-DD that exists, got ${JSON.stringify(today)}`,
    );
  const maxAgeDays = integerOption("--max-age-days", options.maxAgeDays, 365, 1, 36_500);
  const { proposal, locator } = requireProposal(file);
  const checklists = proposalChecklists(proposal, file, locator);
  if (checklists.length === 0) {
    throw new UserError(
      `${file}: no checklist answered; run forecard checklist template bias-risk and paste it under checklists:`,
    );
  }
  const flops = estimateProposal(proposal, { samples: 1 }).figures["compute.trainingFlops"]?.value;
  const facts = factsFromProposal(proposal, flops);
  const statuses = checklists.map((c) =>
    checklistStatus(c, proposal, facts, { today, maxAgeDays }),
  );
  if (options.json) json({ today, maxAgeDays, facts, checklists: statuses });
  else process.stdout.write(`${statuses.map(render).join("\n\n")}\n`);
  return ExitCode.ok;
}
