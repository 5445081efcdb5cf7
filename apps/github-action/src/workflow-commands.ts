// Workflow commands: data and property values are percent-escaped as GitHub's toolkit does, so
// text from input files cannot end a command or start another.
const data = (text: string) =>
  text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const property = (text: string) => data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

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
