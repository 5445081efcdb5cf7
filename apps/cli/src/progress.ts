import cliProgress from "cli-progress";

/** Reports progress through a batch: a bar on a terminal, plain lines otherwise (CI logs). */
export interface Progress {
  done(message: string): void;
  fail(message: string): void;
  stop(): void;
}

/** Creates the progress reporter suited to stderr. */
export function createProgress(
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (!stream.isTTY) {
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
  const failures: string[] = [];
  return {
    done: (message) => bar.increment({ last: message.slice(-50) }),
    fail: (message) => {
      failures.push(message);
      bar.increment({ last: "failed" });
    },
    stop: () => {
      bar.stop();
      for (const f of failures) stream.write(`${f}\n`);
    },
  };
}
