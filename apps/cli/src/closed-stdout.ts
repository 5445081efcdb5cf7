/**
 * Ends the command quietly when whatever reads its output goes away, as in
 * `forecard schema proposal | head`: the rest of the output has no reader, so it is dropped, and the
 * exit code is the one already decided (0 when none was). Without this Node crashes with EPIPE.
 */
export function endQuietlyWhenStdoutCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}
