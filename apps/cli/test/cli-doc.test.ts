import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecard, ROOT } from "./run-cli.js";

// docs/cli.md is the command's contract for users; every command and option the command knows
// must be documented there, under its own command's section.
const doc = readFileSync(join(ROOT, "docs/cli.md"), "utf8");

/** The commands and options a --help text lists. */
function helpOf(args: string[]): { commands: string[]; options: string[] } {
  const text = forecard([...args, "--help"]).stdout;
  const section = (name: string) => text.split(`${name}:\n`)[1]?.split("\n\n")[0] ?? "";
  const commands = [...section("Commands").matchAll(/^ {2}([a-z]+)/gm)].map((m) => m[1] as string);
  const options = [...section("Options").matchAll(/--([a-z-]+)/g)].map((m) => `--${m[1]}`);
  return { commands: commands.filter((c) => c !== "help"), options };
}

/** The part of docs/cli.md about one command. */
const sectionOf = (command: string) =>
  doc.split(`### forecard ${command}\n`)[1]?.split("\n### ")[0] ?? "";

describe("docs/cli.md", () => {
  const top = helpOf([]);

  it("has a section for every command", () => {
    expect(top.commands.length).toBeGreaterThan(5);
    for (const command of top.commands) expect(sectionOf(command), command).not.toBe("");
  });

  it.each(top.commands)("documents every option of %s", (command) => {
    const { commands, options } = helpOf([command]);
    const section = sectionOf(command);
    for (const sub of commands) {
      expect(section, `${command} ${sub}`).toContain(`forecard ${command} ${sub}`);
      for (const option of helpOf([command, sub]).options.filter((o) => o !== "--help"))
        expect(section, `${command} ${sub} ${option}`).toContain(option);
    }
    for (const option of options.filter((o) => o !== "--help"))
      expect(section, `${command} ${option}`).toContain(option);
  });

  it("documents every exit code the command uses", async () => {
    const { ExitCode } = await import("../src/errors.js");
    for (const code of Object.values(ExitCode))
      expect(doc).toMatch(new RegExp(`^\\| ${code} +\\|`, "m"));
  });
});
