import { readFileSync, statSync } from "node:fs";
import { MAX_FILE_BYTES } from "@forecard/schema";
import { UserError } from "./user-error.js";

// Standard input can be read once; a second `-` gets the same bytes.
let standardInput: Uint8Array | undefined;

function readStandardInput(): Uint8Array {
  if (!standardInput) {
    try {
      standardInput = readFileSync(0);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      throw new UserError(`-: standard input cannot be read (${code})`);
    }
  }
  if (standardInput.byteLength > MAX_FILE_BYTES) {
    const mib = (standardInput.byteLength / 1_048_576).toFixed(1);
    throw new UserError(`-:1:1 input is ${mib} MiB; the limit is 1 MiB`);
  }
  return standardInput;
}

/**
 * Reads an input file as bytes (`-` is standard input), turning file-system failures into
 * one-line user errors.
 */
export function readInput(file: string): Uint8Array {
  if (file === "-") return readStandardInput();
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UserError(`${file}: is a folder; expected a YAML file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file}: no such file`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new UserError(
      `${file}:1:1 file is ${(size / 1_048_576).toFixed(1)} MiB; the limit is 1 MiB`,
    );
  }
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UserError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}
