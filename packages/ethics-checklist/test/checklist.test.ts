import { type Checklist, loadProposal, type Proposal, proposalSchema } from "@forecard/schema";
import { describe, expect, it } from "vitest";
import {
  BIAS_RISK,
  BUILTIN_CHECKLISTS,
  ENVIRONMENTAL,
  EU_AI_ACT_ANNEX_IV,
} from "../src/builtin/index.js";
import { confinedPath } from "../src/confine.js";
import { applies, factsFromProposal } from "../src/facts.js";
import { rateRisk } from "../src/risk.js";
import { checklistStatus } from "../src/status.js";
import { answerTemplate } from "../src/template.js";

const TODAY = "2026-11-26";

function proposal(fields: Record<string, unknown> = {}): Proposal {
  return proposalSchema.parse({ schemaVersion: 1, model: { name: "T" }, ...fields });
}

const items = (id: string) => BUILTIN_CHECKLISTS[id]?.sections.flatMap((s) => s.items) ?? [];

describe("built-in checklists", () => {
  it("ship bias-risk with at least 40 items across the lifecycle", () => {
    expect(items("bias-risk").length).toBeGreaterThanOrEqual(40);
    expect(BIAS_RISK.sections.map((s) => s.id)).toEqual([
      "framing",
      "data",
      "labelling",
      "preparation",
      "training",
      "evaluation",
      "deployment",
      "monitoring",
      "gpai",
    ]);
  });

  it("ship environmental and Annex IV checklists", () => {
    expect(
      items(ENVIRONMENTAL.id).some((i) => i.references?.euAiAct?.includes("Annex XI 1.2")),
    ).toBe(true);
    const annex = items(EU_AI_ACT_ANNEX_IV.id).flatMap((i) => i.references?.euAiAct ?? []);
    for (const point of [
      "Annex IV 1",
      "Annex IV 2(a)",
      "Annex IV 2(h)",
      "Annex IV 3",
      "Annex IV 4",
      "Annex IV 9",
    ]) {
      expect(annex).toContain(point);
    }
  });

  it("tag every bias-risk item with at least one framework reference", () => {
    for (const item of items("bias-risk")) {
      const refs = item.references ?? {};
      const count =
        (refs.euAiAct?.length ?? 0) + (refs.nistAiRmf?.length ?? 0) + (refs.deon?.length ?? 0);
      expect(count, item.id).toBeGreaterThan(0);
    }
  });
});

describe("applicability", () => {
  const systemic = items("bias-risk").find((i) => i.id === "evaluation.red-teaming");
  const personal = items("bias-risk").find((i) => i.id === "data.consent");
  const multilingual = items("bias-risk").find((i) => i.id === "gpai.multilingual-parity");
  const base = factsFromProposal(proposal());

  it.each([
    [
      "compute at 1e25 FLOPs triggers systemic-risk items (EU AI Act Art. 51)",
      systemic,
      { trainingFlops: 1e25 },
      true,
    ],
    ["compute below 1e25 FLOPs skips them", systemic, { trainingFlops: 9.9e24 }, false],
    ["unknown compute keeps them, to be safe", systemic, { trainingFlops: undefined }, true],
    ["personal data triggers consent", personal, { usesPersonalData: true }, true],
    ["no personal data skips consent", personal, { usesPersonalData: false }, false],
    ["several languages trigger parity", multilingual, { multilingual: true }, true],
    ["one language skips parity", multilingual, { multilingual: false }, false],
  ])("%s", (_name, item, facts, expected) => {
    expect(item !== undefined && applies(item, { ...base, ...facts })).toBe(expected);
  });

  it("reads facts from the proposal, cautious where it is silent", () => {
    expect(
      factsFromProposal(proposal({ model: { name: "T", languages: ["en", "fr"] } }), 5e24),
    ).toEqual({
      trainingFlops: 5e24,
      usesPersonalData: true,
      deployment: "public",
      generalPurpose: true,
      multilingual: true,
    });
  });
});

