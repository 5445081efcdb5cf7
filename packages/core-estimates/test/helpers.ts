import { type Proposal, proposalSchema } from "@forecard/schema";

/** Builds a validated proposal from a partial one (model name filled in). */
export function proposal(fields: Record<string, unknown>): Proposal {
  return proposalSchema.parse({ schemaVersion: 1, model: { name: "Test" }, ...fields });
}

/** Relative closeness for large numbers: |actual / expected - 1| within 10^-digits. */
export function ratio(actual: number | undefined, expected: number): number {
  return (actual ?? Number.NaN) / expected;
}
