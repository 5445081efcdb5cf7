import { writeFileSync } from "node:fs";
import { checklistJsonSchema, policyJsonSchema, proposalJsonSchema } from "./json-schema.js";

// Regenerates the committed JSON Schemas; a test fails when they drift from the zod schemas.
const dir = new URL("../schema/", import.meta.url);
writeFileSync(
  new URL("proposal.schema.json", dir),
  `${JSON.stringify(proposalJsonSchema(), null, 2)}\n`,
);
writeFileSync(
  new URL("policy.schema.json", dir),
  `${JSON.stringify(policyJsonSchema(), null, 2)}\n`,
);
writeFileSync(
  new URL("checklist.schema.json", dir),
  `${JSON.stringify(checklistJsonSchema(), null, 2)}\n`,
);
