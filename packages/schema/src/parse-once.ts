/**
 * Zod parse options for a document read once: without zod's eval-compiled fast path, whose
 * compiling costs more than it saves on the few documents a command reads (about 60 ms of the
 * `check` command's start-up, measured with `pnpm bench`'s cold-start command).
 */
export const PARSE_ONCE = { jitless: true } as const;
