import type { z } from "zod";
import { type Checklist, checklistSchema } from "./checklist-schema.js";
import { issuesToErrors, type LoadResult, parseYaml } from "./load-yaml.js";
import { mergeOverrides } from "./merge.js";
import { PARSE_ONCE } from "./parse-once.js";
import { type Policy, policySchema } from "./policy-schema.js";
import { type Proposal, proposalSchema } from "./proposal-schema.js";
import type { SpecError } from "./spec-error.js";

/**
 * Parses and validates YAML text against a schema.
 * @param source - the file's bytes or text.
 * @param file - the file name to show in errors.
 * @returns the value, or errors naming file, line, column and field.
 */
export function loadWithSchema<S extends z.ZodType>(
  source: string | Uint8Array,
  file: string,
  schema: S,
): LoadResult<z.output<S>> {
  const parsed = parseYaml(source, file);
  if (!parsed.locator) return { errors: parsed.errors };
  const result = schema.safeParse(parsed.raw, { ...PARSE_ONCE, reportInput: true });
  if (!result.success) {
    return {
      errors: issuesToErrors(result.error.issues, schema, file, parsed.locator),
      locator: parsed.locator,
      raw: parsed.raw,
    };
  }
  return { value: result.data, errors: [], locator: parsed.locator, raw: parsed.raw };
}

/**
 * Loads a proposal file, validating each scenario merged over the base as strictly as the base.
 * @example loadProposal("schemaVersion: 1\nmodel: { name: Tiny }\n", "tiny.yaml").value?.model.name // "Tiny"
 */
export function loadProposal(source: string | Uint8Array, file: string): LoadResult<Proposal> {
  const loaded = loadWithSchema(source, file, proposalSchema);
  if (!loaded.value || !loaded.locator) return loaded;
  const errors: SpecError[] = [];
  const base = loaded.raw as Record<string, unknown>;
  for (const [index, scenario] of (loaded.value.scenarios ?? []).entries()) {
    const overridePath = ["scenarios", index, "overrides"];
    const merged = mergeOverrides(base, scenario.overrides);
    if (!merged.ok) {
      const where = loaded.locator.locateKey([...overridePath, ...merged.path]);
      errors.push({
        file,
        ...where,
        path: `scenarios[${scenario.name}].overrides.${merged.path.join(".")}`,
        message: merged.message,
      });
      continue;
    }
    const result = proposalSchema.safeParse(merged.value, { ...PARSE_ONCE, reportInput: true });
    if (result.success) continue;
    for (const error of issuesToErrors(
      result.error.issues,
      proposalSchema,
      file,
      loaded.locator,
      overridePath,
    )) {
      errors.push({ ...error, path: `scenarios[${scenario.name}].overrides.${error.path}` });
    }
  }
  if (errors.length > 0) return { errors, locator: loaded.locator, raw: loaded.raw };
  return loaded;
}

/** Loads a custom checklist definition file. */
export function loadChecklist(source: string | Uint8Array, file: string): LoadResult<Checklist> {
  return loadWithSchema(source, file, checklistSchema);
}

/** Loads a policy file. */
export function loadPolicy(source: string | Uint8Array, file: string): LoadResult<Policy> {
  return loadWithSchema(source, file, policySchema);
}
