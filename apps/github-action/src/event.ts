import { readFileSync } from "node:fs";

/** What the action needs from a pull request's event payload. */
export interface PullRequestEvent {
  number: number;
  /** The base commit the pull request is compared with. */
  baseSha?: string;
  /** Whether the head lives in another repository (its token is then read-only). */
  fork: boolean;
}

interface Payload {
  pull_request?: {
    number?: number;
    base?: { sha?: string; repo?: { full_name?: string } };
    head?: { repo?: { full_name?: string } | null };
  };
}

/** The pull request of the event (GITHUB_EVENT_PATH), or undefined for other events. */
export function readPullRequest(env: NodeJS.ProcessEnv): PullRequestEvent | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  let payload: Payload;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Payload;
  } catch {
    return undefined;
  }
  const pr = payload.pull_request;
  if (typeof pr?.number !== "number") return undefined;
  const base = pr.base?.repo?.full_name;
  const head = pr.head?.repo;
  return {
    number: pr.number,
    ...(typeof pr.base?.sha === "string" ? { baseSha: pr.base.sha } : {}),
    // A deleted fork has no head repository (null); it is a fork all the same.
    fork: head === null || (!!head?.full_name && !!base && head.full_name !== base),
  };
}
