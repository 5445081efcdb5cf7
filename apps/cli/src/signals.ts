/** Exit codes of a run stopped by a signal: 128 plus the signal's number, as shells report them. */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Runs `stop` on SIGINT, SIGTERM or SIGHUP, then exits with that signal's code (130, 143, 129),
 * so an interrupted batch leaves no temporary files and never reports success.
 * @returns a function that removes the handlers again.
 */
export function onTerminationSignal(stop: () => Promise<void> | void): () => void {
  const handlers = Object.entries(SIGNAL_EXIT_CODES).map(([signal, code]) => {
    const handler = () => {
      void Promise.resolve()
        .then(stop)
        .catch(() => undefined)
        .finally(() => process.exit(code));
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  };
}
