import { policyJsonSchema, proposalJsonSchema } from "@forecard/schema";
import { ExitCode, UserError } from "../errors.js";
import { printOut } from "../terminal.js";

/** Prints the JSON Schema of the proposal or policy file. */
export async function run(which: string): Promise<number> {
  if (which !== "proposal" && which !== "policy") {
    throw new UserError(`schema: expected proposal or policy, got ${JSON.stringify(which)}`);
  }
  const schema = which === "proposal" ? proposalJsonSchema() : policyJsonSchema();
  printOut(`${JSON.stringify(schema, null, 2)}\n`);
  return ExitCode.ok;
}
