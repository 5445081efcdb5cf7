import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { estimateWithScenarios } from "@forecard/core-estimates";
import {
  BUILTIN_CHECKLISTS,
  checklistStatus,
  factsFromProposal,
  regulatoryChecklistIds,
} from "@forecard/ethics-checklist";
import { loadProposal } from "@forecard/schema";
import puppeteer, { type Page } from "puppeteer-core";
import { BROWSER_ARGS, findBrowser } from "../src/browser.js";
import type { ReportInput } from "../src/view-model.js";

/** Repository root, for the examples. */
export const ROOT = new URL("../../../", import.meta.url);

/** Runs `use` on a new page of a Chromium launched as the renderer launches it, then closes it. */
export async function withPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    args: BROWSER_ARGS,
  });
  try {
    return await use(await browser.newPage());
  } finally {
    await browser.close();
  }
}

/** Builds a report input from YAML text the way the CLI does, with few samples for speed. */
export function inputFromYaml(yaml: string, file = "proposal.yaml"): ReportInput {
  const loaded = loadProposal(yaml, file);
  if (!loaded.value) throw new Error(loaded.errors.map((e) => e.message).join("; "));
  const proposal = loaded.value;
  const estimate = estimateWithScenarios(proposal, { samples: 200, seed: 1 });
  const facts = factsFromProposal(
    proposal,
    estimate.base.figures["compute.trainingFlops"]?.value,
    Object.keys(estimate.base.figures),
  );
  const answered = Object.keys(proposal.checklists ?? {});
  const ids = [
    ...answered,
    ...regulatoryChecklistIds(facts).filter((id) => !answered.includes(id)),
  ];
  const checklists = ids.flatMap((id) => {
    const checklist = BUILTIN_CHECKLISTS[id];
    return checklist ? [checklistStatus(checklist, proposal, facts, { today: "2026-11-26" })] : [];
  });
  return {
    proposal,
    file,
    sha256: createHash("sha256").update(yaml).digest("hex"),
    estimate,
    checklists,
    date: "2026-11-26",
    forecardVersion: "0.1.0",
    monteCarlo: { samples: 200, seed: 1 },
  };
}

/** A report input for one of the bundled examples. */
export function exampleInput(name: string): ReportInput {
  return inputFromYaml(readFileSync(new URL(`examples/${name}`, ROOT), "utf8"), `examples/${name}`);
}

/** A proposal whose every string field carries markup, template syntax and a network call. */
export const HOSTILE_YAML = `schemaVersion: 1
model:
  name: "Evil <script>document.title='pwned'</script> {{meta.sha256}}"
  organization: "<img src=http://127.0.0.1:PORT/org.png>"
  description: "<script>new Image().src='http://127.0.0.1:PORT/desc'</script> {{#each x}}loop{{/each}} & more"
  intendedUse: ["<iframe src='http://127.0.0.1:PORT/frame'></iframe>"]
  outOfScopeUse: ["{{{raw}}}"]
  license: "<b>bold</b>"
  contact: "javascript:alert(1)"
  tags: ["<svg onload=alert(1)>"]
architecture:
  parameters: 7B
training:
  tokens: 2T
  accelerator: nvidia-h100-sxm
  acceleratorCount: 512
datacenter:
  location: US
card:
  trainingData: "<link rel=stylesheet href=http://127.0.0.1:PORT/css>"
  caveats: ["<style>@import url(http://127.0.0.1:PORT/import)</style>"]
checklists:
  bias-risk:
    answers:
      data.representation:
        status: open
        owner: "<img src=http://127.0.0.1:PORT/owner.png>"
        likelihood: 4
        severity: 4
scenarios:
  - name: evil-scenario
    description: "<script>fetch('http://127.0.0.1:PORT/scenario')</script>"
    overrides: { datacenter: { location: SE } }
`;
