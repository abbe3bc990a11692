import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import type { FailOn } from '../../core/config.js';
import { InputError as SharedInputError, isInside } from '../shared/inputs.js';
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
  if (/[\0\r\n]/.test(value)) throw new InputError(input, `${JSON.stringify(value)} contains a line break or NUL; give one path per line`);
}

/** Splits a list input: one item per line or comma-separated; blank items dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\r\n,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function existingFile(input: CheckInputName, value: string, root: string): string {
  checkPathText(input, value);
  const path = resolve(root, value);
  if (!existsSync(path) || !statSync(path).isFile()) throw new InputError(input, `file "${value}" not found in ${root}`);
  return path;
}

/**
 * Parses the inputs (as `core.getInput` returns them, trimmed; empty means unset) into one checked context.
 * `env` supplies GITHUB_WORKSPACE and RUNNER_TEMP.
 */
export function parseInputs(read: (name: CheckInputName) => string, env: NodeJS.ProcessEnv, cwd = process.cwd()): CheckContext {
  const get = (name: CheckInputName): string => read(name).trim() || String(CHECK_INPUTS[name].default ?? '');

  const workspace = resolve(cwd, env.GITHUB_WORKSPACE || '.');
  const workingDirectory = get('working-directory');
  checkPathText('working-directory', workingDirectory);
  const root = resolve(workspace, workingDirectory);
  if (!isInside(workspace, root)) throw new InputError('working-directory', `"${workingDirectory}" is outside the workspace ${workspace}`);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new InputError('working-directory', `"${workingDirectory}" is not a folder in ${workspace}`);

  const paths = splitList(get('paths')).map((path) => {
    if (path.includes('\0')) throw new InputError('paths', `${JSON.stringify(path)} contains NUL`);
    const absolute = resolve(root, path);
    if (!isInside(root, absolute)) throw new InputError('paths', `"${path}" is outside working-directory ${root}`);
    if (!existsSync(absolute)) throw new InputError('paths', `"${path}" does not exist in ${root}`);
    return relative(root, absolute).split(sep).join('/') || '.';
  });
  if (paths.length === 0) throw new InputError('paths', 'give at least one file or folder');

  const config = get('config');
  const failOn = get('fail-on');
  if (failOn && !CHECK_FAIL_ON.includes(failOn as FailOn)) throw new InputError('fail-on', `must be one of ${CHECK_FAIL_ON.join(', ')}, not "${failOn}"`);
  const format = get('format');
  if (!FORMATS[format]) throw new InputError('format', `must be one of ${Object.keys(FORMATS).join(', ')}, not "${format}"`);
  const sarif = get('sarif-file');
  if (sarif) checkPathText('sarif-file', sarif);
  const baseline = get('baseline');

  return {
    workspace,
    root,
    paths,
    ...(config ? { configPath: existingFile('config', config, root) } : {}),
    ...(failOn ? { failOn: failOn as FailOn } : {}),
    format,
    sarifFile: sarif ? resolve(root, sarif) : join(env.RUNNER_TEMP || tmpdir(), 'shipshape.sarif'),
    ...(baseline ? { baselinePath: existingFile('baseline', baseline, root) } : {}),
  };
}

/** Reads the action's inputs from the runner's environment. */
export function getInputs(): CheckContext {
  return parseInputs((name) => core.getInput(name), process.env);
}
