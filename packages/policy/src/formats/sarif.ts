import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Judgement } from "../judgement.js";
import { describeRule, POLICY_DOCS_URL, ruleLevel } from "../rules.js";
import type { CheckContext } from "./context.js";

/** SARIF's name for the repository root, which every artifact URI is relative to. */
export const SARIF_ROOT = "%SRCROOT%";

// The OASIS schema of SARIF 2.1.0 (the multitool asks for this one rather than a mirror).
const SCHEMA =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

interface Location {
  uri: string;
  uriBaseId?: string;
}

/** A file as a SARIF artifact location: percent-encoded and relative to the root when inside it. */
function artifact(file: string, root: string): Location {
  const path = relative(root, resolve(file));
  if (path.startsWith("..") || isAbsolute(path)) return { uri: pathToFileURL(resolve(file)).href };
  return {
    uri: path.split(/[\\/]/).map(encodeURIComponent).join("/"),
    uriBaseId: SARIF_ROOT,
  };
}

/** A fingerprint that stays when lines move: rule, file and proposal path, not the line. */
function fingerprint(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

interface Result {
  ruleId: string;
  level: "error" | "warning";
  message: string;
  file: string;
  line: number;
  column: number;
  identity: string[];
}

function resultsOf(judgements: readonly Judgement[], root: string): Result[] {
  return judgements.flatMap((j) =>
    j.verdict === "invalid"
      ? j.errors.map((e) => ({
          ruleId: "invalid-input",
          level: "error" as const,
          message: e.message,
          file: e.file,
          line: e.line,
          column: e.column,
          identity: ["invalid-input", artifact(e.file, root).uri, e.message],
        }))
      : j.findings.map((f) => ({
          ruleId: f.ruleId,
          level: f.severity,
          message: f.message,
          file: f.file,
          line: f.line,
          column: f.column,
          identity: [f.ruleId, artifact(f.file, root).uri, f.path.join("\u0001"), f.scenario ?? ""],
        })),
  );
}

/**
 * A SARIF 2.1.0 log for code-scanning upload: one run, every rule with short and full
 * descriptions, help and a link to the docs; one result per finding and per input error, located
 * relative to the repository root, with fingerprints that survive line moves.
 */
export function formatSarif(judgements: readonly Judgement[], context: CheckContext): string {
  const results = resultsOf(judgements, context.root);
  const ruleIds = [...new Set(results.map((r) => r.ruleId))].sort();
  const rules = ruleIds.map((id) => {
    const rule = describeRule(id, context.policy);
    const helpUri = `${POLICY_DOCS_URL}#${rule.anchor}`;
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: rule.short },
      fullDescription: { text: rule.full },
      help: {
        text: `${rule.full} ${rule.fix} See ${helpUri}`,
        markdown: `${rule.full}\n\n**Fix:** ${rule.fix}\n\n[Forecard policy rules](${helpUri})`,
      },
      helpUri,
      defaultConfiguration: { level: ruleLevel(id, context.policy) },
    };
  });
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Forecard",
            version: context.version,
            semanticVersion: context.version,
            informationUri: "https://github.com/forecard/forecard",
            rules,
          },
        },
        originalUriBaseIds: {
          [SARIF_ROOT]: {
            uri: pathToFileURL(`${resolve(context.root)}/`).href,
            description: { text: "The repository root." },
          },
        },
        results: results.map((r) => ({
          ruleId: r.ruleId,
          ruleIndex: ruleIds.indexOf(r.ruleId),
          level: r.level,
          message: { text: r.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifact(r.file, context.root),
                region: { startLine: r.line, startColumn: r.column },
              },
            },
          ],
          partialFingerprints: { "forecardFinding/v1": fingerprint(r.identity) },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
