import type { Policy } from "@forecard/schema";

/** What every check output says besides the judgements. */
export interface CheckContext {
  /** The policy's name, or its file when it has none. */
  policyName: string;
  /** Where the policy was read from, e.g. `policy.yaml` or `origin/main:policy.yaml`. */
  policySource: string;
  /** The policy itself, to describe its rules (SARIF, JUnit). */
  policy?: Policy;
  /** Forecard's version. */
  version: string;
  /** The repository root that SARIF locations are relative to (absolute path). */
  root: string;
}
