import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { formatQuantity } from "@forecard/core-estimates";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import Handlebars from "handlebars";

/** Folder of the bundled templates: layouts at the top, one partial per section under partials/. */
export const TEMPLATE_DIR = new URL("../templates/", import.meta.url).pathname;

/** Document kinds a template renders. */
export type DocumentKind = "impact-report" | "model-card" | "dossier";

function read(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const root = realpathSync(dir);
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".hbs")) continue;
    // A partial is read into every report: a link out of the folder could leak any file.
    const path = join(dir, file);
    if (dirname(realpathSync(path)) !== root)
      throw new TemplateError(`${path}: links outside the template folder`);
    out[basename(file, ".hbs")] = readFileSync(path, "utf8");
  }
  return out;
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
    Number(value.toPrecision(digits)).toLocaleString("en-US"),
  );
  hbs.registerHelper("date", (iso: string, pattern: string) => format(parseISO(iso), pattern));
  hbs.registerHelper("join", (list: unknown[], separator: string) => list.join(separator));
  hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hbs.registerHelper("inc", (n: number) => n + 1);
  // Identifiers may wrap only after their dots and dashes (<wbr>), never mid-word; the text copied
  // out of the PDF stays the identifier itself.
  hbs.registerHelper(
    "ident",
    (value: unknown) =>
      new hbs.SafeString(
        hbs.Utils.escapeExpression(String(value ?? "")).replace(/([.\-_/,])(?=\S)/g, "$1<wbr>"),
      ),
  );

  const partials = read(join(TEMPLATE_DIR, "partials"));
  const layouts = read(TEMPLATE_DIR);
  const overrides = overrideDir ? read(overrideDir) : {};
  for (const [name, source] of Object.entries(overrides)) {
    if (name in partials) partials[name] = source;
    else if (name in layouts) layouts[name] = source;
    else {
      const known = [...Object.keys(layouts), ...Object.keys(partials)].join(", ");
      throw new TemplateError(
        `${join(overrideDir ?? "", `${name}.hbs`)}: no template named ${name}; known: ${known}`,
      );
    }
  }
  for (const [name, source] of Object.entries(partials)) hbs.registerPartial(name, source);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    /** Renders a document kind with a view; strict mode makes a missing field an error, not a blank. */
    render(kind: DocumentKind, view: unknown): string {
      let template = compiled.get(kind);
      if (!template) {
        const source = layouts[kind];
        if (!source) throw new TemplateError(`no layout ${kind}`);
        template = hbs.compile(source, { strict: true });
        compiled.set(kind, template);
      }
      return template(view);
    },
  };
}

/** A template problem (unknown override, missing field): the user's templates, not a bug. */
export class TemplateError extends Error {}
