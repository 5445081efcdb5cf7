import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** A scratch git repository as a pull request's checkout sees it, with the event file beside it. */
export interface PullRequestRepository {
  dir: string;
  baseSha: string;
}

/**
 * A repository whose base commit holds the MoE example as `proposals/moe.yaml` and the example
 * policy; `change` edits the proposal in the working tree (the pull request's head), and
 * `pullRequest` overrides fields of the event's `pull_request`.
 */
export function pullRequestRepository(
  change: (proposal: string) => string,
  pullRequest: Record<string, unknown> = {},
): PullRequestRepository {
  const dir = mkdtempSync(join(tmpdir(), "forecard-action-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: dir, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  git("init", "-q");
  git("config", "user.email", "t@example.org");
  git("config", "user.name", "t");
  mkdirSync(join(dir, "proposals"));
  copyFileSync(join(ROOT, "examples/atlas-100t-moe.yaml"), join(dir, "proposals/moe.yaml"));
  copyFileSync(join(ROOT, "examples/policy.yaml"), join(dir, "policy.yaml"));
  git("add", ".");
  git("commit", "-qm", "base");
  const baseSha = git("rev-parse", "HEAD");
  const proposal = join(dir, "proposals/moe.yaml");
  writeFileSync(proposal, change(readFileSync(proposal, "utf8")));
  const event = {
    pull_request: {
      number: 7,
      base: { sha: baseSha, repo: { full_name: "example/lab" } },
      head: { repo: { full_name: "example/lab" } },
      ...pullRequest,
    },
  };
  writeFileSync(join(dir, "event.json"), JSON.stringify(event));
  return { dir, baseSha };
}
