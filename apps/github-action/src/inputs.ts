/** The action's inputs, read from the INPUT_* variables the runner sets. */
export interface ActionInputs {
  files: string[];
  policy: string;
  comment: boolean;
  failOn: "error" | "warning" | "never";
  /** The token for the comment; action.yml defaults it to `github.token`. */
  githubToken: string;
  /** The revision to compare with and read the policy from; default: the pull request's base. */
  baseRef?: string;
}

/** Thrown for an input the workflow author must fix. */
export class InputError extends Error {}

/**
 * Reads the inputs of action.yml from the environment (`INPUT_FAIL-ON` for `fail-on`).
 * @throws InputError naming the input when a value is not allowed.
 */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const input = (name: string) => (env[`INPUT_${name.toUpperCase()}`] ?? "").trim();
  const files = input("files").split(/[\s]+/).filter(Boolean);
  if (files.length === 0)
    throw new InputError("input files: give at least one proposal file or glob");
  const comment = input("comment") || "true";
  if (!["true", "false"].includes(comment))
    throw new InputError(`input comment: expected true or false, got ${JSON.stringify(comment)}`);
  const failOn = input("fail-on") || "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") {
    throw new InputError(
      `input fail-on: expected error, warning or never, got ${JSON.stringify(failOn)}`,
    );
  }
  const baseRef = input("base-ref");
  if (baseRef && (!/^[\w./@^~{}-]+$/.test(baseRef) || baseRef.startsWith("-")))
    throw new InputError(`input base-ref: ${JSON.stringify(baseRef)} is not a git revision`);
  return {
    files,
    policy: input("policy") || "policy.yaml",
    comment: comment === "true",
    failOn,
    // A workflow that sets only the GITHUB_TOKEN variable (the older convention) still works.
    githubToken: input("github-token") || env.GITHUB_TOKEN || "",
    ...(baseRef ? { baseRef } : {}),
  };
}
