import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.js';

export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Reads standard input to its end (`shipshape check -`); absent where there is none to read. */
  readStdin?: () => Promise<string>;
}

export interface Command {
  name: string;
  /** One line for `shipshape --help`. */
  summary: string;
  usage: string;
  /** Returns the exit code: 0 ok, 1 findings at or above the threshold (or a failed stage), 2 usage/config/internal. */
  run(argv: string[], io: CommandIO): Promise<number>;
}

/** node:util parseArgs with errors turned into usage errors that name the command. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    throw new UsageError(`${command}: ${message} (see \`shipshape ${command} --help\`)`);
  }
}