describe("risk rating", () => {
  it.each([
    [1, 4, "low"],
    [1, 5, "medium"],
    [3, 4, "medium"],
    [3, 5, "high"],
    [4, 4, "high"],
    [5, 5, "high"],
  ])("rates likelihood %d x severity %d as %s", (l, s, level) => {
    expect(rateRisk(l, s)?.level).toBe(level);
  });

  it("does not rate a risk without both scales", () => {
    expect(rateRisk(3, undefined)).toBeUndefined();
  });
});

describe("checklistStatus", () => {
  const answered = proposal({
    model: { name: "T", usesPersonalData: false },
    checklists: {
      "bias-risk": {
        answers: {
          "framing.affected-groups": {
            status: "done",
            evidence: "notes",
            reviewedAt: "2026-09-01",
            likelihood: 3,
            severity: 4,
            residualLikelihood: 2,
            residualSeverity: 2,
          },
          "data.representation": { status: "open", likelihood: 4, severity: 4 },
          "evaluation.disaggregated": { status: "done", reviewedAt: "2024-01-01" },
          "deployment.biometric": { status: "not-applicable", justification: "text only" },
          "data.removed-item": { status: "done" },
        },
      },
    },
  });
  const status = checklistStatus(BIAS_RISK, answered, factsFromProposal(answered, 1e26), {
    today: TODAY,
  });
  const byId = Object.fromEntries(status.items.map((i) => [i.id, i]));

  it("counts completeness over applicable items, not-applicable answers included", () => {
    const applicable = status.items.filter((i) => i.applicable).length;
    expect(status.summary.applicable).toBe(applicable);
    expect(status.summary.completeness).toBeCloseTo(3 / applicable, 12);
  });

  it("skips items whose conditions fail", () => {
    expect(byId["data.consent"]?.applicable).toBe(false);
    expect(byId["evaluation.red-teaming"]?.applicable).toBe(true);
  });

  it("uses the residual risk when given, else the inherent, else the default severity", () => {
    expect(byId["framing.affected-groups"]?.level).toBe("low");
    expect(byId["data.representation"]?.level).toBe("high");
    expect(byId["framing.harm-analysis"]).toMatchObject({
      rated: false,
      level: "high",
      status: "unanswered",
    });
  });

  it("counts open and unanswered items by level", () => {
    const pending = status.items.filter(
      (i) => i.applicable && (i.status === "open" || i.status === "unanswered"),
    );
    expect(status.summary.openByLevel.high).toBe(pending.filter((i) => i.level === "high").length);
    expect(status.summary.openByLevel.high).toBeGreaterThan(0);
  });

  it("flags stale answers against an injected today, and done answers never reviewed", () => {
    expect(byId["evaluation.disaggregated"]?.stale).toBe(true);
    expect(byId["framing.affected-groups"]?.stale).toBe(false);
    const older = checklistStatus(BIAS_RISK, answered, factsFromProposal(answered), {
      today: "2027-12-01",
    });
    expect(older.items.find((i) => i.id === "framing.affected-groups")?.stale).toBe(true);
  });

  it("flags done answers without the evidence their item requires", () => {
    expect(byId["evaluation.disaggregated"]?.missingEvidence).toBe(true);
    expect(byId["framing.affected-groups"]?.missingEvidence).toBe(false);
  });

  it("reports answers to item ids the checklist does not have", () => {
    expect(status.orphans).toEqual(["data.removed-item"]);
  });

  it("ticks a reference only when every applicable item citing it is settled and current", () => {
    // framing.affected-groups is done, but framing.harm-analysis (also MAP 5.1) is unanswered.
    expect(status.coverage.nistAiRmf["MAP 5.1"]).toBe(false);
    expect(status.coverage.nistAiRmf["MANAGE 4.3"]).toBe(false);
    expect(status.coverage.euAiAct["Art. 5(1)"]).toBe(true);
    const settled = checklistStatus(
      BIAS_RISK,
      proposal({
        model: { name: "T" },
        checklists: {
          "bias-risk": {
            answers: {
              "framing.affected-groups": { status: "done", reviewedAt: "2026-09-01" },
              "framing.harm-analysis": { status: "done", reviewedAt: "2020-01-01" },
            },
          },
        },
      }),
      factsFromProposal(answered, 1e26),
      { today: TODAY },
    );
    // Both settled, but one answer is stale: still no tick.
    expect(settled.coverage.nistAiRmf["MAP 5.1"]).toBe(false);
  });

  it("crosswalks a general-purpose model to Chapter V, and other models to the high-risk frame", () => {
    expect(Object.keys(status.coverage.euAiAct).some((r) => r.startsWith("Annex IV"))).toBe(false);
    expect(Object.keys(status.coverage.euAiAct).some((r) => r.startsWith("Annex XI"))).toBe(true);
    const notGeneral = proposal({ model: { name: "T", generalPurpose: false } });
    const other = checklistStatus(BIAS_RISK, notGeneral, factsFromProposal(notGeneral, 1e26), {
      today: TODAY,
    });
    expect(Object.keys(other.coverage.euAiAct).some((r) => r.startsWith("Annex IV"))).toBe(true);
    expect(Object.keys(other.coverage.euAiAct).some((r) => r.startsWith("Annex XI"))).toBe(false);
  });

  it("answers an unanswered item from figures the documents disclose", () => {
    const bare = proposal({ model: { name: "T" } });
    const facts = factsFromProposal(bare, 1e26, ["energy.trainingMWh"]);
    const env = checklistStatus(ENVIRONMENTAL, bare, facts, { today: TODAY });
    const energy = env.items.find((i) => i.id === "disclose.energy");
    expect(energy).toMatchObject({ status: "done", answeredFrom: "disclosed" });
    expect(energy?.evidence).toContain("energy.trainingMWh");
    const without = checklistStatus(ENVIRONMENTAL, bare, factsFromProposal(bare, 1e26), {
      today: TODAY,
    });
    expect(without.items.find((i) => i.id === "disclose.energy")?.status).toBe("unanswered");
  });

  it("explains a version change: new items open, old answers orphaned", () => {
    const old = proposal({
      checklists: {
        "bias-risk": { version: "0.9.0", answers: { "data.gone": { status: "done" } } },
      },
    });
    const migrated = checklistStatus(BIAS_RISK, old, factsFromProposal(old), { today: TODAY });
    expect(migrated.orphans).toEqual(["data.gone"]);
    expect(migrated.notes[0]).toMatch(
      /given against bias-risk 0\.9\.0; the checklist is now 1\.0\.0: \d+ items unanswered, 1 answer no longer matches/,
    );
  });

  it("does not mutate its inputs", () => {
    const copy = structuredClone(answered);
    checklistStatus(BIAS_RISK, answered, factsFromProposal(answered), { today: TODAY });
    expect(answered).toEqual(copy);
  });
});

