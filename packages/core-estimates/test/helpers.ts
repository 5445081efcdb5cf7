import { readFileSync } from "node:fs";
import { loadProposal, type Proposal, proposalSchema } from "@forecard/schema";

/** Builds a validated proposal from a partial one (model name filled in). */
export function proposal(fields: Record<string, unknown>): Proposal {
  return proposalSchema.parse({ schemaVersion: 1, model: { name: "Test" }, ...fields });
}

/** Relative closeness for large numbers: |actual / expected - 1| within 10^-digits. */
export function ratio(actual: number | undefined, expected: number): number {
  return (actual ?? Number.NaN) / expected;
}

/** One of the repository's example proposals, loaded as `forecard` loads it. */
export function example(file: string): Proposal {
  const loaded = loadProposal(
    readFileSync(new URL(`../../../examples/${file}`, import.meta.url)),
    file,
  );
  if (!loaded.value) throw new Error(loaded.errors.map((e) => e.message).join("; "));
  return loaded.value;
}
