import { FIGURE_LABELS, type ForecastVersusActual } from "@forecard/core-estimates";
import type { Analysis } from "@forecard/policy";

/** A measured figure that was added, removed or changed between two versions of a proposal. */
export interface ActualChange {
  key: string;
  label: string;
  unit: string;
  before?: number;
  after?: number;
  /** The head's forecast and error, so a reviewer sees the new actual against the approved envelope. */
  head?: ForecastVersusActual;
}

/** What changed in a proposal's actuals: measured figures and imported files. */
export interface ActualsDiff {
  figures: ActualChange[];
  /** Imported files as `kind file (SHA-256 prefix)`, before and after. */
  files: { before: string[]; after: string[] };
}

function files(proposal: Analysis["proposal"] | undefined): string[] {
  return (proposal?.actuals?.measurements ?? []).map(
    (m) => `${m.kind} ${m.file} (SHA-256 ${m.sha256.slice(0, 12)})`,
  );
}

/** Compares the actuals of two analysed versions; null when neither records any. */
export function actualsChanges(before: Analysis | undefined, after: Analysis): ActualsDiff | null {
  const old = new Map((before?.estimate.base.actuals ?? []).map((a) => [a.key, a]));
  const now = new Map((after.estimate.base.actuals ?? []).map((a) => [a.key, a]));
  if (old.size === 0 && now.size === 0) return null;
  const figures = [...new Set([...old.keys(), ...now.keys()])].flatMap((key): ActualChange[] => {
    const x = old.get(key);
    const y = now.get(key);
    if (x && y && x.actual === y.actual) return [];
    return [
      {
        key,
        label: FIGURE_LABELS[key] ?? key,
        unit: (y ?? x)?.unit ?? "",
        ...(x ? { before: x.actual } : {}),
        ...(y ? { after: y.actual, head: y } : {}),
      },
    ];
  });
  const filesBefore = files(before?.proposal);
  const filesAfter = files(after.proposal);
  const sameFiles = filesBefore.join("\n") === filesAfter.join("\n");
  if (figures.length === 0 && sameFiles) return null;
  return { figures, files: { before: filesBefore, after: filesAfter } };
}
