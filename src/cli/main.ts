import { UsageError, describeError } from '../core/errors.js';
import { VERSION } from '../version.js';
import type { CommandIO } from './command.js';
import { COMMANDS } from './commands/index.js';

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `shipshape ${VERSION} — CI/CD kit and validation core`,
    '',
    'Usage: shipshape <command> [options]   (shipshape <command> --help for details)',
    '',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
  ].join('\n');
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`shipshape: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shipshape: ${error.message}\n`);
      return 2;
    }
    io.stderr(`shipshape: internal error: ${describeError(error)}\n`);
    if (io.env.SHIPSHAPE_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
