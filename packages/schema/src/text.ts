import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import { z } from "zod";

/**
 * A free-text string of at most `maxChars` characters; the cap keeps hostile 10 MB strings out.
 * @param maxChars - the longest accepted string, in characters.
 */
export function text(maxChars: number) {
  return z.string({ error: (iss) => `expected text, got ${kindOf(iss.input)}` }).max(maxChars, {
    error: (iss) => `expected at most ${maxChars} characters, got ${lengthOf(iss.input)}`,
  });
}

/** A list of short texts, at most `maxItems` long. */
export function textList(maxItems: number, maxChars: number) {
  return z
    .array(text(maxChars), { error: (iss) => `expected a list of texts, got ${kindOf(iss.input)}` })
    .max(maxItems, { error: `expected at most ${maxItems} entries` });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written `YYYY-MM-DD` that exists (no 2026-02-30). */
export const isoDate = z
  .string({ error: (iss) => `expected a date YYYY-MM-DD, got ${kindOf(iss.input)}` })
  .refine((value) => ISO_DATE.test(value) && isValid(parseISO(value)), {
    error: (iss) => `expected a date YYYY-MM-DD that exists, got ${JSON.stringify(iss.input)}`,
  })
  .describe("A calendar date, YYYY-MM-DD.");

/** An identifier: letters, digits, `.`, `_`, `-`; never a name that shadows Object.prototype. */
export const identifier = z
  .string({ error: (iss) => `expected an identifier, got ${kindOf(iss.input)}` })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, {
    error: (iss) =>
      `expected an identifier (letters, digits, ".", "_", "-"; at most 100), got ${JSON.stringify(iss.input)}`,
  })
  .refine((id) => !RESERVED.has(id), {
    error: (iss) => `${JSON.stringify(iss.input)} is a reserved name`,
  });

const RESERVED = new Set(["constructor", "prototype", "hasOwnProperty", "toString", "valueOf"]);

function kindOf(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  if (typeof input === "string") return `text ${JSON.stringify(input.slice(0, 40))}`;
  return `${typeof input} ${String(input)}`;
}

function lengthOf(input: unknown): string {
  return typeof input === "string" ? `${input.length}` : kindOf(input);
}
