export {
  BROWSER_ENV_VARIABLES,
  BrowserNotFoundError,
  findBrowser,
  KNOWN_BROWSER_PATHS,
} from "./browser.js";
export { heatMap } from "./charts/heat-map.js";
export { lossChart } from "./charts/loss-chart.js";
export { rangeChart } from "./charts/range-chart.js";
export { escapeXml } from "./charts/svg.js";
export { tornadoChart } from "./charts/tornado-chart.js";
export {
  documentKinds,
  type RenderedDocuments,
  type RenderOptions,
  type ReportKind,
  renderDocuments,
  showsCalibration,
} from "./documents.js";
export { HUB_LICENSES, isHubLicense } from "./hub-licenses.js";
export {
  emissionsGrams,
  frontMatter,
  frontMatterYaml,
  HUB_EMISSIONS_FIGURE,
  renderMarkdownCard,
} from "./markdown.js";
export { NO_SCREEN_LAYOUT, withStyle } from "./page-chrome.js";
export { type Paper, type PdfJob, type PdfMetadata, PdfRenderer, type RenderLog } from "./pdf.js";
export { slugify } from "./slug.js";
export { type ModelStatus, STATUS_WORDING } from "./status-wording.js";
export { createTemplates, TEMPLATE_DIR, TemplateError } from "./templates.js";
export { buildView, type ReportInput, type ReportView } from "./view-model.js";
