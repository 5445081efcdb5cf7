export {
  type LoadedCalibration,
  policyCalibration,
  proposalCalibration,
  readCalibrationFile,
} from "./calibration-file.js";
export {
  builtinChecklist,
  enclosingRepository,
  proposalChecklists,
  refuseFutureReviews,
  repositoryRoot,
} from "./checklists.js";
export { type GatePolicy, loadGatePolicy } from "./gate-policy.js";
export { fetchCommit, fileAtRevision, gitTopLevel, hasCommit } from "./git.js";
export { type JudgeFileOptions, judgeFile, judgeFiles } from "./judge-file.js";
export {
  detectKind,
  estimateOrRefuse,
  type FileKind,
  loadFile,
  requirePolicy,
  requireProposal,
} from "./load-files.js";
export { readInput } from "./read-input.js";
export { UserError } from "./user-error.js";
