import * as core from '@actions/core';
import { resolve } from 'node:path';
import { actionScope, resolveReadPath } from '../../core/paths.js';
import { SURFACES } from '../../pipeline/spec.js';
import { parseInputs } from '../../pipeline/validate.js';
import { maskSecretInputs } from '../shared/secrets.js';
import { parseDeployConfig, parseRollbackConfig, type DeployConfig } from '../../stages/deploy/config.js';

const surface = (path: string) => SURFACES.find((candidate) => candidate.path === path)!;
export const DEPLOY_SURFACE = surface('actions/deploy/action.yml');
export const ROLLBACK_SURFACE = surface('actions/rollback/action.yml');

/** Inputs checked against the spec (types, choices, patterns), secrets masked before anything is logged. */
function readInputs(inputs: typeof DEPLOY_SURFACE.inputs): (name: string) => string | undefined {
  maskSecretInputs(inputs);
  // The image repository is lower-cased like the build action does (`ghcr.io/${{ github.repository }}` may be mixed-case).
  const values = parseInputs(inputs, (name) =>
    name === 'image' ? core.getInput(name).toLowerCase() : core.getInput(name, { trimWhitespace: false }),
  );
  return (name) => (values[name] === undefined ? undefined : String(values[name]));
}

/** `ssh-source` is uploaded to the hosts: it must be a folder inside the workspace (core/paths.ts). */
export function containSource<T extends { ssh: { source?: string } }>(config: T, env: NodeJS.ProcessEnv): T {
  if (!config.ssh.source) return config;
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const source = resolveReadPath(
    'input "ssh-source"',
    config.ssh.source,
    actionScope(workspace, workspace, env),
    'directory',
  );
  return { ...config, ssh: { ...config.ssh, source } };
}

export function readDeployConfig(env: NodeJS.ProcessEnv = process.env): DeployConfig {
  return containSource(parseDeployConfig(readInputs(DEPLOY_SURFACE.inputs), env), env);
}

export function readRollbackConfig(env: NodeJS.ProcessEnv = process.env): ReturnType<typeof parseRollbackConfig> {
  return containSource(parseRollbackConfig(readInputs(ROLLBACK_SURFACE.inputs), env), env);
}

/** The deploy config plus the GitHub environment gate's own inputs (require-gate, approvers-file). */
export function readDeployInputs(env: NodeJS.ProcessEnv = process.env): {
  config: DeployConfig;
  requireGate: boolean;
  approversFile: string | undefined;
} {
  const read = readInputs(DEPLOY_SURFACE.inputs);
  return {
    config: parseDeployConfig(read, env),
    requireGate: read('require-gate') === 'true',
    approversFile: read('approvers-file')?.trim() || undefined,
  };
}
