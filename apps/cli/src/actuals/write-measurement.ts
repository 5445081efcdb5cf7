import type { Measurement } from "@forecard/schema";
import { isMap, isSeq, parseDocument } from "yaml";

/**
 * Puts a measurement summary under `actuals.measurements` of a proposal's YAML text and returns
 * the new text. Everything else (comments, order, quoting) is kept by editing the parsed document;
 * a summary of the same file (same name or SHA-256) is replaced, so importing twice is harmless.
 */
export function withMeasurement(text: string, measurement: Measurement): string {
  const doc = parseDocument(text, { version: "1.2" });
  const node = doc.createNode(measurement);
  const list = doc.getIn(["actuals", "measurements"]);
  if (!isSeq(list)) {
    if (!isMap(doc.get("actuals")) && isMap(doc.contents)) {
      // A new top-level section, set off by a blank line like the others.
      const key = doc.createNode("actuals");
      key.spaceBefore = true;
      doc.set(key, doc.createNode({}));
    }
    doc.setIn(["actuals", "measurements"], doc.createNode([measurement]));
  } else {
    const index = list.items.findIndex(
      (item) =>
        isMap(item) &&
        (item.get("sha256") === measurement.sha256 || item.get("file") === measurement.file),
    );
    if (index >= 0) list.items[index] = node;
    else list.items.push(node);
  }
  return doc.toString({ lineWidth: 0 });
}
