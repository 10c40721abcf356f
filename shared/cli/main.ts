import "./messages";
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { withoutControls } from "../agenda/text";
import { t } from "../i18n/i18n";
import { agendaCommand } from "./agenda";
import { analyseCommand } from "./analyse";
import { type CliIo, type Command, UsageError } from "./command";
import { deadlineCommand } from "./deadline";
import { templateCommand, templatesCommand } from "./templates";

/**
 * `node dist/cli.js <command> …`: the shared core from the command line. Each subcommand is one line here;
 * its code lives in its own file under `shared/cli/`.
 */
export const commands: Record<string, Command> = {
  templates: templatesCommand,
  template: templateCommand,
  deadline: deadlineCommand,
  agenda: agendaCommand,
  analyze: analyseCommand,
};

const PROGRAM = "node dist/cli.js";

function help(): string {
  const width = Math.max(...Object.values(commands).map((command) => command.usage.length));
  const lines = Object.values(commands).map(
    (command) => `  ${command.usage.padEnd(width)}  ${command.summary}`,
  );
  return `${t("core.cli.usage", { program: PROGRAM })}\n\n${t("core.cli.commands")}\n${lines.join("\n")}\n\n${t(
    "core.cli.helpHint",
    { program: PROGRAM },
  )}\n`;
}

/** Runs one command line (without "node" and the script) and returns the exit status. Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(`${t("core.cli.noCommand", { program: PROGRAM })}\n`);
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`${t("core.cli.unknownCommand", { name, program: PROGRAM })}\n`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.out(`${t("core.cli.commandUsage", { program: PROGRAM, usage: command.usage })}\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    io.err(`${t("core.cli.failed", { message: error instanceof Error ? error.message : String(error) })}\n`);
    return 1;
  }
}

// What the CLI prints comes from files: no escape sequence or control character reaches the terminal.
const nodeIo: CliIo = {
  out: (text) => process.stdout.write(withoutControls(text)),
  err: (text) => process.stderr.write(withoutControls(text)),
};

/** Piped into `head`, the reader goes away: stop quietly instead of printing a stack trace. */
function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  exitQuietlyOnClosedPipe();
  process.exitCode = await run(process.argv.slice(2), nodeIo);
}
