export {
  escapeControlCharacters,
  workflowCommandData,
  workflowCommandProperty,
} from "@forecard/schema";
export { UserError } from "../errors.js";
export { requirePolicy } from "../load-files.js";
export { FORECARD_VERSION } from "../version.js";
export { formatGithub } from "./github.js";
export { formatJson } from "./json.js";
export {
  type Analysis,
  type Judgement,
  type JudgeOptions,
  judge,
  type LocatedFinding,
} from "./judge.js";
export { formatJunit } from "./junit.js";
export { formatMarkdown } from "./markdown.js";
export { formatSarif } from "./sarif.js";
export { formatText } from "./text.js";
