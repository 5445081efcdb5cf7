import { workflowCommandData, workflowCommandProperty } from "@forecard/schema";

// Workflow commands: control characters escaped and data and property values percent-encoded, so
// text from input files (a file= path included) cannot end a command or start another.
const data = workflowCommandData;
const property = workflowCommandProperty;

/** One workflow command line, e.g. `::warning title=forecard::message`. */
export function workflowCommand(
  command: "error" | "warning" | "notice",
  message: string,
  properties: Record<string, string | number> = { title: "forecard" },
): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${property(String(value))}`)
    .join(",");
  return `::${command}${props ? ` ${props}` : ""}::${data(message)}\n`;
}
