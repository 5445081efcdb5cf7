export { checkActuals } from "./actuals-rules.js";
export { checkBudgets, missingInputs, pathOfFigure } from "./budgets.js";
export { checkChecklists } from "./checklist-rules.js";
export { evaluatePolicy, type PolicySubject } from "./evaluate.js";
export { figuresReadBy } from "./figures-read.js";
export { type Finding, type PolicyResult, verdictOf } from "./finding.js";
export type { CheckContext } from "./formats/context.js";
export { formatGithub } from "./formats/github.js";
export { CHECK_FORMATS, type CheckFormat, formatCheck } from "./formats/index.js";
export { inert, inertCell, MAX_INERT_CHARS } from "./formats/inert.js";
export { formatJson } from "./formats/json.js";
export { formatJunit } from "./formats/junit.js";
export { checkHeadline, formatMarkdown } from "./formats/markdown.js";
export { formatSarif, SARIF_ROOT } from "./formats/sarif.js";
export { formatText } from "./formats/text.js";
export {
  type Analysis,
  type JudgedProposal,
  type JudgeInput,
  judgeProposal,
  policyChangedJudgement,
} from "./judge.js";
export {
  type InvalidFile,
  invalidFile,
  type JudgedFile,
  type Judgement,
  type LocatedError,
  type LocatedFinding,
  overallVerdict,
  tally,
  type Verdict,
} from "./judgement.js";
export { checkModelCard } from "./model-card-rules.js";
export { checkRequirements, withRequirements } from "./requirements.js";
export {
  describeRule,
  POLICY_DOCS_URL,
  policyRuleIds,
  type RuleDescription,
  ruleLevel,
} from "./rules.js";
