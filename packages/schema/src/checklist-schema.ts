import { z } from "zod";
import { kinds, quantity } from "./quantity.js";
import { identifier, text, textList } from "./text.js";

const level = z
  .enum(["low", "medium", "high"], {
    error: (iss) => `expected low, medium or high, got ${JSON.stringify(iss.input)}`,
  })
  .describe("Severity of leaving the item unaddressed.");

/** Bias sources of Suresh and Guttag (2021), used to tag items. */
export const BIAS_SOURCES = [
  "historical",
  "representation",
  "measurement",
  "aggregation",
  "learning",
  "evaluation",
  "deployment",
] as const;

const appliesWhen = z
  .strictObject({
    trainingFlopsAtLeast: quantity({ ...kinds.positive, max: 1e35, allowRange: false })
      .optional()
      .describe(
        "Applies when estimated training compute reaches this many FLOP (EU AI Act Art. 51: 1e25).",
      ),
    usesPersonalData: z
      .boolean()
      .optional()
      .describe("Applies when the proposal says it uses personal data (or not)."),
    deployment: z
      .array(z.enum(["internal", "restricted", "public"]))
      .optional()
      .describe("Applies when the planned deployment is one of these."),
    generalPurpose: z
      .boolean()
      .optional()
      .describe("Applies to general-purpose models (or to the others)."),
    multilingual: z
      .boolean()
      .optional()
      .describe("Applies when the model covers more than one language (or one)."),
  })
  .describe(
    "Conditions on proposal facts; all must hold. Without conditions an item always applies.",
  );

const references = z
  .strictObject({
    euAiAct: textList(20, 60)
      .optional()
      .describe('EU AI Act provisions, e.g. "Art. 10(2)(f)", "Annex IV 2(d)", "Annex XI 1.2".'),
    nistAiRmf: textList(20, 20)
      .optional()
      .describe('NIST AI RMF 1.0 subcategory ids, e.g. "MAP 2.3".'),
    deon: textList(10, 10).optional().describe('deon checklist ids, e.g. "C.2".'),
    biasSource: z
      .array(z.enum(BIAS_SOURCES))
      .optional()
      .describe("Bias sources per Suresh and Guttag (2021)."),
  })
  .describe("Where the item comes from in regulations, frameworks and the literature.");

const item = z
  .strictObject({
    id: identifier.describe("Item id, unique in the checklist; answers refer to it."),
    question: text(500).describe("What must be true, as a question."),
    guidance: text(5_000).optional().describe("How to answer well: what evidence looks like."),
    appliesWhen: appliesWhen.optional(),
    references: references.optional(),
    severity: level.default("medium"),
    evidenceRequired: z.boolean().default(false).describe("A done answer must carry evidence."),
    answeredByFigures: textList(10, 100)
      .optional()
      .describe(
        "Estimate figure keys whose disclosure answers the item: when all exist and no answer is recorded, the item is done with the Forecard documents as evidence.",
      ),
  })
  .describe("One checklist item.");

const section = z
  .strictObject({
    id: identifier.describe("Section id."),
    title: text(200),
    items: z.array(item).min(1, { error: "expected at least one item" }),
  })
  .describe("A lifecycle stage or theme.");

/** Schema of a checklist definition (built-in or custom YAML). */
export const checklistSchema = z
  .strictObject({
    $schema: text(500).optional(),
    id: identifier.describe("Checklist id; proposals answer it under checklists.<id>."),
    version: text(20).describe(
      "Checklist version; answers record the version they were given against.",
    ),
    title: text(200),
    description: text(5_000).optional(),
    sections: z.array(section).min(1, { error: "expected at least one section" }),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    for (const [si, section] of value.sections.entries()) {
      for (const [ii, item] of section.items.entries()) {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["sections", si, "items", ii, "id"],
            message: `duplicate item id ${item.id}`,
          });
        }
        seen.add(item.id);
      }
    }
  })
  .describe("A Forecard checklist definition.");

/** A validated checklist definition. */
export type Checklist = z.output<typeof checklistSchema>;
/** One item of a checklist. */
export type ChecklistItem = Checklist["sections"][number]["items"][number];
