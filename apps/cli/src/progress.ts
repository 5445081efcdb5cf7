import cliProgress from "cli-progress";

/** Reports progress through a batch: a bar on a terminal, plain lines otherwise (CI logs). */
export interface Progress {
  done(message: string): void;
  fail(message: string): void;
  stop(): void;
}

/**
 * Whether a live bar suits the stream: an interactive terminal that is not a CI log, not a dumb
 * terminal, and whose user has not asked for plain output (NO_COLOR, https://no-color.org).
 */
export function wantsLiveProgress(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return stream.isTTY === true && !env.CI && env.TERM !== "dumb" && !env.NO_COLOR;
}

/** Creates the progress reporter suited to stderr and the environment. */
export function createProgress(
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): Progress {
  if (!wantsLiveProgress(stream, env)) {
    return {
      done: (message) => stream.write(`${message}\n`),
      fail: (message) => stream.write(`${message}\n`),
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "rendering [{bar}] {value}/{total} {last}",
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { last: "" });
  // The bar hides the cursor; an interrupt (Ctrl-C) exits without stopping it, so show it again.
  const showCursor = () => stream.write("\x1B[?25h");
  process.once("exit", showCursor);
  const failures: string[] = [];
  return {
    done: (message) => bar.increment({ last: message.slice(-50) }),
    fail: (message) => {
      failures.push(message);
      bar.increment({ last: "failed" });
    },
    stop: () => {
      process.removeListener("exit", showCursor);
      bar.stop();
      for (const f of failures) stream.write(`${f}\n`);
    },
  };
}
