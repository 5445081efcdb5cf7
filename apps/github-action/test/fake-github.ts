import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A request the fake API received. */
export interface Recorded {
  method: string;
  path: string;
  authorization?: string;
  body?: { body?: string; query?: string };
}

/** A comment as the fake API stores it. */
export interface FakeComment {
  id: number;
  body: string;
  user: { login: string };
}

/** How the fake API behaves: who the token is, and what it refuses. */
export interface FakeBehaviour {
  /** GraphQL viewer login; undefined: GraphQL and /user both refuse. */
  login?: string;
  /** Refuse comment writes with this status (403: read-only token). */
  refuseWrites?: number;
  /** Refuse with a rate limit (403 with no requests left). */
  rateLimited?: boolean;
}

/** A stand-in for the GitHub REST and GraphQL APIs on loopback that records every request. */
export class FakeGithub {
  readonly requests: Recorded[] = [];
  comments: FakeComment[] = [];
  behaviour: FakeBehaviour = { login: "github-actions" };
  url = "";
  private server?: Server;
  private nextId = 100;

  async start(): Promise<void> {
    this.server = createServer(async (request, response) => {
      const text = await read(request);
      const body = text ? JSON.parse(text) : undefined;
      const path = request.url ?? "";
      this.requests.push({
        method: request.method ?? "",
        path,
        authorization: request.headers.authorization,
        body,
      });
      const send = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { "Content-Type": "application/json", ...headers });
        response.end(JSON.stringify(value));
      };
      const login = this.behaviour.login;
      if (path === "/graphql")
        return login
          ? send(200, { data: { viewer: { login } } })
          : send(403, { message: "Resource not accessible by integration" });
      if (path === "/user")
        return login ? send(200, { login }) : send(403, { message: "not accessible" });
      if (this.behaviour.rateLimited)
        return send(403, { message: "API rate limit exceeded" }, { "x-ratelimit-remaining": "0" });
      if (request.method === "GET") return send(200, this.comments);
      if (this.behaviour.refuseWrites)
        return send(this.behaviour.refuseWrites, {
          message: "Resource not accessible by integration",
        });
      if (request.method === "POST") {
        const comment = {
          id: this.nextId++,
          body: body.body,
          user: { login: `${login ?? "someone"}[bot]` },
        };
        this.comments.push(comment);
        return send(201, comment);
      }
      const id = Number(path.split("/").pop());
      const comment = this.comments.find((c) => c.id === id);
      if (!comment) return send(404, { message: "Not Found" });
      comment.body = body.body;
      return send(200, comment);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests since index `from`, as `METHOD /path` without the query. */
  calls(from = 0): string[] {
    return this.requests.slice(from).map((r) => `${r.method} ${r.path.split("?")[0]}`);
  }
}

function read(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    request.on("data", (chunk) => {
      data += chunk;
    });
    request.on("end", () => resolve(data));
  });
}
