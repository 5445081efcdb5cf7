import {
  type Checklist,
  formatSpecError,
  type Policy,
  type Proposal,
  type SpecError,
} from "@forecard/schema";
import { type FileKind, loadFile } from "@forecard/workspace";
import { ExitCode, UserError } from "../errors.js";

/** Options of `forecard validate`. */
export interface ValidateOptions {
  /** Print one JSON object instead of text. @default false */
  json?: boolean;
  /** Read every file as this kind instead of guessing. @default "auto" */
  kind?: FileKind | "auto";
}

interface FileOutcome {
  file: string;
  kind: FileKind;
  valid: boolean;
  name?: string;
  errors: SpecError[];
  /** Why the file could not be read at all, as one complete line. */
  unreadable?: string;
}

/** Validates proposal, policy and checklist files; exit 0 when all are valid, 2 otherwise. */
export async function run(files: string[], options: ValidateOptions): Promise<number> {
  const kind = options.kind ?? "auto";
  if (!["auto", "proposal", "policy", "checklist"].includes(kind)) {
    throw new UserError(
      `--kind: expected auto, proposal, policy or checklist, got ${JSON.stringify(kind)}`,
    );
  }
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    try {
      const result = loadFile(file, kind);
      const name = !result.value
        ? undefined
        : result.kind === "proposal"
          ? (result.value as Proposal).model.name
          : result.kind === "policy"
            ? (result.value as Policy).name
            : (result.value as Checklist).id;
      outcomes.push({
        file,
        kind: result.kind,
        valid: !!result.value,
        name,
        errors: result.errors,
      });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      outcomes.push({
        file,
        kind: "proposal",
        valid: false,
        errors: [],
        unreadable: error.lines.join(" "),
      });
    }
  }
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ valid: outcomes.every((o) => o.valid), files: outcomes }, null, 2)}\n`,
    );
  } else {
    for (const outcome of outcomes) {
      if (outcome.valid) {
        const label = outcome.name ? ` (${outcome.name})` : "";
        process.stdout.write(`${outcome.file}: valid ${outcome.kind}${label}\n`);
      } else {
        const lines = outcome.unreadable
          ? [outcome.unreadable]
          : outcome.errors.map(formatSpecError);
        for (const line of lines) process.stderr.write(`${line}\n`);
      }
    }
  }
  return outcomes.every((o) => o.valid) ? ExitCode.ok : ExitCode.invalidInput;
}
