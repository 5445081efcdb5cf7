import { runAction } from "./main.js";

// The action's entry: report unexpected failures as one annotation rather than a stack dump.
runAction().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(
      `::error title=forecard::internal error (this is a bug): ${message.replace(/\n/g, "%0A")}\n`,
    );
    process.exitCode = 70;
  },
);