describe("answerTemplate", () => {
  it.each(Object.keys(BUILTIN_CHECKLISTS))(
    "gives a %s skeleton that validates pasted as is below checklists:",
    (id) => {
      const checklist = BUILTIN_CHECKLISTS[id] as Checklist;
      const result = loadProposal(
        `schemaVersion: 1\nmodel: { name: T }\nchecklists:\n${answerTemplate(checklist)}`,
        "t.yaml",
      );
      expect(result.errors).toEqual([]);
      expect(Object.keys(result.value?.checklists?.[id]?.answers ?? {})).toHaveLength(
        checklist.sections.flatMap((s) => s.items).length,
      );
    },
  );
});

describe("confinedPath", () => {
  const root = "/repo";
  it.each([
    ["checklists/custom.yaml", "/repo/proposals/checklists/custom.yaml"],
    ["../common/custom.yaml", "/repo/common/custom.yaml"],
    ["/repo/x.yaml", "/repo/x.yaml"],
  ])("accepts %s inside the repository", (source, expected) => {
    expect(confinedPath(root, "/repo/proposals", source)).toBe(expected);
  });

  it.each(["../../etc/passwd", "/etc/passwd", "../../repo-other/x.yaml", "x\0.yaml"])(
    "refuses %j",
    (source) => {
      expect(confinedPath(root, "/repo/proposals", source)).toBeUndefined();
    },
  );
});
