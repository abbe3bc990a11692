import * as core from '@actions/core';
import { UsageError } from '../../core/errors.js';
import { SURFACES } from '../../pipeline/spec.js';
import { parseInputs, resolveWorkingDirectory } from '../../pipeline/validate.js';
import { planCache } from '../../stages/cache/plan.js';

export interface TestContext {
  dir: string;
  /** The test command; like a `run:` step it is code the workflow author wrote. */
  command: string;
  junitPatterns: string[];
}

export const SURFACE = SURFACES.find((surface) => surface.path === 'actions/test/action.yml')!;

export function readContext(env: NodeJS.ProcessEnv = process.env): TestContext {
  const values = parseInputs(SURFACE.inputs, (name) => core.getInput(name, { trimWhitespace: false }));
  const dir = resolveWorkingDirectory(env.GITHUB_WORKSPACE || process.cwd(), String(values['working-directory']));
  let command = String(values['test-command']).trim();
  if (command === '') {
    command =
      planCache({
        dir,
        versions: {
          npm: '-',
          pnpm: '-',
          yarn: '-',
          pip: '-',
          poetry: '-',
          uv: '-',
          go: '-',
          maven: '-',
          gradle: '-',
          cargo: '-',
        },
      })[0]?.test ?? '';
    if (command === '')
      throw new UsageError('input "test-command" is empty and no package manager was detected from lockfiles');
  }
  const junitPatterns = String(values['junit-paths'])
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const pattern of junitPatterns) {
    if (pattern.startsWith('/') || pattern.split('/').includes('..')) {
      throw new UsageError('input "junit-paths" patterns must be relative to the working directory');
    }
  }
  return { dir, command, junitPatterns };
}
