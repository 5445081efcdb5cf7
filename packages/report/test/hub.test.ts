import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PIPELINE_TYPES } from "@huggingface/tasks";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
// The Hub's card-metadata type; the package does not re-export it, so it is imported from its file.
import type { ApiModelMetadata } from "../node_modules/@huggingface/hub/dist/src/types/api/api-model.js";
import { renderDocuments } from "../src/documents.js";
import { HUB_LICENSES } from "../src/hub-licenses.js";
import { emissionsGrams, HUB_EMISSIONS_FIGURE } from "../src/markdown.js";
import { exampleInput, inputFromYaml } from "./fixtures.js";

// The Hub's own license list: the `License` union of @huggingface/hub's published types.
function hubLicenseUnion(): string[] {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve("@huggingface/hub"));
  const types = readFileSync(join(dist, "src/types/public.d.ts"), "utf8");
  const union = /export type License = ([^;]+);/.exec(types)?.[1] ?? "";
  return [...union.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
}

function frontMatterText(markdown: string): string {
  return markdown.split("---\n")[1] ?? "";
}

const NORWEGIAN = `schemaVersion: 1
model:
  name: "Norsk 7B"
  license: MIT
  languages: ["no", "en", "on", "yes"]
  tags: ["off"]
  pipelineTag: text-generation
  datasets: ["NbAiLab/NCC"]
  baseModel: ["meta-llama/Llama-2-7b-hf"]
architecture: { parameters: 7B }
training: { tokens: 2T, accelerator: nvidia-a100-80gb, acceleratorHours: 100000 }
datacenter: { location: "NO" }
`;

describe("Hugging Face metadata", () => {
  it("keeps the bundled license list equal to @huggingface/hub's License type", () => {
    expect([...HUB_LICENSES].sort()).toEqual(hubLicenseUnion().sort());
  });

  it("loads with a YAML 1.1 reader to the types the Hub expects", () => {
    const md = renderDocuments(inputFromYaml(NORWEGIAN), { kind: "card", paper: "a4" })
      .modelCardMarkdown as string;
    // YAML 1.1 (PyYAML, which huggingface_hub uses) reads bare no/yes/on/off as booleans.
    const meta = parse(frontMatterText(md), { version: "1.1" }) as ApiModelMetadata;
    expect(meta.language).toEqual(["no", "en", "on", "yes"]);
    expect(meta.tags).toContain("off");
    expect(meta.license).toBe("mit");
    expect(HUB_LICENSES).toContain(meta.license);
    expect(PIPELINE_TYPES).toContain(meta.pipeline_tag);
    expect(meta.datasets).toEqual(["NbAiLab/NCC"]);
    expect(meta.base_model).toBe("meta-llama/Llama-2-7b-hf");
    const co2 = meta.co2_eq_emissions as { emissions: number; training_type: string };
    expect(typeof co2.emissions).toBe("number");
    expect(co2.training_type).toBe("fine-tuning");
  });

  it("maps a license the Hub does not list to other with license_name and license_link", () => {
    const yaml = NORWEGIAN.replace(
      "license: MIT",
      "license: Proprietary\n  licenseLink: https://example.org/license",
    );
    const md = renderDocuments(inputFromYaml(yaml), { kind: "card", paper: "a4" })
      .modelCardMarkdown as string;
    const meta = parse(frontMatterText(md), { version: "1.1" }) as ApiModelMetadata;
    expect(meta.license).toBe("other");
    expect(meta.license_name).toBe("proprietary");
    expect(meta.license_link).toBe("https://example.org/license");
  });

  it("gives emissions in grams to 3 significant figures, the same number the body prints", () => {
    const input = exampleInput("atlas-100t-dense.yaml");
    const md = renderDocuments(input, { kind: "card", paper: "a4" }).modelCardMarkdown as string;
    const meta = parse(frontMatterText(md), { version: "1.1" }) as ApiModelMetadata;
    const tonnes = input.estimate.base.figures[HUB_EMISSIONS_FIGURE]?.value ?? 0;
    const grams = (meta.co2_eq_emissions as { emissions: number }).emissions;
    expect(grams).toBe(emissionsGrams(tonnes));
    expect(Number(grams.toPrecision(3))).toBe(grams);
    expect(md.split("---\n").slice(2).join("---\n")).toContain(
      `${grams.toLocaleString("en-US")} g CO2e`,
    );
  });

  const pyyaml = spawnSync("python3", ["-c", "import yaml"]).status === 0;
  it.skipIf(!pyyaml)("parses the same way in PyYAML, the loader huggingface_hub uses", () => {
    const md = renderDocuments(inputFromYaml(NORWEGIAN), { kind: "card", paper: "a4" })
      .modelCardMarkdown as string;
    const out = execFileSync(
      "python3",
      ["-c", "import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())))"],
      { input: frontMatterText(md), encoding: "utf8" },
    );
    const meta = JSON.parse(out);
    expect(meta.language).toEqual(["no", "en", "on", "yes"]);
    expect(meta.license).toBe("mit");
    expect(typeof meta.co2_eq_emissions.emissions).toBe("number");
  });
});
