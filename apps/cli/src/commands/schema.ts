import { checklistJsonSchema, policyJsonSchema, proposalJsonSchema } from "@forecard/schema";
import { ExitCode, UserError } from "../errors.js";

const SCHEMAS: Record<string, () => unknown> = {
  proposal: proposalJsonSchema,
  policy: policyJsonSchema,
  checklist: checklistJsonSchema,
};

/** Prints the JSON Schema of the proposal, policy or custom checklist file. */
export async function run(which: string): Promise<number> {
  const schemaOf = Object.hasOwn(SCHEMAS, which) ? SCHEMAS[which] : undefined;
  if (!schemaOf) {
    throw new UserError(
      `schema: expected proposal, policy or checklist, got ${JSON.stringify(which)}`,
    );
  }
  const schema = schemaOf();
  process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return ExitCode.ok;
}
