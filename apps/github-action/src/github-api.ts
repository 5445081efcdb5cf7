/** Where and as whom to call the GitHub REST API. */
export interface GithubApi {
  /** e.g. https://api.github.com (GITHUB_API_URL). */
  url: string;
  token: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string;
}

interface Comment {
  id: number;
  body?: string;
}

async function call(
  api: GithubApi,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${api.url.replace(/\/$/, "")}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${api.token}`,
      Accept: "application/vnd.github+json",
      "X-GitHub-Api-Version": "2022-11-28",
      "User-Agent": "forecard-action",
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) {
    const detail = (await response.text()).slice(0, 200);
    throw new Error(`GitHub API ${method} ${path} answered ${response.status}: ${detail}`);
  }
  return response.status === 204 ? undefined : response.json();
}

/**
 * Creates the action's pull-request comment, or updates it when a comment carrying `marker`
 * already exists, so a pull request keeps one Forecard comment however often it is pushed.
 * @returns whether the comment was created or updated, and its id.
 */
export async function upsertComment(
  api: GithubApi,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<{ action: "created" | "updated"; id: number }> {
  const text = body.includes(marker) ? body : `${marker}\n${body}`;
  for (let page = 1; page <= 50; page++) {
    const comments = (await call(
      api,
      "GET",
      `/repos/${api.repository}/issues/${issueNumber}/comments?per_page=100&page=${page}`,
    )) as Comment[];
    const mine = comments.find((c) => c.body?.includes(marker));
    if (mine) {
      await call(api, "PATCH", `/repos/${api.repository}/issues/comments/${mine.id}`, {
        body: text,
      });
      return { action: "updated", id: mine.id };
    }
    if (comments.length < 100) break;
  }
  const created = (await call(
    api,
    "POST",
    `/repos/${api.repository}/issues/${issueNumber}/comments`,
    { body: text },
  )) as Comment;
  return { action: "created", id: created.id };
}
