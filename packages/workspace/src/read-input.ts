import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { isInside } from "@forecard/ethics-checklist";
import { MAX_FILE_BYTES } from "@forecard/schema";
import { UserError } from "./user-error.js";

// Standard input can be read once; a second `-` gets the same bytes.
let standardInput: Uint8Array | undefined;

// Read through the same bounded reader as files: `- < /dev/zero` stops at the limit.
function readStandardInput(): Uint8Array {
  standardInput ??= readAtMost(0, "-");
  return standardInput;
}

// The repository a path lies in, found without following links (checklists.ts's
// enclosingRepository resolves them): the nearest folder above it holding `.git`.
function repositoryAbove(file: string): string | undefined {
  for (let folder = dirname(resolve(file)); ; folder = dirname(folder)) {
    if (existsSync(join(folder, ".git"))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * Reads an input file as bytes (`-` is standard input), turning file-system failures into
 * one-line user errors. Only regular files are read (no device, FIFO or socket: `/dev/zero` never
 * ends, a FIFO never opens), through a reader that stops at the size limit whatever `stat` says; inside a git repository a
 * path that resolves outside it (a committed symbolic link) is refused, so no outside file's
 * content reaches public annotations.
 */
export function readInput(file: string): Uint8Array {
  if (file === "-") return readStandardInput();
  const root = repositoryAbove(file);
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    throw new UserError(`${file}: no such file`);
  }
  if (root && !isInside(realpathSync(root), real))
    throw new UserError(`${file}: links outside the repository (${root}); refusing to read it`);
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO cannot hang; fstat below refuses it.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new UserError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UserError(`${file}: is a folder; expected a YAML file`);
    if (!stat.isFile())
      throw new UserError(`${file}: is not a regular file (a device, pipe or socket)`);
    if (stat.size > MAX_FILE_BYTES)
      throw new UserError(
        `${file}:1:1 file is ${(stat.size / 1_048_576).toFixed(1)} MiB; the limit is 1 MiB`,
      );
    return readAtMost(fd, file);
  } finally {
    closeSync(fd);
  }
}

function readAtMost(fd: number, file: string): Uint8Array {
  const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
  let total = 0;
  try {
    for (;;) {
      const read = readSync(fd, buffer, total, buffer.length - total, null);
      if (read === 0) break;
      total += read;
      // stat may understate (a file still growing): the cap holds whatever it said.
      if (total > MAX_FILE_BYTES)
        throw new UserError(`${file}:1:1 file grew past 1 MiB while read; the limit is 1 MiB`);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  return buffer.subarray(0, total);
}
