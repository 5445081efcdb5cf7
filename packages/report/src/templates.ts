import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { formatQuantity, withSignificantDigits } from "@forecard/core-estimates";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import Handlebars from "handlebars";
import { withBreakOpportunities } from "./unbreakable.js";

/** Folder of the bundled templates: layouts at the top, one partial per section under partials/. */
export const TEMPLATE_DIR = new URL("../templates/", import.meta.url).pathname;

/** Document kinds a template renders. */
export type DocumentKind = "impact-report" | "model-card" | "dossier";

/** Largest template file read, in bytes; the bundled ones are a few kilobytes. */
const MAX_TEMPLATE_BYTES = 1_048_576;

// A template is read into every report, so only plain files of the folder itself are: a symbolic
// link or a hard link to a file elsewhere, a device or a FIFO could leak or hang.
function readTemplateFile(path: string, root: string): string {
  if (dirname(realpathSync(path)) !== root)
    throw new TemplateError(`${path}: links outside the template folder`);
  // Non-blocking, so a FIFO cannot hang the open; fstat refuses it.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new TemplateError(`${path}: is not a regular file`);
    if (stat.nlink > 1)
      throw new TemplateError(`${path}: is a hard link; copy the file into the folder instead`);
    if (stat.size > MAX_TEMPLATE_BYTES) throw new TemplateError(`${path}: is over 1 MiB`);
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}

function read(dir: string, bundled: boolean): Map<string, string> {
  const out = new Map<string, string>();
  let root: string;
  try {
    root = realpathSync(dir);
    if (!lstatSync(root).isDirectory()) throw new Error("not a folder");
  } catch {
    if (bundled) return out;
    throw new TemplateError(`${dir}: no such folder`);
  }
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".hbs")) continue;
    const path = join(dir, file);
    out.set(
      basename(file, ".hbs"),
      bundled ? readFileSync(path, "utf8") : readTemplateFile(path, root),
    );
  }
  return out;
}

// Handlebars reports "Parse error on line 3" or "x not defined - 3:4" without the file: add it.
function inFile<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const line = /on line (\d+)/.exec(message)?.[1] ?? / - (\d+):\d+$/.exec(message)?.[1];
    throw new TemplateError(
      `${file}${line ? `:${line}` : ""}: ${message.replace(/\s*\n\s*/g, " ")}`,
    );
  }
}

/**
 * An isolated Handlebars instance with Forecard's helpers and partials. Overrides (from
 * `--template DIR`) replace bundled partials or layouts of the same name; unknown names are refused
 * so a typo does not silently do nothing.
 */
export function createTemplates(overrideDir?: string) {
  const hbs = Handlebars.create();
  hbs.registerHelper("quantity", (value: number, unit: string) => formatQuantity(value, unit));
  hbs.registerHelper("sig", (value: number, digits: number) =>
    withSignificantDigits(value, digits),
  );
  hbs.registerHelper("date", (iso: string, pattern: string) => format(parseISO(iso), pattern));
  hbs.registerHelper("join", (list: unknown[], separator: string) => list.join(separator));
  hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hbs.registerHelper("inc", (n: number) => n + 1);
  // Identifiers may wrap only after their dots and slashes (<wbr>), never mid-word, at a dash or
  // before a file extension; the text copied out of the PDF stays the identifier itself.
  hbs.registerHelper(
    "ident",
    (value: unknown) =>
      new hbs.SafeString(withBreakOpportunities(hbs.Utils.escapeExpression(String(value ?? "")))),
  );

  const partials = read(join(TEMPLATE_DIR, "partials"), true);
  const layouts = read(TEMPLATE_DIR, true);
  // Where each template came from, for errors that name the file.
  const files = new Map<string, string>();
  for (const name of partials.keys())
    files.set(name, join(TEMPLATE_DIR, "partials", `${name}.hbs`));
  for (const name of layouts.keys()) files.set(name, join(TEMPLATE_DIR, `${name}.hbs`));
  const overrides = overrideDir ? read(overrideDir, false) : new Map<string, string>();
  for (const [name, source] of overrides) {
    // Maps, not objects: a file named constructor.hbs matches nothing bundled.
    const target = partials.has(name) ? partials : layouts.has(name) ? layouts : undefined;
    const file = join(overrideDir ?? "", `${name}.hbs`);
    if (!target) {
      const known = [...layouts.keys(), ...partials.keys()].join(", ");
      throw new TemplateError(`${file}: no template named ${name}; known: ${known}`);
    }
    target.set(name, source);
    files.set(name, file);
  }
  for (const [name, source] of [...partials, ...layouts]) {
    // Parsed now, so a syntax error names its file before anything is rendered.
    inFile(files.get(name) ?? name, () => hbs.parse(source));
  }
  for (const [name, source] of partials) {
    const template = hbs.compile(source, { strict: true });
    const file = files.get(name) ?? name;
    // A function partial, so a runtime error (a missing field) also names its file.
    hbs.registerPartial(name, ((context: unknown, options: Handlebars.RuntimeOptions) =>
      inFile(file, () => template(context, options))) as Handlebars.Template);
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    /** Renders a document kind with a view; strict mode makes a missing field an error, not a blank. */
    render(kind: DocumentKind, view: unknown): string {
      let template = compiled.get(kind);
      if (!template) {
        const source = layouts.get(kind);
        if (!source) throw new TemplateError(`no layout ${kind}`);
        template = hbs.compile(source, { strict: true });
        compiled.set(kind, template);
      }
      const run = template;
      return inFile(files.get(kind) ?? kind, () => run(view));
    },
  };
}

/** A template problem (unknown override, missing field): the user's templates, not a bug. */
export class TemplateError extends Error {}
