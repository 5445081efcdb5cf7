import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type YAMLMap,
} from "yaml";
import type { z } from "zod";
import { describeInput } from "./quantity.js";
import { knownKeysAt } from "./schema-walk.js";
import { formatPath, type SpecError } from "./spec-error.js";
import { suggest } from "./suggest.js";

/** Largest input file accepted, in bytes; a proposal is a few kilobytes. */
export const MAX_FILE_BYTES = 1_048_576;
/** Most aliases a document may use; more suggests an alias bomb. */
export const MAX_ALIASES = 100;
/** Deepest nesting of mappings and lists accepted. */
export const MAX_DEPTH = 32;
/** Most entries one mapping or list may hold; the largest real one (checklist answers) has about 50. */
export const MAX_COLLECTION_ITEMS = 1_000;
/** Most YAML nodes (keys, values, collections) a document may hold; a proposal has a few hundred. */
export const MAX_NODES = 20_000;

// Tags of the YAML 1.2 core schema; anything else (!!binary, !!set, !custom) is refused.
const CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`),
);

/** Finds the line and column of a field in the source, for error messages and annotations. */
export interface SourceLocator {
  /** Line and column (1-based) of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** Line and column of the key at `path` (the value's when the key is not found). */
  locateKey(path: readonly PropertyKey[]): { line: number; column: number };
}

/** The outcome of loading a YAML file against a schema: data, or errors that say where. */
export interface LoadResult<T> {
  value?: T;
  errors: SpecError[];
  /** Present when the YAML itself parsed. */
  locator?: SourceLocator;
  /** The plain data before schema validation, when the YAML parsed. */
  raw?: unknown;
}

type Decoded = { ok: true; text: string } | { ok: false; message: string };

function decode(source: string | Uint8Array): Decoded {
  const bytes = typeof source === "string" ? undefined : source;
  const size = bytes ? bytes.byteLength : Buffer.byteLength(source as string);
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `file is ${(size / 1_048_576).toFixed(1)} MiB; the limit is 1 MiB`,
    };
  }
  let text: string;
  if (bytes) {
    if (bytes.includes(0)) return { ok: false, message: "not a text file (it contains NUL bytes)" };
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, message: "not valid UTF-8 text" };
    }
  } else {
    text = source as string;
  }
  return { ok: true, text: text.replace(/^\uFEFF/, "") };
}

function makeLocator(doc: Document, lines: LineCounter): SourceLocator {
  const position = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const nodeAt = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as {
        range?: [number, number, number];
      };
      if (node && typeof node === "object" && node.range) return { node, depth };
    }
    return undefined;
  };
  // Each mapping's keys are indexed once, so locating every key of a large mapping stays linear.
  const keyOffsets = new WeakMap<object, Map<string, number>>();
  const keysOf = (map: YAMLMap) => {
    let offsets = keyOffsets.get(map);
    if (!offsets) {
      offsets = new Map();
      for (const pair of map.items) {
        const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
        const name = String(key?.value);
        if (key?.range && !offsets.has(name)) offsets.set(name, key.range[0]);
      }
      keyOffsets.set(map, offsets);
    }
    return offsets;
  };
  return {
    locate(path) {
      const found = nodeAt(path);
      return found?.node.range ? position(found.node.range[0]) : { line: 1, column: 1 };
    },
    locateKey(path) {
      const parent =
        path.length > 0 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
      if (isMap(parent)) {
        const offset = keysOf(parent).get(String(path[path.length - 1]));
        if (offset !== undefined) return position(offset);
      }
      return this.locate(path);
    },
  };
}

/** The first structural problem: a foreign tag, a duplicate key, too many aliases, entries or nodes. */
function checkStructure(doc: Document): { message: string; offset: number } | undefined {
  let aliases = 0;
  let nodes = 0;
  let problem: { message: string; offset: number } | undefined;
  const offsetOf = (node: unknown) => (node as { range?: number[] }).range?.[0] ?? 0;
  visit(doc, {
    Node(_key, node) {
      nodes++;
      if (nodes > MAX_NODES) {
        problem = {
          message: `more than ${MAX_NODES} YAML nodes; a proposal has a few hundred`,
          offset: 0,
        };
        return visit.BREAK;
      }
      if (isAlias(node)) aliases++;
      const tag = (node as { tag?: string }).tag;
      if (tag && !CORE_TAGS.has(tag)) {
        const shown = tag.replace("tag:yaml.org,2002:", "!!");
        problem = {
          message: `YAML tag ${shown} is not allowed; write plain values`,
          offset: offsetOf(node),
        };
        return visit.BREAK;
      }
      if ((isMap(node) || isSeq(node)) && node.items.length > MAX_COLLECTION_ITEMS) {
        const what = isMap(node) ? "mapping" : "list";
        problem = {
          message: `a ${what} with ${node.items.length} entries; the limit is ${MAX_COLLECTION_ITEMS}`,
          offset: offsetOf(node),
        };
        return visit.BREAK;
      }
      if (isMap(node)) {
        const seen = new Set<string>();
        for (const pair of node.items) {
          const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          if (seen.has(name)) {
            problem = { message: "invalid YAML: duplicate key", offset: offsetOf(pair.key) };
            return visit.BREAK;
          }
          seen.add(name);
        }
      }
      return undefined;
    },
  });
  if (problem) return problem;
  if (aliases > MAX_ALIASES)
    return {
      message: `too many YAML aliases (${aliases}); the limit is ${MAX_ALIASES}`,
      offset: 0,
    };
  return undefined;
}

function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const walk = (node: unknown, depth: number) => {
    if (depth > limit || deepest > limit) {
      deepest = Math.max(deepest, depth);
      return;
    }
    deepest = Math.max(deepest, depth);
    if (node && typeof node === "object")
      for (const child of Object.values(node)) walk(child, depth + 1);
  };
  walk(value, 0);
  return deepest;
}

// Some validators drop a __proto__ key silently; an answer must never vanish, so it is refused outright.
function findKey(
  value: unknown,
  name: string,
  path: PropertyKey[] = [],
): PropertyKey[] | undefined {
  if (!value || typeof value !== "object") return undefined;
  for (const [key, child] of Object.entries(value)) {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    if (key === name) return at;
    const found = findKey(child, name, at);
    if (found) return found;
  }
  return undefined;
}

/** Parses YAML text safely: no custom tags, no duplicate keys, bounded aliases, size and depth. */
export function parseYaml(
  source: string | Uint8Array,
  file: string,
): { raw?: unknown; locator?: SourceLocator; errors: SpecError[] } {
  const fail = (message: string, line = 1, column = 1) => ({
    errors: [{ file, line, column, path: "", message }],
  });
  const decoded = decode(source);
  if (!decoded.ok) return fail(decoded.message);
  if (decoded.text.trim() === "")
    return fail("file is empty; expected a YAML mapping with schemaVersion: 1");

  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(decoded.text, {
      lineCounter: lines,
      // The parser's own duplicate check is quadratic in a mapping's size; checkStructure is linear.
      uniqueKeys: false,
      strict: true,
      prettyErrors: false,
      stringKeys: true,
      merge: false,
      version: "1.2",
    });
  } catch (error) {
    return fail(
      `could not parse YAML (${error instanceof Error ? error.message : "unknown reason"})`,
    );
  }
  const locator = makeLocator(doc, lines);
  const problem = doc.errors[0];
  if (problem) {
    const { line, col } = lines.linePos(problem.pos[0]);
    const reworded: Record<string, string> = {
      DUPLICATE_KEY: "duplicate key",
      MULTIPLE_DOCS: "a proposal is one YAML document; remove the --- separator and what follows",
    };
    // The parser's own messages span lines (they quote the source); errors are one line.
    const message = reworded[problem.code] ?? problem.message.replace(/\s*\n\s*/g, " ");
    return fail(`invalid YAML: ${message}`, line, col);
  }

  if (doc.directives?.yaml.explicit) {
    // A %YAML 1.1 directive would bring back merge keys and octal 010000; only 1.2 semantics apply.
    return fail("YAML directives (%YAML) are not allowed; remove the line and the --- after it");
  }
  const structural = checkStructure(doc);
  if (structural) {
    const { line, col } = lines.linePos(structural.offset);
    return fail(structural.message, line, col);
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return fail("YAML aliases expand too far (an alias bomb?); write the values out");
  }
  if (depthOf(raw, MAX_DEPTH) > MAX_DEPTH) return fail(`nesting deeper than ${MAX_DEPTH} levels`);
  const polluting = findKey(raw, "__proto__");
  if (polluting) {
    const where = locator.locateKey(polluting);
    return {
      errors: [
        {
          file,
          ...where,
          path: formatPath(polluting),
          message: 'the key "__proto__" is not allowed',
        },
      ],
    };
  }
  if (!isMap(doc.contents) || raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    const found = isSeq(doc.contents) ? "a list" : "a single value";
    return fail(`expected a YAML mapping at the top level, got ${found}`);
  }
  return { raw, locator, errors: [] };
}

/** Converts zod issues to errors that name the file, line, column and field. */
export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  file: string,
  locator: SourceLocator,
  pathPrefix: readonly PropertyKey[] = [],
): SpecError[] {
  const errors: SpecError[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const hint = suggest(key, known);
        const where = locator.locateKey([...pathPrefix, ...path, key]);
        const expected = hint ? `did you mean "${hint}"?` : `expected one of ${known.join(", ")}`;
        errors.push({
          file,
          ...where,
          path: formatPath([...path, key]),
          message: `unknown field "${key}"; ${expected}`,
        });
      }
      continue;
    }
    const where = locator.locate([...pathPrefix, ...path]);
    errors.push({ file, ...where, path: formatPath(path), message: messageOf(issue) });
  }
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined)
    return "required field is missing";
  // Schemas with their own wording keep it; zod's default ("Invalid input: ...") is reworded.
  if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input")) {
    const nouns: Record<string, string> = {
      object: "a mapping",
      record: "a mapping",
      array: "a list",
      string: "text",
      number: "a number",
      boolean: "true or false",
    };
    return `expected ${nouns[issue.expected] ?? issue.expected}, got ${describeInput(issue.input)}`;
  }
  if (issue.code === "invalid_value") {
    const hint =
      typeof issue.input === "string" ? suggest(issue.input, issue.values.map(String)) : undefined;
    return hint ? `${issue.message} (did you mean "${hint}"?)` : issue.message;
  }
  if (issue.code === "invalid_key") {
    // A record key failed its own schema (a reserved or malformed id): its message says why.
    return issue.issues[0]?.message ?? issue.message;
  }
  if (issue.code === "invalid_union") {
    // Prefer the specific complaint of a branch that understood the input's type.
    const specific = issue.errors.flat().find((e) => e.code === "custom" || e.code === "too_big");
    return specific ? specific.message : issue.message;
  }
  return issue.message;
}
