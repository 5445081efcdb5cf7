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
  type RenderedDocuments,
  type RenderOptions,
  type ReportKind,
  renderDocuments,
  slugify,
} from "./documents.js";
export { frontMatter, frontMatterYaml, renderMarkdownCard } from "./markdown.js";
export { type Paper, type PdfJob, type PdfMetadata, PdfRenderer, type RenderLog } from "./pdf.js";
export { createTemplates, TEMPLATE_DIR, TemplateError } from "./templates.js";
export { buildView, type ReportInput, type ReportView } from "./view-model.js";
