import * as core from '@actions/core';
import { SURFACES } from '../../pipeline/spec.js';
import { parseInputs, resolveWorkingDirectory } from '../../pipeline/validate.js';

export interface SetupContext {
  /** Absolute project directory. */
  dir: string;
  cache: boolean;
  install: boolean;
  installCommand: string;
}

export const SURFACE = SURFACES.find((surface) => surface.path === 'actions/setup/action.yml')!;

/** Every input parsed and validated once; the rest of the action only sees this typed context. */
export function readContext(env: NodeJS.ProcessEnv = process.env): SetupContext {
  const values = parseInputs(SURFACE.inputs, (name) => core.getInput(name, { trimWhitespace: false }));
  return {
    dir: resolveWorkingDirectory(env.GITHUB_WORKSPACE || process.cwd(), String(values['working-directory'])),
    cache: values.cache === true,
    install: values.install === true,
    installCommand: String(values['install-command']).trim(),
  };
}
