export { checkActuals } from "./actuals-rules.js";
export { checkBudgets, pathOfFigure } from "./budgets.js";
export { checkChecklists } from "./checklist-rules.js";
export { evaluatePolicy, type PolicySubject } from "./evaluate.js";
export { type Finding, type PolicyResult, verdictOf } from "./finding.js";
export { checkModelCard } from "./model-card-rules.js";
