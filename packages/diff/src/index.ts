export { type ActualChange, type ActualsDiff, actualsChanges } from "./actuals.js";
export {
  describeFigure,
  diffProposals,
  type FigureDelta,
  figureDeltas,
  type InputChange,
  inputChanges,
  type ProposalDiff,
  type StatusChange,
  statusChanges,
} from "./compare.js";
export { DIFF_MARKER, type DiffMarkdownOptions, formatDiffMarkdown } from "./markdown.js";
