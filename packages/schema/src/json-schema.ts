import { z } from "zod";
import { checklistSchema } from "./checklist-schema.js";
import { policySchema } from "./policy-schema.js";
import { proposalSchema } from "./proposal-schema.js";
import { type QuantityKind, SI_NUMBER_PATTERN } from "./quantity.js";

type JsonSchema = Record<string, unknown>;

function quantityJsonSchema(kind: QuantityKind): JsonSchema {
  const scalar: JsonSchema[] = [
    kind.integer ? { type: "integer" } : { type: "number" },
    { type: "string", pattern: SI_NUMBER_PATTERN },
  ];
  const bounds: JsonSchema = kind.integer ? { type: "integer" } : { type: "number" };
  if (kind.minInclusive) bounds.minimum = kind.min;
  else bounds.exclusiveMinimum = kind.min;
  if (kind.max < Number.MAX_VALUE) bounds.maximum = kind.max;
  scalar[0] = bounds;
  if (!kind.allowRange) return { anyOf: scalar };
  const part = { anyOf: scalar };
  const range = {
    type: "object",
    properties: { low: part, likely: part, high: part },
    required: ["low", "high"],
    additionalProperties: false,
    description:
      "A range: lowest plausible, most likely (default the midpoint) and highest plausible.",
  };
  return { anyOf: [...scalar, range] };
}

function toJsonSchema(schema: z.ZodType, id: string, title: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
    override: (ctx) => {
      const meta = z.globalRegistry.get(ctx.zodSchema as unknown as z.ZodType) as
        | { forecardQuantity?: QuantityKind; description?: string }
        | undefined;
      if (!meta?.forecardQuantity) return;
      const replacement = quantityJsonSchema(meta.forecardQuantity);
      for (const key of Object.keys(ctx.jsonSchema)) {
        if (key !== "description") delete ctx.jsonSchema[key];
      }
      Object.assign(ctx.jsonSchema, replacement);
    },
  }) as JsonSchema;
  return { ...json, $id: id, title };
}

/** The JSON Schema (draft 2020-12) of the proposal file, for editors and outside tools. */
export function proposalJsonSchema(): JsonSchema {
  return toJsonSchema(
    proposalSchema,
    "https://forecard.dev/schema/proposal.schema.json",
    "Forecard proposal",
  );
}

/** The JSON Schema (draft 2020-12) of the policy file. */
export function policyJsonSchema(): JsonSchema {
  return toJsonSchema(
    policySchema,
    "https://forecard.dev/schema/policy.schema.json",
    "Forecard policy",
  );
}

/** The JSON Schema (draft 2020-12) of a custom checklist definition file. */
export function checklistJsonSchema(): JsonSchema {
  return toJsonSchema(
    checklistSchema,
    "https://forecard.dev/schema/checklist.schema.json",
    "Forecard checklist",
  );
}
