import * as core from '@actions/core';
import { join, relative } from 'node:path';
import { UsageError } from '../../core/errors.js';
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

function inside(dir: string, path: string, name: string): string {
  const rel = relative(dir, join(dir, path));
  if (rel.startsWith('..') || path.startsWith('/')) throw new UsageError(`input "${name}" must stay inside the working directory`);
  return path;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): BuildContext {
  // Registries take lower-case repository names only, and `ghcr.io/${{ github.repository }}` is often mixed-case.
  const values = parseInputs(SURFACE.inputs, (name) => (name === 'image' ? core.getInput(name).toLowerCase() : core.getInput(name, { trimWhitespace: false })));
  const dir = resolveWorkingDirectory(env.GITHUB_WORKSPACE || process.cwd(), String(values['working-directory']));
  const context = inside(dir, String(values.context), 'context');
  const dockerfile = String(values.dockerfile).trim();
  return {
    dir,
    image: String(values.image).trim(),
    context,
    dockerfile: dockerfile === '' ? '' : inside(dir, dockerfile, 'dockerfile'),
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
