/**
 * The contract of a CLI subcommand. Each subcommand lives in its own file and is registered by one line in
 * `main.ts`; commands write through `io` so tests capture the output without spawning a process.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  /** One line for the command list, e.g. "Lista de inbyggda mallarna". */
  summary: string;
  /** Usage line after the program name, e.g. "template <id> [--json]". */
  usage: string;
  /** Returns the exit status: 0 done, 1 failed on valid arguments (e.g. an unreadable file). */
  run(args: string[], io: CliIo): number | Promise<number>;
}

/** Thrown for bad arguments; `main` prints the message on one line and exits with status 2. */
export class UsageError extends Error {}
