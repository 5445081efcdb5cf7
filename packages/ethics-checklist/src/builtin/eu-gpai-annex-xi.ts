import { defineChecklist } from "./define.js";

const SYSTEMIC = { trainingFlopsAtLeast: 1e25, generalPurpose: true };
const GPAI = { generalPurpose: true };

/**
 * The built-in documentation checklist for general-purpose AI models: one item per point of EU AI
 * Act Annex XI (Section 1 for every provider, Section 2 for models with systemic risk), plus the
 * Art. 52–55 duties that sit beside it. Paraphrased, not quoted.
 */
export const EU_GPAI_ANNEX_XI = defineChecklist({
  id: "eu-gpai-annex-xi",
  version: "1.0.0",
  title: "EU AI Act Annex XI documentation for general-purpose models",
  description:
    "Whether the technical documentation Art. 53(1)(a) requires of a general-purpose model provider (Annex XI) and the duties of Art. 52–55 are in hand.",
  sections: [
    {
      id: "general",
      title: "Annex XI Section 1, point 1: general description",
      items: [
        {
          id: "general.tasks",
          question:
            "Are the tasks the model is meant to perform, and the kinds of AI systems it can be built into, described?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Annex XI 1(a)", "Art. 53(1)(a)"] },
          severity: "medium",
        },
        {
          id: "general.acceptable-use",
          question: "Is the acceptable use policy written and linked?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Annex XI 1(b)"] },
          severity: "medium",
        },
        {
          id: "general.release",
          question: "Are the release date and the methods of distribution stated?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Annex XI 1(c)"] },
          severity: "low",
        },
        {
          id: "general.architecture",
          question: "Are the architecture and the number of parameters documented?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Annex XI 1(d)"] },
          severity: "medium",
          answeredByFigures: ["parameters.total"],
        },
        {
          id: "general.modalities",
          question: "Are the input and output modalities and formats stated?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Annex XI 1(e)"] },
          severity: "low",
        },
        {
          id: "general.licence",
          question: "Is the licence stated?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Annex XI 1(f)"] },
          severity: "low",
        },
      ],
    },
    {
      id: "development",
      title: "Annex XI Section 1, point 2: development process",
      items: [
        {
          id: "development.integration",
          question:
            "Are the technical means needed to integrate the model into AI systems (instructions, infrastructure, tools) described?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Annex XI 2(a)", "Annex XII"] },
          severity: "medium",
        },
        {
          id: "development.design",
          question:
            "Are the design of the model and its training, the key choices with their rationale and assumptions, and what it optimises for documented?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Annex XI 2(b)"] },
          severity: "medium",
        },
        {
          id: "development.data",
          question:
            "Is the training, testing and validation data documented: type, provenance, curation, size, scope, how it was obtained, and how unsuitable sources and biases were detected?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Annex XI 2(c)"] },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "development.compute",
          question:
            "Are the computational resources used to train the model (FLOP, training time, other details) documented?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Annex XI 2(d)"] },
          severity: "medium",
          answeredByFigures: ["compute.trainingFlops", "time.wallClockDays"],
        },
        {
          id: "development.energy",
          question: "Is the known or estimated energy consumption of training documented?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Annex XI 2(e)"] },
          severity: "medium",
          answeredByFigures: ["energy.trainingMWh"],
        },
      ],
    },
    {
      id: "duties",
      title: "Art. 53: duties beside the documentation",
      items: [
        {
          id: "duties.downstream",
          question:
            "Is the information for downstream providers (Annex XII) ready to hand over: capabilities, limitations and integration?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Art. 53(1)(b)", "Annex XII"] },
          severity: "medium",
        },
        {
          id: "duties.copyright",
          question:
            "Is there a policy to comply with Union copyright law, including text-and-data-mining opt-outs?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Art. 53(1)(c)"] },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "duties.training-summary",
          question:
            "Is a sufficiently detailed public summary of the training content prepared (the AI Office template)?",
          appliesWhen: GPAI,
          references: { euAiAct: ["Art. 53(1)(d)"] },
          severity: "medium",
        },
      ],
    },
    {
      id: "systemic",
      title: "Systemic risk: Art. 52, Art. 55 and Annex XI Section 2",
      items: [
        {
          id: "systemic.notification",
          question:
            "Has the Commission been notified within two weeks of it becoming known that training will exceed 10^25 FLOP?",
          appliesWhen: SYSTEMIC,
          references: { euAiAct: ["Art. 51(2)", "Art. 52(1)"] },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "systemic.evaluation",
          question:
            "Are the evaluation strategies, criteria, metrics and results documented, including how limitations are identified?",
          appliesWhen: SYSTEMIC,
          references: { euAiAct: ["Annex XI S2 1", "Art. 55(1)(a)"] },
          severity: "high",
        },
        {
          id: "systemic.adversarial",
          question:
            "Are internal and external adversarial testing (red teaming) and model adaptations such as alignment and fine-tuning described?",
          appliesWhen: SYSTEMIC,
          references: { euAiAct: ["Annex XI S2 2", "Art. 55(1)(a)"] },
          severity: "high",
        },
        {
          id: "systemic.architecture",
          question:
            "Is the system architecture described: how software components build on or feed into each other and into the overall processing?",
          appliesWhen: SYSTEMIC,
          references: { euAiAct: ["Annex XI S2 3"] },
          severity: "medium",
        },
        {
          id: "systemic.risk-assessment",
          question: "Are systemic risks at Union level assessed and mitigated, with their sources?",
          appliesWhen: SYSTEMIC,
          references: { euAiAct: ["Art. 55(1)(b)"] },
          severity: "high",
        },
        {
          id: "systemic.incidents",
          question:
            "Is there a process to track and report serious incidents and corrective measures to the AI Office?",
          appliesWhen: SYSTEMIC,
          references: { euAiAct: ["Art. 55(1)(c)"] },
          severity: "high",
        },
        {
          id: "systemic.cybersecurity",
          question:
            "Are the model and its physical infrastructure protected to an adequate level of cybersecurity?",
          appliesWhen: SYSTEMIC,
          references: { euAiAct: ["Art. 55(1)(d)"] },
          severity: "high",
        },
      ],
    },
  ],
});
