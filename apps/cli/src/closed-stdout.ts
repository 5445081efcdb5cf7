/** Exit code when the output is cut before the command decided one: 128 + SIGPIPE, as shells report it. */
export const CLOSED_OUTPUT_EXIT_CODE = 141;

/**
 * Ends the command quietly when whatever reads its output (stdout or stderr) goes away, as in
 * `forecard schema proposal | head`: the rest of the output has no reader, so it is dropped. The
 * exit code is the one already decided (a check's verdict stands); when none was, 141, so a run
 * cut short never reads as success, nor as 1 ("policy failed"). Without this Node crashes with EPIPE.
 */
export function endQuietlyWhenStdoutCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
      process.exit(process.exitCode ?? CLOSED_OUTPUT_EXIT_CODE);
    });
  }
}
