import { type Checklist, checklistSchema, PARSE_ONCE } from "@forecard/schema";

/** Validates a built-in checklist at load time, so a typo in one fails loudly in every test run. */
export function defineChecklist(definition: unknown): Checklist {
  return checklistSchema.parse(definition, PARSE_ONCE);
}
