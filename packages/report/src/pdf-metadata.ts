import { PDFDocument } from "pdf-lib";

/** Document metadata written into the PDF (title, author, subject, dates). */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Creation and modification date, YYYY-MM-DD (`--date`), so reruns match. */
  date: string;
  creator: string;
}

const TRAILER = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/;
const XREF_ENTRY = /^(\d{10}) (\d{5}) ([nf])\s*$/;

/**
 * Replaces Chromium's document information (its user agent, the print time) with Forecard's and
 * makes the structure-tree ids independent of what the page printed before.
 * @returns the PDF bytes: the same document with new metadata, byte-identical across runs.
 */
export async function withMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const text = stableStructureIds(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length));
  const rewritten = replaceInfo(text, infoDictionary(metadata));
  return rewritten === undefined
    ? withPdfLib(Buffer.from(text, "latin1"), metadata)
    : Buffer.from(rewritten, "latin1");
}

/**
 * Chromium names tagged elements after DOM node ids (`node00060463`), which count up for as long
 * as a page lives. Renaming them by rank keeps their order (the id tree stays sorted) and their
 * length (no byte offset moves), and makes a reused page print the same bytes as a fresh one.
 */
function stableStructureIds(bytes: Buffer): string {
  const text = bytes.toString("latin1");
  const ID = /\(node(\d{8})\)/g;
  const ids = [...new Set(Array.from(text.matchAll(ID), (m) => m[1] as string))].sort();
  if (ids.length === 0) return text;
  const rank = new Map(ids.map((id, i) => [id, String(i).padStart(8, "0")]));
  return text.replace(ID, (_, id: string) => `(node${rank.get(id)})`);
}

/** A PDF text string in UTF-16BE with a byte-order mark, as hex: safe for any character. */
function textString(value: string): string {
  let hex = "FEFF";
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, "0");
  return `<${hex.toUpperCase()}>`;
}

function infoDictionary(metadata: PdfMetadata): string {
  const date = `(D:${metadata.date.replaceAll("-", "")}000000Z)`;
  return [
    `/Title ${textString(metadata.title)}`,
    `/Author ${textString(metadata.author)}`,
    `/Subject ${textString(metadata.subject)}`,
    `/Keywords ${textString(metadata.keywords.join(" "))}`,
    `/Creator ${textString(metadata.creator)}`,
    `/Producer ${textString(`${metadata.creator} (Chromium)`)}`,
    `/CreationDate ${date}`,
    `/ModDate ${date}`,
  ].join("\n");
}

/**
 * Swaps the information dictionary of a PDF with one classic cross-reference table (what
 * Chromium writes) and shifts the offsets after it, without parsing the rest of the document.
 * @returns the new PDF as a latin1 string, or undefined when the file is laid out otherwise.
 */
function replaceInfo(text: string, dictionary: string): string | undefined {
  const trailer = TRAILER.exec(text.slice(-4096));
  const infoNumber = Number(/\/Info (\d+) 0 R/.exec(trailer?.[1] ?? "")?.[1]);
  const xrefAt = Number(trailer?.[2]);
  if (!trailer || !Number.isInteger(infoNumber) || !text.startsWith("xref", xrefAt)) return;
  const tableEnd = text.lastIndexOf("trailer");
  const lines = text.slice(xrefAt, tableEnd).split("\n");
  const entries: { line: number; offset: number; object: number }[] = [];
  let object = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const entry = XREF_ENTRY.exec(line);
    if (entry) {
      if (entry[3] === "n") entries.push({ line: i, offset: Number(entry[1]), object });
      object++;
    } else if (/^\d+ \d+\s*$/.test(line)) object = Number(line.split(" ")[0]);
    else if (line.trim() !== "") return;
  }
  const infoAt = entries.find((e) => e.object === infoNumber)?.offset;
  if (infoAt === undefined || !text.startsWith(`${infoNumber} 0 obj`, infoAt)) return;
  const infoEnd = text.indexOf("endobj", infoAt) + "endobj".length;
  if (infoEnd < "endobj".length || infoEnd > xrefAt) return;
  const info = `${infoNumber} 0 obj\n<<${dictionary}>>\nendobj`;
  const shift = info.length - (infoEnd - infoAt);
  for (const { line, offset } of entries) {
    if (offset > infoAt)
      lines[line] = (lines[line] as string).replace(
        /^\d{10}/,
        String(offset + shift).padStart(10, "0"),
      );
  }
  return `${text.slice(0, infoAt)}${info}${text.slice(infoEnd, xrefAt)}${lines.join("\n")}trailer\n<<${trailer[1]}>>\nstartxref\n${xrefAt + shift}\n%%EOF\n`;
}

/** The general path, for a PDF laid out other than Chromium's: parse and save the whole file. */
async function withPdfLib(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, {
    updateMetadata: false,
    parseSpeed: Number.POSITIVE_INFINITY,
  });
  const date = new Date(`${metadata.date}T00:00:00Z`);
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setCreator(metadata.creator);
  document.setProducer(`${metadata.creator} (Chromium, pdf-lib)`);
  document.setCreationDate(date);
  document.setModificationDate(date);
  return document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
