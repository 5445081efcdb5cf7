import {
  type Checklist,
  formatSpecError,
  type LoadResult,
  loadChecklist,
  loadPolicy,
  loadProposal,
  type Policy,
  type Proposal,
  parseYaml,
  type SourceLocator,
} from "@forecard/schema";
import { readInput } from "./read-input.js";
import { UserError } from "./user-error.js";

/** Which schema a file is read with. */
export type FileKind = "proposal" | "policy" | "checklist";

/**
 * Guesses whether a YAML file is a proposal, a policy or a custom checklist: only proposals have
 * `model`, only checklists have `sections`.
 */
export function detectKind(bytes: Uint8Array, file: string): FileKind {
  const parsed = parseYaml(bytes, file);
  const raw = parsed.raw as Record<string, unknown> | undefined;
  if (!raw || typeof raw !== "object" || "model" in raw) return "proposal";
  if ("sections" in raw && "id" in raw) return "checklist";
  return "budgets" in raw || "modelCard" in raw || ("checklists" in raw && !("training" in raw))
    ? "policy"
    : "proposal";
}

/** Loads a file as the given kind, returning the spec loader's result. */
export function loadFile(
  file: string,
  kind: FileKind | "auto",
): LoadResult<Proposal | Policy | Checklist> & { kind: FileKind } {
  const bytes = readInput(file);
  const resolved = kind === "auto" ? detectKind(bytes, file) : kind;
  const load = { proposal: loadProposal, policy: loadPolicy, checklist: loadChecklist }[resolved];
  return { ...load(bytes, file), kind: resolved };
}

/** Loads a proposal or throws a UserError whose lines name file, line and field. */
export function requireProposal(
  file: string,
  source: Uint8Array = readInput(file),
): { proposal: Proposal; bytes: Uint8Array; locator: SourceLocator; raw: unknown } {
  const result = loadProposal(source, file);
  if (!result.value || !result.locator) throw new UserError(result.errors.map(formatSpecError));
  return { proposal: result.value, bytes: source, locator: result.locator, raw: result.raw };
}

/**
 * Loads a policy or throws a UserError whose lines name file, line and field.
 * @param source - the file's bytes when they do not come from disk (a git revision).
 */
export function requirePolicy(file: string, source: Uint8Array = readInput(file)): Policy {
  const result = loadPolicy(source, file);
  if (!result.value) throw new UserError(result.errors.map(formatSpecError));
  return result.value;
}
