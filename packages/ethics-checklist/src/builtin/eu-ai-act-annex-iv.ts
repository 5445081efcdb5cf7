import { defineChecklist } from "./define.js";

/**
 * The built-in technical-documentation checklist: one item per point (and sub-point of point 2)
 * of EU AI Act Annex IV, paraphrased.
 */
export const EU_AI_ACT_ANNEX_IV = defineChecklist({
  id: "eu-ai-act-annex-iv",
  version: "1.0.0",
  title: "EU AI Act Annex IV technical documentation",
  description:
    "Whether the technical documentation that Art. 11(1) requires is complete, point by point.",
  sections: [
    {
      id: "general",
      title: "1. General description",
      items: [
        {
          id: "general.description",
          question:
            "Does the documentation describe the intended purpose, the provider, the version and how the system interacts with other hardware, software and AI?",
          references: { euAiAct: ["Annex IV 1"] },
          severity: "medium",
          evidenceRequired: true,
        },
        {
          id: "general.instructions",
          question:
            "Are the forms of placing on the market, the target hardware, the deployer interface and the instructions for use included?",
          references: { euAiAct: ["Annex IV 1", "Art. 13"] },
          severity: "medium",
        },
      ],
    },
    {
      id: "development",
      title: "2. Development process",
      items: [
        {
          id: "development.methods",
          question:
            "Are the development methods described, including pre-trained or third-party components used?",
          references: { euAiAct: ["Annex IV 2(a)"] },
          severity: "medium",
        },
        {
          id: "development.design-choices",
          question:
            "Are the design specifications, key choices, assumptions about the people concerned, and trade-offs documented?",
          references: { euAiAct: ["Annex IV 2(b)"] },
          severity: "medium",
        },
        {
          id: "development.architecture-compute",
          question:
            "Are the system architecture and the computational resources used to develop, train and test it described?",
          guidance: "The Forecard estimate of this proposal documents compute, time and energy.",
          references: { euAiAct: ["Annex IV 2(c)"] },
          severity: "medium",
          evidenceRequired: true,
        },
        {
          id: "development.data",
          question:
            "Are data requirements and datasheets given: provenance, scope, selection, labelling and cleaning?",
          references: { euAiAct: ["Annex IV 2(d)", "Art. 10"] },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "development.human-oversight",
          question:
            "Is the assessment of the human-oversight measures needed under Art. 14 included?",
          references: { euAiAct: ["Annex IV 2(e)", "Art. 14"] },
          severity: "medium",
        },
        {
          id: "development.predetermined-changes",
          question: "Are pre-determined changes to the system and its performance described?",
          references: { euAiAct: ["Annex IV 2(f)"] },
          severity: "low",
        },
        {
          id: "development.validation",
          question:
            "Are validation and testing procedures, data, metrics (including discriminatory impacts) and dated, signed test logs included?",
          references: { euAiAct: ["Annex IV 2(g)"] },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "development.cybersecurity",
          question: "Are the cybersecurity measures in place described?",
          references: { euAiAct: ["Annex IV 2(h)", "Art. 15"] },
          severity: "medium",
        },
      ],
    },
    {
      id: "operation",
      title: "3-4. Monitoring, functioning and metrics",
      items: [
        {
          id: "operation.capabilities",
          question:
            "Are capabilities and limitations described, including accuracy for the specific persons or groups it is used on?",
          references: { euAiAct: ["Annex IV 3"] },
          severity: "high",
        },
        {
          id: "operation.risks",
          question:
            "Are foreseeable unintended outcomes and risks to health, safety, fundamental rights and of discrimination described?",
          references: { euAiAct: ["Annex IV 3"] },
          severity: "high",
        },
        {
          id: "operation.metrics",
          question: "Is the appropriateness of the chosen performance metrics explained?",
          references: { euAiAct: ["Annex IV 4"] },
          severity: "medium",
        },
      ],
    },
    {
      id: "management",
      title: "5-9. Risk management, changes, standards, conformity, post-market",
      items: [
        {
          id: "management.risk-system",
          question: "Is the risk-management system of Art. 9 described?",
          references: { euAiAct: ["Annex IV 5", "Art. 9"] },
          severity: "high",
        },
        {
          id: "management.lifecycle-changes",
          question: "Are relevant changes made through the lifecycle recorded?",
          references: { euAiAct: ["Annex IV 6"] },
          severity: "low",
        },
        {
          id: "management.standards",
          question:
            "Are the harmonised standards applied listed, or the other solutions adopted described?",
          references: { euAiAct: ["Annex IV 7"] },
          severity: "medium",
        },
        {
          id: "management.declaration",
          question: "Is a copy of the EU declaration of conformity (Art. 47) included?",
          references: { euAiAct: ["Annex IV 8", "Art. 47"] },
          severity: "medium",
        },
        {
          id: "management.post-market",
          question: "Is the post-market monitoring system and plan (Art. 72) described?",
          references: { euAiAct: ["Annex IV 9", "Art. 72"] },
          severity: "high",
        },
      ],
    },
  ],
});
