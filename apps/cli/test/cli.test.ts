import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { forecard, ROOT } from "./run-cli.js";

const scratch = () => mkdtempSync(join(tmpdir(), "forecard-cli-"));

describe("forecard validate", () => {
  it("accepts every bundled example", () => {
    const examples = readdirSync(join(ROOT, "examples"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => `examples/${f}`);
    const result = forecard(["validate", ...examples]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("examples/atlas-100t-dense.yaml: valid proposal (Atlas-100T)");
    expect(result.stdout).toContain("examples/policy.yaml: valid policy");
  });

  it("rejects a negative accelerator count with one line and exit 2", () => {
    const dir = scratch();
    const file = join(dir, "bad.yaml");
    writeFileSync(
      file,
      "schemaVersion: 1\nmodel:\n  name: Bad\ntraining:\n  acceleratorCount: -5\n",
    );
    const result = forecard(["validate", file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `${file}:5:21 training.acceleratorCount: expected a positive integer, got -5\n`,
    );
  });

  it("reports a missing file in one line", () => {
    const result = forecard(["validate", "nope.yaml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("nope.yaml: no such file\n");
  });

  it("prints JSON with --json", () => {
    const result = forecard(["validate", "examples/llama-2-70b.yaml", "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      valid: true,
      files: [
        {
          file: "examples/llama-2-70b.yaml",
          kind: "proposal",
          valid: true,
          name: "Llama 2 70B",
          errors: [],
        },
      ],
    });
  });
});

describe("forecard schema", () => {
  it("prints a JSON Schema that every example proposal satisfies", () => {
    const result = forecard(["schema", "proposal"]);
    expect(result.code).toBe(0);
    const validate = new Ajv2020.default({ strict: false }).compile(JSON.parse(result.stdout));
    for (const file of ["atlas-100t-dense.yaml", "atlas-100t-moe.yaml", "llama-2-70b.yaml"]) {
      const data = parse(readFileSync(join(ROOT, "examples", file), "utf8"));
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("refuses an unknown kind with exit 2", () => {
    const result = forecard(["schema", "budget"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('schema: expected proposal, policy or checklist, got "budget"\n');
  });
});

describe("forecard init", () => {
  it("writes a starter proposal that validates, and refuses to overwrite it", () => {
    const dir = scratch();
    const first = forecard(["init"], dir);
    expect(first.code).toBe(0);
    // A dev dependency is not on PATH: the next step names npx, which finds it.
    expect(first.stdout).toContain("then run: npx forecard validate proposal.yaml");
    expect(forecard(["validate", "proposal.yaml"], dir).code).toBe(0);
    const again = forecard(["init"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe("proposal.yaml: already exists; use --force to overwrite it\n");
    expect(forecard(["init", "--force"], dir).code).toBe(0);
  });

  it("writes a starter policy that validates", () => {
    const dir = scratch();
    expect(forecard(["init", "--policy"], dir).code).toBe(0);
    expect(forecard(["validate", "policy.yaml"], dir).stdout).toBe(
      "policy.yaml: valid policy (My Lab policy)\n",
    );
  });
});

describe("usage", () => {
  it("prints the version", () => {
    const result = forecard(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("lists the commands in --help", () => {
    const result = forecard(["--help"]);
    expect(result.code).toBe(0);
    for (const command of ["validate", "schema", "init"]) expect(result.stdout).toContain(command);
  });

  it.each([[["frob"]], [["validate"]], [["validate", "--nope", "x.yaml"]]])(
    "exits 2 without a stack trace on bad usage %j",
    (args) => {
      const result = forecard(args);
      expect(result.code).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
