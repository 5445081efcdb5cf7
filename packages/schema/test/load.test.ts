import { describe, expect, it } from "vitest";
import { loadPolicy, loadProposal } from "../src/load.js";
import { MAX_FILE_BYTES } from "../src/load-yaml.js";
import { errorLines, proposalWith } from "./helpers.js";

describe("loadProposal", () => {
  it("accepts the smallest valid proposal", () => {
    const result = loadProposal("schemaVersion: 1\nmodel:\n  name: Tiny\n", "tiny.yaml");
    expect(result.errors).toEqual([]);
    expect(result.value?.model.name).toBe("Tiny");
  });

  it("names file, line, column and field for a negative count", () => {
    expect(errorLines(proposalWith("training:\n  acceleratorCount: -5\n"))).toEqual([
      "p.yaml:5:21 training.acceleratorCount: expected a positive integer, got -5",
    ]);
  });

  it("suggests the field an unknown key was probably meant to be", () => {
    expect(errorLines(proposalWith("training:\n  acceleratorcount: 5\n"))).toEqual([
      'p.yaml:5:3 training.acceleratorcount: unknown field "acceleratorcount"; did you mean "acceleratorCount"?',
    ]);
  });

  it("suggests the catalog ids that extend a partial accelerator id", () => {
    const [line] = errorLines(proposalWith("training:\n  accelerator: nvidia-h100\n"));
    expect(line).toContain('did you mean "nvidia-h100-sxm" or "nvidia-h100-pcie"?');
  });

  it("reports a missing required field", () => {
    expect(errorLines("schemaVersion: 1\nmodel:\n  version: '1'\n")).toEqual([
      "p.yaml:3:3 model.name: required field is missing",
    ]);
  });

  it("rejects another schema version", () => {
    expect(errorLines("schemaVersion: 2\nmodel: { name: X }\n")).toEqual([
      "p.yaml:1:16 schemaVersion: expected 1 (the only schema version), got 2",
    ]);
  });

  it.each([
    [
      "an impossible date",
      "training:\n  start: 2026-02-30\n",
      'training.start: expected a date YYYY-MM-DD that exists, got "2026-02-30"',
    ],
    [
      "a double suffix",
      "training:\n  tokens: 100TT\n",
      "training.tokens: expected a number from 1 to 1e18",
    ],
    [
      "an overflowing number",
      "training:\n  tokens: 1e400\n",
      "training.tokens: expected a number from 1 to 1e18, got Infinity",
    ],
    // Degenerate but positive inputs once overflowed a dependent figure to Infinity, which
    // dropped it as "not estimated" and turned a budget into a warning.
    [
      "a vanishing MFU",
      "training:\n  mfu: 5e-324\n",
      "training.mfu: expected an MFU from 0.01 to 1, got 5e-324",
    ],
    [
      "a tiny power",
      "training:\n  powerWatts: 1e-300\n",
      "training.powerWatts: expected a power in watts from 1 to 100000",
    ],
    [
      "a tiny service life",
      "cost:\n  serviceLifeYears: 1e-300\n",
      "cost.serviceLifeYears: expected a number of years from 0.25 to 20",
    ],
    [
      "a tiny token count",
      "training:\n  tokens: 1e-300\n",
      "training.tokens: expected a number from 1 to 1e18, got 1e-300",
    ],
    [
      "a PUE under 1",
      "datacenter:\n  pue: 0.5\n",
      "datacenter.pue: expected a PUE from 1 to 3, got 0.5",
    ],
    [
      "an overhead under 1",
      "training:\n  overheadFactor: 0.9\n",
      "training.overheadFactor: expected a factor from 1 to 10, got 0.9",
    ],
    [
      "a zero-length service",
      "inference:\n  years: 1e-9\n",
      "inference.years: expected a number of years from 0.01 to 50",
    ],
    ["NaN", "datacenter:\n  pue: .nan\n", "datacenter.pue: expected a PUE from 1 to 3, got NaN"],
    [
      "a range upside down",
      "training:\n  mfu: { low: 0.5, high: 0.3 }\n",
      "training.mfu: expected low <= high",
    ],
    ["an unknown enum value", "training:\n  precision: bf61\n", 'did you mean "bf16"?'],
    [
      "a malformed location",
      "datacenter:\n  location: usa\n",
      "datacenter.location: expected an ISO country code",
    ],
    ["a wrong type", "model:\n  license: 5\n", "model.license: expected text, got number 5"],
    [
      "more active experts than experts",
      "architecture:\n  transformer: { layers: 2, hiddenSize: 64, attentionHeads: 4, vocabSize: 10, moe: { experts: 2, activeExperts: 4 } }\n",
      "architecture.transformer.moe.activeExperts: expected at most experts (2), got 4",
    ],
    [
      "heads not divisible by KV heads",
      "architecture:\n  transformer: { layers: 2, hiddenSize: 64, attentionHeads: 4, kvHeads: 3, vocabSize: 10 }\n",
      "architecture.transformer.kvHeads: expected a divisor of attentionHeads (4), got 3",
    ],
    [
      "a likelihood of 7",
      "checklists:\n  bias-risk:\n    answers:\n      data.x: { status: open, likelihood: 7 }\n",
      "checklists.bias-risk.answers.data.x.likelihood: expected an integer from 1 to 5, got 7",
    ],
    [
      "an unknown answer status",
      "checklists:\n  bias-risk:\n    answers:\n      data.x: { status: maybe }\n",
      'expected one of done | open | not-applicable, got "maybe"',
    ],
    [
      "not-applicable without a justification",
      "checklists:\n  bias-risk:\n    answers:\n      data.x: { status: not-applicable }\n",
      "checklists.bias-risk.answers.data.x.justification: expected a justification when status is not-applicable",
    ],
    [
      "a huge string",
      `model:\n  description: "${"x".repeat(20_001)}"\n`,
      "expected at most 20000 characters, got 20001",
    ],
  ])("rejects %s", (_name, yaml, expected) => {
    const text = yaml.startsWith("model:")
      ? `schemaVersion: 1\n${yaml.replace("model:\n", "model:\n  name: T\n")}`
      : proposalWith(yaml);
    const lines = errorLines(text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
    expect(lines[0]).toMatch(/^p\.yaml:\d+:\d+ /);
  });
});

describe("YAML safety", () => {
  it.each([
    [
      "duplicate keys",
      "schemaVersion: 1\nschemaVersion: 1\n",
      "p.yaml:2:1 invalid YAML: duplicate key",
    ],
    [
      "a custom tag",
      "schemaVersion: 1\nmodel: !!binary aGVsbG8=\n",
      "p.yaml:2:17 YAML tag !!binary is not allowed; write plain values",
    ],
    [
      "a local tag",
      "schemaVersion: 1\nmodel: !evil x\n",
      "p.yaml:2:14 YAML tag !evil is not allowed; write plain values",
    ],
    [
      "an empty file",
      "",
      "p.yaml:1:1 file is empty; expected a YAML mapping with schemaVersion: 1",
    ],
    [
      "a top-level list",
      "- 1\n- 2\n",
      "p.yaml:1:1 expected a YAML mapping at the top level, got a list",
    ],
    [
      "a top-level scalar",
      "hello\n",
      "p.yaml:1:1 expected a YAML mapping at the top level, got a single value",
    ],
    [
      "two documents",
      "a: 1\n---\nb: 2\n",
      "p.yaml:2:1 invalid YAML: a proposal is one YAML document",
    ],
    ["a syntax error", "model: [1, 2\n", "p.yaml:2:1 invalid YAML: Flow sequence"],
    [
      "a __proto__ key",
      "schemaVersion: 1\nmodel: { name: X }\nchecklists:\n  b:\n    answers:\n      __proto__: { status: done }\n",
      'p.yaml:6:7 checklists.b.answers.__proto__: the key "__proto__" is not allowed',
    ],
  ])("rejects %s", (_name, yaml, expected) => {
    const lines = errorLines(yaml);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.slice(0, expected.length)).toBe(expected);
  });

  it("rejects an alias bomb without expanding it", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
      "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
      "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
      "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]",
      "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]",
      "j: &j [*i, *i, *i, *i, *i, *i, *i, *i, *i]",
      "k: &k [*j, *j, *j, *j, *j, *j, *j, *j, *j]",
      "l: &l [*k, *k, *k, *k, *k, *k, *k, *k, *k]",
    ].join("\n");
    const [line] = errorLines(bomb);
    expect(line).toMatch(/^p\.yaml:1:1 (too many YAML aliases|YAML aliases expand too far)/);
  });

  it("rejects nesting deeper than the limit", () => {
    const deep = `schemaVersion: 1\nmodel: { name: X }\nx: ${"[".repeat(40)}${"]".repeat(40)}\n`;
    expect(errorLines(deep)).toEqual(["p.yaml:1:1 nesting deeper than 32 levels"]);
  });

  it("refuses a mapping over the entry limit, and locates the keys of a large one", () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: 1`).join("\n");
    expect(
      errorLines(`schemaVersion: 1\nmodel: { name: X }\nx:\n${keys(1_001).replace(/^/gm, "  ")}\n`),
    ).toEqual(["p.yaml:4:3 a mapping with 1001 entries; the limit is 1000"]);
    // 300 unknown keys: each is located through one index of its mapping, in order.
    const lines = errorLines(`schemaVersion: 1\nmodel: { name: X }\n${keys(300)}\n`);
    expect(lines).toHaveLength(300);
    expect(lines[299]).toMatch(/^p\.yaml:302:1 k299: unknown field/);
  });

  it("refuses a document over the node limit", () => {
    const list = `[${Array.from({ length: 999 }, () => "1").join(", ")}]`;
    const lists = Array.from({ length: 21 }, (_, i) => `  l${i}: ${list}`).join("\n");
    expect(errorLines(`schemaVersion: 1\nmodel: { name: X }\nx:\n${lists}\n`)[0]).toBe(
      "p.yaml:1:1 more than 20000 YAML nodes; a proposal has a few hundred",
    );
    // Parsing 21,000 nodes takes well under a second, but CI machines can be slow and shared.
  }, 60_000);

  it("refuses a %YAML directive, which would bring back 1.1 merge keys and octals", () => {
    expect(errorLines("%YAML 1.1\n---\nschemaVersion: 1\nmodel: { name: X }\n")).toEqual([
      "p.yaml:1:1 YAML directives (%YAML) are not allowed; remove the line and the --- after it",
    ]);
  });

  it("does not pollute Object.prototype", () => {
    loadProposal("schemaVersion: 1\nmodel: { name: X }\n__proto__: { polluted: true }\n", "p.yaml");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects binary files, invalid UTF-8 and oversized files", () => {
    const lines = (bytes: Uint8Array) => loadProposal(bytes, "p.yaml").errors.map((e) => e.message);
    expect(lines(new Uint8Array([0x61, 0x00, 0x62]))).toEqual([
      "not a text file (it contains NUL bytes)",
    ]);
    expect(lines(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe]))).toEqual(["not valid UTF-8 text"]);
    expect(lines(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20))[0]).toMatch(/the limit is 1 MiB$/);
  });

  it("reads a byte-order mark and CRLF line ends", () => {
    const bytes = new TextEncoder().encode("\uFEFFschemaVersion: 1\r\nmodel:\r\n  name: Crlf\r\n");
    expect(loadProposal(bytes, "p.yaml").value?.model.name).toBe("Crlf");
  });
});

describe("scenarios", () => {
  const base = proposalWith("training:\n  precision: bf16\nscenarios:\n");

  it("validates each scenario merged over the base", () => {
    const result = loadProposal(
      `${base}  - name: fp8\n    overrides: { training: { precision: fp8 } }\n`,
      "p.yaml",
    );
    expect(result.errors).toEqual([]);
  });

  it("names the scenario, line and path of an unknown override", () => {
    expect(
      errorLines(`${base}  - name: fp8\n    overrides: { training: { precison: fp8 } }\n`),
    ).toEqual([
      'p.yaml:8:30 scenarios[fp8].overrides.training.precison: unknown field "precison"; did you mean "precision"?',
    ]);
  });

  it("names the scenario of an override that makes the proposal invalid", () => {
    expect(
      errorLines(`${base}  - name: big\n    overrides: { training: { acceleratorCount: -1 } }\n`),
    ).toEqual([
      "p.yaml:8:48 scenarios[big].overrides.training.acceleratorCount: expected a positive integer, got -1",
    ]);
  });

  it("refuses two scenarios with the same name", () => {
    const twice = "  - name: fp8\n    overrides: { training: { precision: fp8 } }\n";
    expect(errorLines(`${base}${twice}${twice}`)).toEqual([
      'p.yaml:9:11 scenarios[1].name: scenario name "fp8" is used twice',
    ]);
  });
});

describe("loadPolicy", () => {
  it("rejects a budget on an unknown figure", () => {
    const result = loadPolicy(
      "schemaVersion: 1\nbudgets:\n  - id: x\n    figure: energy.total\n    max: 5\n",
      "pol.yaml",
    );
    expect(result.errors.map((e) => `${e.line}:${e.column} ${e.path}`)).toEqual([
      "4:13 budgets[0].figure",
    ]);
  });

  it("fills defaults for statistic, scope and severity", () => {
    const result = loadPolicy(
      "schemaVersion: 1\nbudgets:\n  - id: x\n    figure: energy.trainingMWh\n    max: 5k\n",
      "pol.yaml",
    );
    expect(result.value?.budgets?.[0]).toEqual({
      id: "x",
      figure: "energy.trainingMWh",
      statistic: "value",
      max: 5000,
      appliesTo: "base",
      severity: "error",
    });
  });
});
