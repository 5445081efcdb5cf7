/**
 * Ends the process with the exit code the command set, once standard output and standard error
 * have taken everything written to them (writes to a pipe are asynchronous on Windows).
 *
 * Why not let Node end when nothing is left to do: by then V8 has queued optimising compiles of
 * code the command has finished with, and Node waits for that background work before it exits,
 * about 30 ms of a 450 ms `check` here (measured). Every command awaits all of its own work (files
 * written, the browser closed) before its promise settles, so nothing of the command's is cut.
 */
export function exitWhenFlushed(): void {
  let open = 2;
  const flushed = () => {
    open -= 1;
    if (open === 0) process.exit();
  };
  // An empty write's callback runs after every write before it; on a closed stream it runs with
  // the error, which the stream's own error handler (closed-stdout.ts) has already dealt with.
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}
