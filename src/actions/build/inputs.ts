import * as core from '@actions/core';
import { relative, resolve } from 'node:path';
import { actionScope, resolveReadPath } from '../../core/paths.js';
import { SURFACES } from '../../pipeline/spec.js';
import { parseInputs, resolveWorkingDirectory } from '../../pipeline/validate.js';
import { parseBuildArgs, type Builder, type StorageOptions } from '../../stages/build/build.js';

export interface BuildContext {
  dir: string;
  /** '' skips the build. */
  image: string;
  context: string;
  dockerfile: string;
  buildArgs: Record<string, string>;
  push: boolean;
  latest: boolean;
  /** Push only `candidate-<sha>`; the release tags wait for the security gate. */
  candidate: boolean;
  builder: Builder | 'auto';
  tlsVerify: boolean;
  storage: StorageOptions;
}

export const SURFACE = SURFACES.find((surface) => surface.path === 'actions/build/action.yml')!;

/** A context or Dockerfile input, resolved inside the workspace (core/paths.ts), relative to the working directory. */
function inside(
  dir: string,
  workspace: string,
  path: string,
  name: string,
  kind: 'file' | 'directory',
  env: NodeJS.ProcessEnv,
): string {
  return relative(dir, resolveReadPath(`input "${name}"`, path, actionScope(workspace, dir, env), kind)) || '.';
}

export function readContext(env: NodeJS.ProcessEnv = process.env): BuildContext {
  // Registries take lower-case repository names only, and `ghcr.io/${{ github.repository }}` is often mixed-case.
  const values = parseInputs(SURFACE.inputs, (name) =>
    name === 'image' ? core.getInput(name).toLowerCase() : core.getInput(name, { trimWhitespace: false }),
  );
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const dir = resolveWorkingDirectory(workspace, String(values['working-directory']));
  const context = inside(dir, workspace, String(values.context), 'context', 'directory', env);
  const dockerfile = String(values.dockerfile).trim();
  return {
    dir,
    image: String(values.image).trim(),
    context,
    dockerfile: dockerfile === '' ? '' : inside(dir, workspace, dockerfile, 'dockerfile', 'file', env),
    buildArgs: parseBuildArgs(String(values['build-args'])),
    push: values.push === true,
    latest: values.latest === true,
    candidate: values.candidate === true,
    builder: values.builder as Builder | 'auto',
    tlsVerify: values['tls-verify'] === true,
    storage: {
      root: env.SHIPSHAPE_STORAGE_ROOT || undefined,
      runroot: env.SHIPSHAPE_STORAGE_RUNROOT || undefined,
      driver: env.SHIPSHAPE_STORAGE_DRIVER || undefined,
    },
  };
}
