import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { EnvironmentError } from "./errors.js";

// Temporary files being written right now; an interrupt removes them so none are left behind.
const inFlight = new Set<string>();

/** Removes temporary files of writes still in progress (on SIGINT). */
export function removeTemporaryFiles(): void {
  for (const file of inFlight) rmSync(file, { force: true });
  inFlight.clear();
}

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so no reader sees half a file.
 * @throws EnvironmentError when the folder cannot be written.
 */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  inFlight.add(temporary);
  try {
    writeFileSync(temporary, content, { flag: "wx" });
    renameSync(temporary, file);
    inFlight.delete(temporary);
  } catch (error) {
    rmSync(temporary, { force: true });
    inFlight.delete(temporary);
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    const fix = code === "ENOSPC" ? "free some disk space" : "choose a writable location";
    throw new EnvironmentError(`${file}: cannot be written (${code}); ${fix}`);
  }
}
