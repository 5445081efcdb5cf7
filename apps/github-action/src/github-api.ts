/** Where and as whom to call the GitHub REST API. */
export interface GithubApi {
  /** e.g. https://api.github.com (GITHUB_API_URL). */
  url: string;
  /** e.g. https://api.github.com/graphql (GITHUB_GRAPHQL_URL). */
  graphqlUrl?: string;
  token: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string;
}

/** A refusal by the API, with its HTTP status. */
export class GithubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Whether the refusal is a rate limit (429, or 403 with no requests left). */
    readonly rateLimited: boolean,
  ) {
    super(message);
  }
}

interface Comment {
  id: number;
  body?: string;
  user?: { login?: string } | null;
}

async function call(
  api: GithubApi,
  method: string,
  path: string,
  body?: unknown,
  url = `${api.url.replace(/\/$/, "")}${path}`,
): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: {
      Authorization: `Bearer ${api.token}`,
      Accept: "application/vnd.github+json",
      "X-GitHub-Api-Version": "2022-11-28",
      "User-Agent": "forecard-action",
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) {
    const detail = (await response.text()).slice(0, 200);
    const rateLimited =
      response.status === 429 ||
      (response.status === 403 && response.headers.get("x-ratelimit-remaining") === "0");
    throw new GithubApiError(
      response.status,
      `GitHub API ${method} ${path} answered ${response.status}: ${detail}`,
      rateLimited,
    );
  }
  return response.status === 204 ? undefined : response.json();
}

// Bots appear as `name[bot]` on comments and as `name` to GraphQL's viewer.
const sameLogin = (a: string | undefined, b: string) =>
  a !== undefined &&
  a.replace(/\[bot\]$/, "").toLowerCase() === b.replace(/\[bot\]$/, "").toLowerCase();

/**
 * The login the token acts as: GraphQL's viewer (which also answers for the workflow's own
 * token), else REST's /user; undefined when neither answers.
 */
export async function tokenLogin(api: GithubApi): Promise<string | undefined> {
  const graphql = api.graphqlUrl ?? `${api.url.replace(/\/$/, "")}/graphql`;
  try {
    const answer = (await call(
      api,
      "POST",
      "/graphql",
      { query: "query { viewer { login } }" },
      graphql,
    )) as {
      data?: { viewer?: { login?: string } };
    };
    if (answer.data?.viewer?.login) return answer.data.viewer.login;
  } catch {
    // Fall through to REST.
  }
  try {
    const user = (await call(api, "GET", "/user")) as { login?: string };
    return user.login;
  } catch {
    return undefined;
  }
}

/**
 * Creates the action's pull-request comment, or updates it when a comment that starts with
 * `marker` and was written by the token's own identity exists, so a pull request keeps one
 * Forecard comment however often it is pushed and nobody else's comment is ever edited.
 * @returns whether the comment was created or updated, and its id.
 * @throws GithubApiError when the API refuses (a read-only token, a rate limit).
 */
export async function upsertComment(
  api: GithubApi,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<{ action: "created" | "updated"; id: number; identityKnown: boolean }> {
  const text = body.startsWith(marker) ? body : `${marker}\n${body}`;
  const me = await tokenLogin(api);
  // Without knowing who we are, no existing comment is safe to edit.
  for (let page = 1; me !== undefined && page <= 50; page++) {
    const comments = (await call(
      api,
      "GET",
      `/repos/${api.repository}/issues/${issueNumber}/comments?per_page=100&page=${page}`,
    )) as Comment[];
    const mine = comments.find((c) => c.body?.startsWith(marker) && sameLogin(c.user?.login, me));
    if (mine) {
      await call(api, "PATCH", `/repos/${api.repository}/issues/comments/${mine.id}`, {
        body: text,
      });
      return { action: "updated", id: mine.id, identityKnown: true };
    }
    if (comments.length < 100) break;
  }
  const created = (await call(
    api,
    "POST",
    `/repos/${api.repository}/issues/${issueNumber}/comments`,
    { body: text },
  )) as Comment;
  return { action: "created", id: created.id, identityKnown: me !== undefined };
}

/** Why a comment could not be written, with what to do about it, for a warning. */
export function explainCommentFailure(error: unknown): string {
  if (error instanceof GithubApiError) {
    if (error.rateLimited) return `the GitHub API rate limit is exhausted (${error.status})`;
    if (error.status === 403)
      return "the token may not write pull-request comments (fork pull requests get a read-only token; otherwise give the job `permissions: pull-requests: write`)";
    if (error.status === 404)
      return "the token cannot see this pull request (404; check the repository and the token's access)";
    return error.message;
  }
  return `the GitHub API could not be reached (${error instanceof Error ? error.message : String(error)})`;
}
