import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { run } from "./run.js";
import { workflowCommand } from "./workflow-commands.js";

export { run };

// The runner starts this file with node; @github/local-action imports it and calls run() itself.
const started = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : "";
if (started === import.meta.url) {
  run().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(workflowCommand("error", `internal error (this is a bug): ${message}`));
    process.exitCode = 70;
  });
}
