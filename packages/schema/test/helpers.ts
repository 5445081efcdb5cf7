import { loadProposal } from "../src/load.js";
import { formatSpecError } from "../src/spec-error.js";

/** Loads YAML text as a proposal and returns its error lines. */
export function errorLines(text: string, file = "p.yaml"): string[] {
  return loadProposal(text, file).errors.map(formatSpecError);
}

/** A minimal valid proposal followed by extra YAML lines. */
export function proposalWith(extra: string): string {
  return `schemaVersion: 1\nmodel:\n  name: Test\n${extra}`;
}
