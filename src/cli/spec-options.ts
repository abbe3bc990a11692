/**
 * CLI options derived from pipeline spec inputs (src/pipeline/spec.ts), so a flag has the input's name, its help
 * line is the input's description and default, and its value goes through the same parser as on GitHub and GitLab:
 *
 * - `--<name> <value>` for every input; a boolean input is `--<name>` (true) or `--no-<name>` (false), and
 *   `--<name>=true|false` is read by the shared boolean parser.
 * - Optionally a `SHIPSHAPE_<NAME>` variable when the flag is absent (the GitLab jobs pass inputs that way, so no
 *   input is ever interpolated into a script line).
 * - Old flag names stay as documented aliases.
 */
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.js';
import type { InputSpec } from '../pipeline/spec.js';
import { parseBoolean, parseInputs, type InputValue } from '../pipeline/validate.js';

export interface FlagAlias {
  /** The old flag, without `--`. */
  flag: string;
  /** The input it stands for. */
  input: string;
  /** For a boolean input: the value the bare flag sets. */
  value?: boolean;
  /** A repeatable string flag whose values are joined with newlines (for a one-per-line input). */
  multiple?: boolean;
}

export interface SpecFlags<N extends string = string> {
  inputs: readonly InputSpec<N>[];
  aliases?: readonly FlagAlias[];
  /** Read `SHIPSHAPE_<NAME>` when a flag is absent. */
  env?: boolean;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parseArgs option table for the inputs and their aliases. */
export function specParseOptions(flags: SpecFlags): Options {
  const options: Options = {};
  for (const input of flags.inputs) {
    if (input.type === 'boolean') {
      options[input.name] = { type: 'boolean' };
      options[`no-${input.name}`] = { type: 'boolean' };
    } else {
      options[input.name] = { type: 'string' };
    }
  }
  for (const alias of flags.aliases ?? []) {
    options[alias.flag] =
      alias.value === undefined
        ? { type: 'string', ...(alias.multiple ? { multiple: true } : {}) }
        : { type: 'boolean' };
  }
  return options;
}

/** Rewrites `--<boolean input>=value` into `--<name>` or `--no-<name>` (parseArgs takes no value for a boolean). */
export function normalizeBooleanFlags(command: string, flags: SpecFlags, argv: readonly string[]): string[] {
  try {
    return rewriteBooleanFlags(flags, argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(`${command}: ${error.message.replace(/^input "([^"]+)"/, '$1')}`);
  }
}

function rewriteBooleanFlags(flags: SpecFlags, argv: readonly string[]): string[] {
  const booleans = new Set(flags.inputs.filter((input) => input.type === 'boolean').map((input) => input.name));
  const out: string[] = [];
  for (const arg of argv) {
    if (arg === '--') {
      out.push(...argv.slice(argv.indexOf(arg)));
      break;
    }
    const match = /^--([a-z][a-z0-9-]*)=(.*)$/s.exec(arg);
    if (match && booleans.has(match[1]!)) {
      const name = match[1]!;
      out.push(parseBoolean(`--${name}`, match[2]!) ? `--${name}` : `--no-${name}`);
    } else {
      out.push(arg);
    }
  }
  return out;
}

const envName = (input: string): string => `SHIPSHAPE_${input.toUpperCase().replace(/-/g, '_')}`;

/** The raw text of one input as the flags (or the environment) give it; '' when absent. */
function rawValue(
  command: string,
  flags: SpecFlags,
  input: InputSpec,
  values: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
): string {
  const aliases = (flags.aliases ?? []).filter(
    (alias) => alias.input === input.name && values[alias.flag] !== undefined,
  );
  if (input.type === 'boolean') {
    const given = new Map<string, boolean>();
    if (values[input.name] === true) given.set(`--${input.name}`, true);
    if (values[`no-${input.name}`] === true) given.set(`--no-${input.name}`, false);
    for (const alias of aliases) if (values[alias.flag] === true) given.set(`--${alias.flag}`, alias.value!);
    if (new Set(given.values()).size > 1)
      throw new UsageError(`${command}: ${[...given.keys()].join(' and ')} contradict each other`);
    if (given.size > 0) return String([...given.values()][0]);
  } else {
    const parts: string[] = [];
    if (typeof values[input.name] === 'string') parts.push(values[input.name] as string);
    for (const alias of aliases) {
      const value = values[alias.flag];
      parts.push(...(Array.isArray(value) ? value.map(String) : [String(value)]));
    }
    if (parts.length > 0) return parts.join('\n');
  }
  return flags.env ? (env[envName(input.name)] ?? '') : '';
}

/**
 * Typed values of the inputs from parsed flags: absent or empty means the spec's default; a bad value is a usage
 * error naming the flag.
 */
export function readSpecFlags<N extends string>(
  command: string,
  flags: SpecFlags<N>,
  values: Record<string, unknown>,
  env: NodeJS.ProcessEnv = {},
): Record<N, InputValue> {
  const raw = new Map(flags.inputs.map((input) => [input.name, rawValue(command, flags, input, values, env)]));
  try {
    return parseInputs(flags.inputs, (name) => raw.get(name as N) ?? '') as Record<N, InputValue>;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(`${command}: ${error.message.replace(/^input "([^"]+)"/, '--$1')}`);
  }
}

function placeholder(input: InputSpec): string {
  if (input.type === 'choice') return ` <${input.options!.join('|')}>`;
  if (input.type === 'number') return ' <n>';
  return ' <value>';
}

/** Help lines: one per input (its spec description and default) and one per alias. */
export function specUsage(flags: SpecFlags): string {
  const rows: [string, string][] = flags.inputs.map((input) => {
    const flag = input.type === 'boolean' ? `--[no-]${input.name}` : `--${input.name}${placeholder(input)}`;
    const def =
      input.default === undefined
        ? ' [required]'
        : input.default === ''
          ? ''
          : ` [default: ${JSON.stringify(input.default).replace(/^"|"$/g, '')}]`;
    return [flag, `${input.description}${def}`];
  });
  for (const alias of flags.aliases ?? []) {
    const flag = alias.value === undefined ? `--${alias.flag} <value>` : `--${alias.flag}`;
    const target = alias.value === false ? `--no-${alias.input}` : `--${alias.input}`;
    rows.push([flag, `same as ${target}${alias.multiple ? ' (repeatable, one value per line of the input)' : ''}`]);
  }
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join('\n');
}
