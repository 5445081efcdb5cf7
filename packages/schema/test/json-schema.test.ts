import { readdirSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checklistJsonSchema, policyJsonSchema, proposalJsonSchema } from "../src/json-schema.js";

const examples = new URL("../../../examples/", import.meta.url);
const committed = (name: string) =>
  JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), "utf8"));

describe("JSON Schema export", () => {
  it("matches the committed schemas (run `pnpm --filter @forecard/schema schema` after changing a zod schema)", () => {
    expect(committed("proposal.schema.json")).toEqual(proposalJsonSchema());
    expect(committed("policy.schema.json")).toEqual(policyJsonSchema());
    expect(committed("checklist.schema.json")).toEqual(checklistJsonSchema());
  });

  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  const validateProposal = ajv.compile(proposalJsonSchema());
  const validatePolicy = ajv.compile(policyJsonSchema());
  const files = readdirSync(examples).filter((f) => f.endsWith(".yaml"));

  it.each(files)("validates examples/%s with a JSON Schema validator", (file) => {
    const data = parse(readFileSync(new URL(file, examples), "utf8"));
    const validate = "model" in data ? validateProposal : validatePolicy;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects what zod rejects for simple cases", () => {
    expect(
      validateProposal({
        schemaVersion: 1,
        model: { name: "X" },
        training: { acceleratorCount: -5 },
      }),
    ).toBe(false);
    expect(
      validateProposal({ schemaVersion: 1, model: { name: "X" }, training: { tokens: "100TT" } }),
    ).toBe(false);
    expect(validateProposal({ schemaVersion: 1, model: { name: "X" }, bogus: 1 })).toBe(false);
  });
});
