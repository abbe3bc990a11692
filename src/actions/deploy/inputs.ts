import * as core from '@actions/core';
import { SURFACES } from '../../pipeline/spec.js';
import { parseInputs } from '../../pipeline/validate.js';
import { parseDeployConfig, parseRollbackConfig, type DeployConfig } from '../../stages/deploy/config.js';

const surface = (path: string) => SURFACES.find((candidate) => candidate.path === path)!;
export const DEPLOY_SURFACE = surface('actions/deploy/action.yml');
export const ROLLBACK_SURFACE = surface('actions/rollback/action.yml');

/** Inputs checked against the spec (types, choices, patterns), secrets masked before anything is logged. */
function readInputs(inputs: typeof DEPLOY_SURFACE.inputs): (name: string) => string | undefined {
  for (const secret of ['webhook-url', 'ssh-private-key', 'kubeconfig']) {
    const value = core.getInput(secret);
    if (value) core.setSecret(value);
  }
  // The image repository is lower-cased like the build action does (`ghcr.io/${{ github.repository }}` may be mixed-case).
  const values = parseInputs(inputs, (name) => (name === 'image' ? core.getInput(name).toLowerCase() : core.getInput(name, { trimWhitespace: false })));
  return (name) => (values[name] === undefined ? undefined : String(values[name]));
}

export function readDeployConfig(env: NodeJS.ProcessEnv = process.env): DeployConfig {
  return parseDeployConfig(readInputs(DEPLOY_SURFACE.inputs), env);
}

export function readRollbackConfig(env: NodeJS.ProcessEnv = process.env): ReturnType<typeof parseRollbackConfig> {
  return parseRollbackConfig(readInputs(ROLLBACK_SURFACE.inputs), env);
}

/** The deploy config plus the GitHub environment gate's own inputs (require-gate, approvers-file). */
export function readDeployInputs(env: NodeJS.ProcessEnv = process.env): { config: DeployConfig; requireGate: boolean; approversFile: string | undefined } {
  const read = readInputs(DEPLOY_SURFACE.inputs);
  return { config: parseDeployConfig(read, env), requireGate: read('require-gate') === 'true', approversFile: read('approvers-file')?.trim() || undefined };
}
