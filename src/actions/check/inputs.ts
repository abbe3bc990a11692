import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import type { FailOn } from '../../core/config.js';
import { actionScope, resolveArgumentPath, resolveReadPath, resolveWritePath } from '../../core/paths.js';
import { InputError as SharedInputError } from '../shared/inputs.js';
import { FORMATS } from '../../formats/index.js';
import { CHECK_ACTION_INPUTS, inputsByName } from '../../pipeline/spec.js';

/** Every input of the root action.yml, from the pipeline spec (which generates action.yml). */
export const CHECK_INPUTS = inputsByName(CHECK_ACTION_INPUTS);

export type CheckInputName = (typeof CHECK_ACTION_INPUTS)[number]['name'];

export const CHECK_FAIL_ON: readonly FailOn[] = ['error', 'warning', 'note', 'never'];

/** Everything the action needs, parsed and checked once. All paths are absolute. */
export interface CheckContext {
  /** The checkout ($GITHUB_WORKSPACE): SARIF and annotation paths are relative to it. */
  workspace: string;
  /** working-directory: the repository root for config lookup and `paths`. */
  root: string;
  /** Relative to root, forward slashes. */
  paths: string[];
  configPath?: string;
  failOn?: FailOn;
  format: string;
  sarifFile: string;
  baselinePath?: string;
}

/** Input errors name the input; shared with the other actions. */
export class InputError extends SharedInputError<CheckInputName> {}

function checkPathText(input: CheckInputName, value: string): void {
  if (/[\0\r\n]/.test(value))
    throw new InputError(input, `${JSON.stringify(value)} contains a line break or NUL; give one path per line`);
}

/** Splits a list input: one item per line or comma-separated; blank items dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\r\n,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Parses the inputs (as `core.getInput` returns them, trimmed; empty means unset) into one checked context.
 * `env` supplies GITHUB_WORKSPACE and RUNNER_TEMP.
 */
export function parseInputs(
  read: (name: CheckInputName) => string,
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
): CheckContext {
  const get = (name: CheckInputName): string => read(name).trim() || String(CHECK_INPUTS[name].default ?? '');

  const workspace = resolve(cwd, env.GITHUB_WORKSPACE || '.');
  const workingDirectory = get('working-directory');
  checkPathText('working-directory', workingDirectory);
  // Every path input goes through core/paths.ts: reads inside the workspace, writes there or in RUNNER_TEMP.
  const root = resolveReadPath(
    'input "working-directory"',
    workingDirectory,
    actionScope(workspace, workspace, env),
    'directory',
  );
  const scope = actionScope(workspace, root, env);

  const paths = splitList(get('paths')).map((path) => {
    const absolute = resolveArgumentPath('input "paths"', path, { ...scope, read: [root] });
    return relative(root, absolute).split(sep).join('/') || '.';
  });
  if (paths.length === 0) throw new InputError('paths', 'give at least one file or folder');

  const config = get('config');
  const failOn = get('fail-on');
  if (failOn && !CHECK_FAIL_ON.includes(failOn as FailOn))
    throw new InputError('fail-on', `must be one of ${CHECK_FAIL_ON.join(', ')}, not "${failOn}"`);
  const format = get('format');
  if (!FORMATS[format])
    throw new InputError('format', `must be one of ${Object.keys(FORMATS).join(', ')}, not "${format}"`);
  const sarif = get('sarif-file');
  const baseline = get('baseline');

  return {
    workspace,
    root,
    paths,
    ...(config ? { configPath: resolveReadPath('input "config"', config, scope) } : {}),
    ...(failOn ? { failOn: failOn as FailOn } : {}),
    format,
    sarifFile: sarif
      ? resolveWritePath('input "sarif-file"', sarif, scope)
      : join(env.RUNNER_TEMP || tmpdir(), 'shipshape.sarif'),
    ...(baseline ? { baselinePath: resolveReadPath('input "baseline"', baseline, scope) } : {}),
  };
}

/** Reads the action's inputs from the runner's environment. */
export function getInputs(): CheckContext {
  return parseInputs((name) => core.getInput(name), process.env);
}
