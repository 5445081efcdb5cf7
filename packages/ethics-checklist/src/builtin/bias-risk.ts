import { defineChecklist } from "./define.js";

const SYSTEMIC = { trainingFlopsAtLeast: 1e25 };

/**
 * The built-in bias-risk checklist: 55 items across the lifecycle of a large model, written for
 * Forecard. Each item is tagged with the EU AI Act provisions, NIST AI RMF 1.0 subcategories,
 * deon items and Suresh & Guttag (2021) bias sources it relates to.
 */
export const BIAS_RISK = defineChecklist({
  id: "bias-risk",
  version: "1.0.0",
  title: "Bias and fairness risk review",
  description:
    "Questions a review board asks of a proposed large model before training, from framing to monitoring. Answer each item in the proposal; open items carry their risk into the report.",
  sections: [
    {
      id: "framing",
      title: "Problem framing",
      items: [
        {
          id: "framing.intended-use",
          question:
            "Are the intended uses, intended users and out-of-scope uses written down precisely enough to test against?",
          guidance:
            "Name tasks, user populations and settings. 'General assistant' is not testable; 'drafting customer-support replies in five EU languages' is.",
          references: {
            euAiAct: ["Annex IV 1(a)", "Art. 13(3)(b)(i)"],
            nistAiRmf: ["MAP 1.1"],
            biasSource: ["deployment"],
          },
          severity: "medium",
          evidenceRequired: true,
        },
        {
          id: "framing.affected-groups",
          question:
            "Have the groups of people the model can affect been identified, including people who never use it directly?",
          guidance:
            "List users, subjects of generated content, and communities whose language or data appear in training. Say how each was identified.",
          references: {
            euAiAct: ["Art. 9(2)(a)"],
            nistAiRmf: ["MAP 5.1"],
            deon: ["C.1"],
            biasSource: ["historical"],
          },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "framing.harm-analysis",
          question:
            "Has each foreseeable harm been rated for likelihood and severity, including harms to fundamental rights?",
          guidance:
            "Record the rating in this checklist's likelihood and severity fields and link the full analysis.",
          references: {
            euAiAct: ["Art. 9(2)(a)", "Art. 9(2)(b)", "Annex IV 3"],
            nistAiRmf: ["MAP 5.1"],
          },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "framing.diverse-team",
          question:
            "Did people with varied backgrounds and the relevant domain expertise shape the problem definition?",
          references: { nistAiRmf: ["GOVERN 3.1"], deon: ["C.1"], biasSource: ["historical"] },
          severity: "medium",
        },
        {
          id: "framing.proxy-objective",
          question:
            "Has the gap between the training objective and what users actually value been examined?",
          guidance:
            "Next-token loss and preference scores are proxies. Say which behaviours they reward that users would not want.",
          references: { nistAiRmf: ["MAP 1.1"], deon: ["D.3"], biasSource: ["measurement"] },
          severity: "medium",
        },
        {
          id: "framing.scale-justified",
          question:
            "Was a smaller or existing model considered, and is the extra scale justified by the expected benefit?",
          guidance:
            "Compare predicted quality gains with the footprint in the impact report (scaling section).",
          references: { euAiAct: ["Annex IV 2(b)"], nistAiRmf: ["MAP 1.1"] },
          severity: "medium",
        },
      ],
    },
    {
      id: "data",
      title: "Data collection",
      items: [
        {
          id: "data.provenance",
          question:
            "Is the origin of every training-data source recorded, with its licence and collection date?",
          references: {
            euAiAct: ["Art. 10(2)(b)", "Annex IV 2(d)", "Annex XI 1.2"],
            nistAiRmf: ["MAP 4.1"],
          },
          severity: "medium",
          evidenceRequired: true,
        },
        {
          id: "data.consent",
          question:
            "Were the people whose data are used informed, or is another lawful basis for using their data documented?",
          appliesWhen: { usesPersonalData: true },
          references: { euAiAct: ["Art. 10(5)"], nistAiRmf: ["MEASURE 2.10"], deon: ["A.1"] },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "data.representation",
          question:
            "Does the corpus cover the languages, dialects, regions and groups of the intended users in proportion to their use?",
          guidance:
            "Report token shares by language and, where measurable, by region and dialect; compare them with the intended user base.",
          references: {
            euAiAct: ["Art. 10(3)", "Art. 10(4)"],
            nistAiRmf: ["MAP 2.3"],
            deon: ["C.2"],
            biasSource: ["representation"],
          },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "data.historical-bias",
          question:
            "Have stereotypes and historical inequities present in the sources been examined?",
          references: {
            euAiAct: ["Art. 10(2)(f)"],
            nistAiRmf: ["MEASURE 2.11"],
            deon: ["A.2"],
            biasSource: ["historical"],
          },
          severity: "high",
        },
        {
          id: "data.collection-bias",
          question:
            "Could the way data were gathered (crawl seeds, platforms, opt-outs) over- or under-sample some groups?",
          references: { euAiAct: ["Art. 10(2)(f)"], deon: ["A.2"], biasSource: ["representation"] },
          severity: "medium",
        },
        {
          id: "data.pii-exposure",
          question: "Is personal information minimised, filtered or pseudonymised before training?",
          appliesWhen: { usesPersonalData: true },
          references: { euAiAct: ["Art. 10(5)"], nistAiRmf: ["MEASURE 2.10"], deon: ["A.3"] },
          severity: "high",
        },
        {
          id: "data.retention",
          question:
            "Is there a retention and deletion plan, including a way to honour requests to be forgotten?",
          appliesWhen: { usesPersonalData: true },
          references: { deon: ["B.2", "B.3"], nistAiRmf: ["MEASURE 2.10"] },
          severity: "medium",
        },
        {
          id: "data.security",
          question:
            "Are training data stored and moved with access controls that match their sensitivity?",
          references: { nistAiRmf: ["MEASURE 2.7"], deon: ["B.1"] },
          severity: "medium",
        },
        {
          id: "data.copyright",
          question:
            "Is there a policy to identify and respect rights reservations (text-and-data-mining opt-outs)?",
          appliesWhen: { generalPurpose: true },
          references: { euAiAct: ["Art. 53(1)(c)"], nistAiRmf: ["MAP 4.1"] },
          severity: "medium",
          evidenceRequired: true,
        },
        {
          id: "data.public-summary",
          question: "Has a public summary of the content used for training been prepared?",
          appliesWhen: { generalPurpose: true },
          references: { euAiAct: ["Art. 53(1)(d)"] },
          severity: "medium",
        },
      ],
    },
    {
      id: "labelling",
      title: "Labelling and preference data",
      items: [
        {
          id: "labelling.guidelines",
          question:
            "Are annotation guidelines written and piloted, and do they settle ambiguous cases?",
          references: { euAiAct: ["Art. 10(2)(c)", "Annex IV 2(d)"], biasSource: ["measurement"] },
          severity: "medium",
        },
        {
          id: "labelling.annotator-diversity",
          question:
            "Do annotators and raters reflect the range of perspectives the labels must capture?",
          references: { nistAiRmf: ["GOVERN 3.1"], deon: ["C.1"], biasSource: ["measurement"] },
          severity: "medium",
        },
        {
          id: "labelling.agreement",
          question:
            "Is inter-annotator agreement measured, and is disagreement analysed by group rather than averaged away?",
          references: { nistAiRmf: ["MEASURE 2.11"], biasSource: ["measurement", "aggregation"] },
          severity: "medium",
        },
        {
          id: "labelling.welfare",
          question:
            "Are annotators paid fairly and protected from prolonged exposure to harmful content?",
          references: { nistAiRmf: ["GOVERN 1.1"] },
          severity: "medium",
        },
        {
          id: "labelling.preference-data",
          question:
            "For preference or feedback data, are raters' instructions and backgrounds documented?",
          appliesWhen: { generalPurpose: true },
          references: { euAiAct: ["Annex XI 2"], biasSource: ["measurement", "learning"] },
          severity: "medium",
        },
      ],
    },
    {
      id: "preparation",
      title: "Data preparation",
      items: [
        {
          id: "preparation.filtering-impact",
          question:
            "Has the effect of quality and toxicity filters on dialects and minority groups been measured?",
          guidance:
            "Filters trained on 'standard' text tend to drop dialectal and minority-language content; report what share of each was removed.",
          references: {
            euAiAct: ["Art. 10(2)(c)", "Art. 10(2)(f)"],
            nistAiRmf: ["MAP 2.3"],
            biasSource: ["representation"],
          },
          severity: "high",
        },
        {
          id: "preparation.contamination",
          question: "Are duplicates removed and evaluation benchmarks checked for contamination?",
          references: { euAiAct: ["Annex XI 1.2"], biasSource: ["evaluation"] },
          severity: "medium",
        },
        {
          id: "preparation.data-gaps",
          question:
            "Are known gaps and shortcomings of the data documented together with how they are addressed?",
          references: { euAiAct: ["Art. 10(2)(h)"], deon: ["C.2"], biasSource: ["representation"] },
          severity: "medium",
        },
        {
          id: "preparation.mixture",
          question: "Is the data mixture (domain and language weights) documented and justified?",
          references: { euAiAct: ["Annex IV 2(d)", "Annex XI 1.2"] },
          severity: "low",
        },
        {
          id: "preparation.special-categories",
          question:
            "If special categories of personal data are processed to detect bias, are the safeguards of Art. 10(5) in place?",
          appliesWhen: { usesPersonalData: true },
          references: { euAiAct: ["Art. 10(5)"], nistAiRmf: ["MEASURE 2.10"] },
          severity: "high",
        },
      ],
    },
    {
      id: "training",
      title: "Training",
      items: [
        {
          id: "training.mitigation-choices",
          question:
            "Were bias mitigations in training (reweighting, balanced sampling, constraints) considered, and the choice recorded?",
          references: {
            euAiAct: ["Art. 10(2)(g)", "Annex IV 2(b)"],
            deon: ["D.2"],
            biasSource: ["learning"],
          },
          severity: "medium",
        },
        {
          id: "training.amplification",
          question:
            "Is bias tracked across checkpoints so that amplification during training is noticed?",
          references: { nistAiRmf: ["MEASURE 2.11"], biasSource: ["learning"] },
          severity: "medium",
        },
        {
          id: "training.alignment",
          question:
            "Are alignment and fine-tuning steps documented, including whose values the preference data encode?",
          appliesWhen: { generalPurpose: true },
          references: { euAiAct: ["Annex XI 2"], biasSource: ["learning"] },
          severity: "medium",
        },
        {
          id: "training.reproducibility",
          question:
            "Are code, configuration and data versions recorded so that the run can be audited?",
          references: { euAiAct: ["Art. 12", "Annex IV 2(c)"], deon: ["C.5"] },
          severity: "low",
        },
      ],
    },
    {
      id: "evaluation",
      title: "Evaluation",
      items: [
        {
          id: "evaluation.disaggregated",
          question:
            "Are quality metrics reported per language, dialect, gender and other relevant groups, including their intersections?",
          guidance:
            "Aggregate scores hide failures on small groups. Report each group's result with its sample size and interval.",
          references: {
            euAiAct: ["Art. 13(3)(b)(v)", "Annex IV 3"],
            nistAiRmf: ["MEASURE 2.11"],
            deon: ["D.2"],
            biasSource: ["evaluation", "aggregation"],
          },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "evaluation.benchmark-fit",
          question: "Do the benchmarks represent the intended users, languages and uses?",
          references: { nistAiRmf: ["MAP 2.3"], deon: ["D.3"], biasSource: ["evaluation"] },
          severity: "medium",
        },
        {
          id: "evaluation.stereotypes",
          question:
            "Is the model tested for stereotyped or demeaning outputs about groups of people?",
          guidance:
            "Use published probes (for example BBQ or StereoSet) and in-house probes in each supported language.",
          references: { nistAiRmf: ["MEASURE 2.11"], biasSource: ["historical"] },
          severity: "high",
        },
        {
          id: "evaluation.proxy-discrimination",
          question:
            "Could outputs treat people differently through proxies such as names, dialect or place of residence?",
          references: { nistAiRmf: ["MEASURE 2.11"], deon: ["D.1"], biasSource: ["measurement"] },
          severity: "high",
        },
        {
          id: "evaluation.uncertainty",
          question:
            "Are intervals reported, and are differences between groups tested for significance?",
          references: { deon: ["C.3"], nistAiRmf: ["MEASURE 2.5"] },
          severity: "medium",
        },
        {
          id: "evaluation.human-review",
          question: "Were evaluation results reviewed by people from the affected groups?",
          references: { nistAiRmf: ["MEASURE 2.2"], deon: ["C.1"], biasSource: ["evaluation"] },
          severity: "medium",
        },
        {
          id: "evaluation.red-teaming",
          question:
            "Has adversarial testing, including by external testers, tried to elicit biased and hateful output?",
          appliesWhen: SYSTEMIC,
          references: { euAiAct: ["Art. 55(1)(a)", "Annex XI 2"], nistAiRmf: ["MEASURE 2.6"] },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "evaluation.systemic-risk",
          question:
            "Have possible systemic risks at Union level, including large-scale discrimination, been assessed and mitigated?",
          appliesWhen: SYSTEMIC,
          references: { euAiAct: ["Art. 55(1)(b)"], nistAiRmf: ["MAP 5.1"] },
          severity: "high",
          evidenceRequired: true,
        },
      ],
    },
    {
      id: "deployment",
      title: "Deployment",
      items: [
        {
          id: "deployment.documentation",
          question:
            "Do the instructions for use state performance per group and the known limitations?",
          references: { euAiAct: ["Art. 13(3)(b)(v)"], nistAiRmf: ["MEASURE 2.8"], deon: ["D.5"] },
          severity: "medium",
        },
        {
          id: "deployment.human-oversight",
          question:
            "Are deployers told how to keep people in control and how to guard against automation bias?",
          references: { euAiAct: ["Art. 14(4)(b)", "Annex IV 2(e)"], biasSource: ["deployment"] },
          severity: "medium",
        },
        {
          id: "deployment.misuse",
          question:
            "Are foreseeable misuses listed in an acceptable-use policy, with controls that enforce it?",
          references: { euAiAct: ["Annex XI 1.1"], deon: ["E.4"], biasSource: ["deployment"] },
          severity: "high",
        },
        {
          id: "deployment.biometric",
          question:
            "Is the model kept out of prohibited and high-risk uses such as biometric categorisation and emotion recognition?",
          references: { euAiAct: ["Art. 5(1)"], biasSource: ["deployment"] },
          severity: "high",
        },
        {
          id: "deployment.transparency",
          question:
            "Are people told when they interact with the model, and is generated content marked as such?",
          appliesWhen: { deployment: ["public", "restricted"] },
          references: { euAiAct: ["Art. 50"], nistAiRmf: ["MEASURE 2.8"] },
          severity: "medium",
        },
        {
          id: "deployment.downstream-information",
          question:
            "Do downstream providers receive the information they need to meet their own obligations?",
          appliesWhen: { generalPurpose: true },
          references: { euAiAct: ["Art. 53(1)(b)", "Annex XII"], deon: ["A.4"] },
          severity: "medium",
        },
        {
          id: "deployment.rollback",
          question:
            "Can a release be rolled back, or the model withdrawn, quickly when a harm is found?",
          references: { nistAiRmf: ["MANAGE 2.4"], deon: ["E.3"] },
          severity: "medium",
        },
      ],
    },
    {
      id: "monitoring",
      title: "Monitoring",
      items: [
        {
          id: "monitoring.disparities",
          question: "Are outputs monitored after release for disparities between groups?",
          references: {
            euAiAct: ["Art. 72"],
            nistAiRmf: ["MANAGE 4.1"],
            deon: ["E.1"],
            biasSource: ["deployment"],
          },
          severity: "high",
        },
        {
          id: "monitoring.redress",
          question: "Can users and affected people report harms and obtain redress?",
          references: { nistAiRmf: ["MEASURE 3.3"], deon: ["E.2"] },
          severity: "medium",
        },
        {
          id: "monitoring.incidents",
          question:
            "Is there a process to record serious incidents and report them to the authorities?",
          references: { euAiAct: ["Art. 73", "Art. 55(1)(c)"], nistAiRmf: ["MANAGE 4.3"] },
          severity: "high",
        },
        {
          id: "monitoring.feedback-loops",
          question:
            "Could the model's outputs flow back into future training data and entrench its biases?",
          references: { euAiAct: ["Art. 15(4)"], biasSource: ["deployment", "historical"] },
          severity: "medium",
        },
        {
          id: "monitoring.residual-risk",
          question: "Are residual risks documented and accepted by a named, accountable person?",
          references: { euAiAct: ["Art. 9(5)"], nistAiRmf: ["MANAGE 1.4"] },
          severity: "medium",
          evidenceRequired: true,
        },
      ],
    },
    {
      id: "gpai",
      title: "Large and general-purpose models",
      items: [
        {
          id: "gpai.capability-evaluation",
          question:
            "Are dangerous capabilities (chemical, biological, cyber, persuasion) evaluated before release?",
          appliesWhen: SYSTEMIC,
          references: { euAiAct: ["Art. 55(1)(a)", "Annex XI 2"], nistAiRmf: ["MEASURE 2.6"] },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "gpai.cybersecurity",
          question:
            "Are the weights and training infrastructure protected to a level that matches the model's systemic risk?",
          appliesWhen: SYSTEMIC,
          references: { euAiAct: ["Art. 55(1)(d)"], nistAiRmf: ["MEASURE 2.7"] },
          severity: "high",
        },
        {
          id: "gpai.multilingual-parity",
          question:
            "Are safety mitigations as effective in every supported language as in the best-covered one?",
          appliesWhen: { multilingual: true },
          references: { nistAiRmf: ["MEASURE 2.11"], biasSource: ["representation", "evaluation"] },
          severity: "high",
        },
        {
          id: "gpai.open-weights",
          question:
            "If weights are released, has the risk of fine-tuning away safeguards been assessed?",
          appliesWhen: { generalPurpose: true },
          references: { nistAiRmf: ["MAP 5.1"], biasSource: ["deployment"] },
          severity: "medium",
        },
        {
          id: "gpai.downstream-bias-testing",
          question:
            "Do downstream adopters get guidance and tools to test for bias in their own context?",
          appliesWhen: { generalPurpose: true },
          references: { euAiAct: ["Annex XII"], deon: ["A.4"], biasSource: ["deployment"] },
          severity: "medium",
        },
      ],
    },
  ],
});
