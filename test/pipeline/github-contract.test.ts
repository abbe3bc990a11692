/**
 * The contract of the GitHub kit on a real organisation (private repositories, forks, plans without code scanning
 * or environment protection). The reusable workflows and starters are read as they ship and their real `if:`,
 * `with:`, `permissions:` and `concurrency:` values are evaluated under chosen events and repositories, so a
 * condition that reads right but evaluates wrong still fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { evaluateCondition, evaluateValue, type Scope, type Value } from './expression-eval.js';

const root = join(import.meta.dirname, '../..');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Job {
  if?: string;
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, string> | 'inherit';
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': string | boolean };
  steps?: Step[];
}
interface Workflow {
  on: { workflow_call?: { inputs?: Record<string, { default?: Value }>; secrets?: Record<string, unknown> } } & Record<
    string,
    unknown
  >;
  permissions?: Record<string, string>;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

const load = (path: string) => parse(readFileSync(join(root, path), 'utf8')) as Workflow;
const pipeline = load('.github/workflows/reusable-pipeline.yml');
const deploy = load('.github/workflows/reusable-deploy.yml');
const rollback = load('.github/workflows/reusable-rollback.yml');
const starters = readdirSync(join(root, 'workflows'))
  .filter((name) => name.endsWith('.yml'))
  .map((name) => `workflows/${name}`);
const reusable = {
  '.github/workflows/reusable-pipeline.yml': pipeline,
  '.github/workflows/reusable-deploy.yml': deploy,
  '.github/workflows/reusable-rollback.yml': rollback,
};

const defaults = (workflow: Workflow): Record<string, Value> =>
  Object.fromEntries(
    Object.entries(workflow.on.workflow_call?.inputs ?? {}).map(([name, body]) => [name, body.default ?? null]),
  );

interface Situation {
  event?: 'push' | 'pull_request' | 'workflow_dispatch';
  ref?: string;
  visibility?: 'public' | 'private' | 'internal';
  /** The pull request comes from a fork (pull_request) or the repository itself is a fork (push). */
  fork?: boolean;
  inputs?: Record<string, Value>;
  needs?: Record<string, { result: string; outputs?: Record<string, Value> }>;
  runId?: string;
}

const DIGEST = `sha256:${'c'.repeat(64)}`;
/** Every job of the pipeline succeeded, with the outputs a pushed build has. */
const allSucceeded = (): NonNullable<Situation['needs']> =>
  Object.fromEntries(
    Object.keys(pipeline.jobs).map((job) => [
      job,
      {
        result: 'success',
        outputs: (job === 'build'
          ? { digest: DIGEST, image: `ghcr.io/acme/app@${DIGEST}`, 'release-tags': 'latest' }
          : {}) as Record<string, Value>,
      },
    ]),
  );

function scope(workflow: Workflow, situation: Situation = {}): Scope {
  const event = situation.event ?? 'push';
  const ref = situation.ref ?? (event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main');
  const needs = situation.needs ?? allSucceeded();
  return {
    contexts: {
      inputs: { ...defaults(workflow), image: 'ghcr.io/acme/app', ...situation.inputs },
      github: {
        event_name: event,
        ref,
        ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
        repository: 'acme/app',
        workflow: 'ci',
        run_id: situation.runId ?? '1001',
        token: 'token',
        actor: 'alice',
        event: {
          repository: {
            visibility: situation.visibility ?? 'private',
            default_branch: 'main',
            fork: event !== 'pull_request' && situation.fork === true,
          },
          ...(event === 'pull_request'
            ? { pull_request: { head: { repo: { full_name: situation.fork ? 'someone/app' : 'acme/app' } } } }
            : {}),
        },
      },
      needs,
      secrets: {},
      runner: { temp: '/tmp' },
    },
    status: {
      success: Object.values(needs).every((need) => need.result === 'success'),
      failure: Object.values(needs).some((need) => need.result === 'failure'),
      cancelled: false,
    },
  };
}

/** A job's needs limited to what it declares (GitHub only exposes those). */
function scopeFor(workflow: Workflow, job: Job, situation: Situation = {}): Scope {
  const all = situation.needs ?? allSucceeded();
  const declared = [job.needs ?? []].flat();
  return scope(workflow, {
    ...situation,
    needs: Object.fromEntries(declared.map((name) => [name, all[name] ?? { result: 'success' }])),
  });
}

const runs = (workflow: Workflow, name: string, situation: Situation = {}) =>
  evaluateCondition(workflow.jobs[name]!.if, scopeFor(workflow, workflow.jobs[name]!, situation));
const usesAction = (job: Job, action: string) => (job.steps ?? []).some((step) => step.uses?.startsWith(`${action}@`));
const deployCalls = (workflow: Workflow) =>
  Object.entries(workflow.jobs).filter(([, job]) => /\/reusable-(deploy|rollback)\.yml@/.test(job.uses ?? ''));

describe('code scanning fits every plan', () => {
  const uploaders = Object.entries(pipeline.jobs).filter(([, job]) =>
    usesAction(job, 'github/codeql-action/upload-sarif'),
  );

  it('has exactly one job that uploads SARIF, and only it may write security events', () => {
    expect(uploaders.map(([name]) => name)).toEqual(['code-scanning']);
    for (const [path, workflow] of Object.entries(reusable)) {
      for (const [name, job] of Object.entries(workflow.jobs)) {
        if (job.permissions?.['security-events'] === 'write')
          expect([path, name, usesAction(job, 'github/codeql-action/upload-sarif')]).toEqual([path, name, true]);
      }
    }
  });

  it.each([
    ['auto on a private repository', { inputs: { 'code-scanning': 'auto' }, visibility: 'private' }, false],
    ['auto on an internal repository', { inputs: { 'code-scanning': 'auto' }, visibility: 'internal' }, false],
    ['never on a public repository', { inputs: { 'code-scanning': 'never' }, visibility: 'public' }, false],
    [
      'always on a pull request from a fork (read-only token)',
      { inputs: { 'code-scanning': 'always' }, visibility: 'public', event: 'pull_request', fork: true },
      false,
    ],
    ['auto on a public repository', { inputs: { 'code-scanning': 'auto' }, visibility: 'public' }, true],
    [
      'auto on a public repository, same-repository pull request',
      { inputs: { 'code-scanning': 'auto' }, visibility: 'public', event: 'pull_request' },
      true,
    ],
    [
      'always on a private repository (GitHub Code Security)',
      { inputs: { 'code-scanning': 'always' }, visibility: 'private' },
      true,
    ],
  ] as [string, Situation, boolean][])('uploads with %s: %s', (_name, situation, expected) => {
    for (const [name] of uploaders) expect([name, runs(pipeline, name, situation)]).toEqual([name, expected]);
  });

  it('keeps the SARIF of lint and security as artifacts and says in the summary whether it went to code scanning', () => {
    for (const name of ['lint', 'security']) {
      const steps = pipeline.jobs[name]!.steps!;
      expect(steps.some((step) => step.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
      const say = steps.find((step) => step.run?.includes('kept as an artifact'))!;
      expect(say.run).toContain('kept as an artifact, not uploaded to code scanning');
      expect(pipeline.jobs[name]!.permissions).toEqual({ contents: 'read' });
    }
  });
});

describe('no job has write permissions it does not use', () => {
  /** What each write scope is for; a job holding one must do that. */
  const uses: Record<string, (job: Job) => boolean> = {
    'security-events': (job) => usesAction(job, 'github/codeql-action/upload-sarif'),
    'id-token': (job) => usesAction(job, 'actions/attest-build-provenance'),
    attestations: (job) => usesAction(job, 'actions/attest-build-provenance'),
    // Pushing the candidate, moving release tags by digest, and the deploy ledger tags.
    packages: (job) =>
      usesAction(job, 'ORG/shipshape/actions/build') ||
      (job.steps ?? []).some(
        (step) => step.uses?.startsWith('ORG/shipshape/actions/security@') && step.with?.['release-tags'] !== undefined,
      ) ||
      usesAction(job, 'ORG/shipshape/actions/deploy') ||
      usesAction(job, 'ORG/shipshape/actions/rollback') ||
      /\/reusable-(deploy|rollback)\.yml@/.test(job.uses ?? ''),
  };

  it.each(Object.keys(reusable))('%s: top-level permissions are empty and every write is used', (path) => {
    const workflow = reusable[path as keyof typeof reusable];
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect([name, typeof job.permissions]).toEqual([name, 'object']);
      for (const [scopeName, level] of Object.entries(job.permissions!)) {
        if (level !== 'write') continue;
        expect([name, scopeName, uses[scopeName]?.(job) ?? false]).toEqual([name, scopeName, true]);
      }
    }
  });

  it('grants each called deploy workflow at least what its job needs', () => {
    for (const [name, job] of deployCalls(pipeline)) {
      for (const [scopeName, level] of Object.entries(deploy.jobs.deploy!.permissions!))
        expect([name, scopeName, job.permissions?.[scopeName]]).toEqual([name, scopeName, level]);
    }
  });
});

describe('no deploy job runs for an environment that is not listed', () => {
  const favourable: Situation = { inputs: { deploy: true, provenance: 'never' } };

  it('finds dev, staging and prod', () => {
    expect(deployCalls(pipeline).map(([, job]) => job.with?.environment)).toEqual(['dev', 'staging', 'prod']);
  });

  it.each(['dev', 'staging', 'prod'])('%s runs only when `environments` lists it', (environment) => {
    const [name] = deployCalls(pipeline).find(([, job]) => job.with?.environment === environment)!;
    expect(
      runs(pipeline, name, { ...favourable, inputs: { ...favourable.inputs, environments: 'dev,staging,prod' } }),
    ).toBe(true);
    const others = ['dev', 'staging', 'prod'].filter((other) => other !== environment);
    for (const list of [others.join(','), others[0]!, 'dev-staging', `x${environment}`]) {
      expect([
        name,
        list,
        runs(pipeline, name, { ...favourable, inputs: { ...favourable.inputs, environments: list } }),
      ]).toEqual([name, list, false]);
    }
  });

  it('never deploys from a pull request or a non-default branch, nor without deploy: true', () => {
    for (const [name] of deployCalls(pipeline)) {
      expect(runs(pipeline, name, { ...favourable, event: 'pull_request' })).toBe(false);
      expect(runs(pipeline, name, { ...favourable, ref: 'refs/heads/feature' })).toBe(false);
      expect(runs(pipeline, name, { inputs: { provenance: 'never' } })).toBe(false);
    }
  });

  it('gates staging and prod (require-gate) and wires approvers and the environment before', () => {
    const s = (situation: Situation) => scope(pipeline, situation);
    const withOf = (environment: string, situation: Situation = {}) => {
      const [, job] = deployCalls(pipeline).find(([, call]) => call.with?.environment === environment)!;
      return Object.fromEntries(
        Object.entries(job.with!).map(([key, value]) => [key, evaluateValue(value, s(situation))]),
      );
    };
    expect(withOf('dev')['require-gate']).toBe(false);
    expect(withOf('staging')['require-gate']).toBe(true);
    expect(withOf('prod')['require-gate']).toBe(true);
    expect(withOf('prod', { inputs: { approvers: 'alice,bob', 'approvers-file': '.github/approvers' } })).toMatchObject(
      { approvers: 'alice,bob', 'approvers-file': '.github/approvers' },
    );
    expect(withOf('staging')['after-environment']).toBe('dev');
    expect(withOf('prod')['after-environment']).toBe('staging');
    expect(withOf('prod', { inputs: { environments: 'dev,prod' } })['after-environment']).toBe('dev');
    expect(withOf('prod', { inputs: { ledger: false } })['after-environment']).toBe('');
  });
});

describe('concurrency per job and per environment', () => {
  const group = (workflow: Workflow, job: string, situation: Situation) =>
    String(evaluateValue(workflow.jobs[job]!.concurrency!.group, scope(workflow, situation)));

  it('has no pipeline-wide group, so build and test never wait behind an approval', () => {
    expect(pipeline.concurrency).toBeUndefined();
    for (const name of ['lint', 'test', 'security', 'build']) {
      expect(group(pipeline, name, { runId: '1' })).not.toBe(group(pipeline, name, { runId: '2' }));
      expect(group(pipeline, name, { inputs: { component: 'orders' } })).not.toBe(
        group(pipeline, name, { inputs: { component: 'billing' } }),
      );
      // Two calls of one monorepo in the same run, told apart by component or else by their working directory.
      expect(group(pipeline, name, { inputs: { 'working-directory': 'services/orders' } })).not.toBe(
        group(pipeline, name, { inputs: { 'working-directory': 'services/billing' } }),
      );
      expect(
        evaluateValue(pipeline.jobs[name]!.concurrency!['cancel-in-progress'], scope(pipeline, { event: 'push' })),
      ).toBe(false);
      expect(
        evaluateValue(
          pipeline.jobs[name]!.concurrency!['cancel-in-progress'],
          scope(pipeline, { event: 'pull_request' }),
        ),
      ).toBe(true);
    }
    // Two pushes of one pull request share a group (the newer cancels the older); two pull requests do not.
    expect(group(pipeline, 'build', { event: 'pull_request', runId: '1' })).toBe(
      group(pipeline, 'build', { event: 'pull_request', runId: '2' }),
    );
    expect(group(pipeline, 'build', { event: 'pull_request', ref: 'refs/pull/1/merge' })).not.toBe(
      group(pipeline, 'build', { event: 'pull_request', ref: 'refs/pull/2/merge' }),
    );
  });

  it('serialises deploys per image and environment without cancelling, and keeps rollbacks apart', () => {
    const at = (workflow: Workflow, job: string, environment: string, image = 'ghcr.io/acme/app') =>
      group(workflow, job, { inputs: { environment, image } });
    for (const [workflow, job] of [
      [deploy, 'deploy'],
      [rollback, 'rollback'],
    ] as const) {
      expect(evaluateValue(workflow.jobs[job]!.concurrency!['cancel-in-progress'], scope(workflow))).toBe(false);
      expect(at(workflow, job, 'prod')).not.toBe(at(workflow, job, 'staging'));
      expect(at(workflow, job, 'prod')).not.toBe(at(workflow, job, 'prod', 'ghcr.io/acme/other'));
    }
    expect(at(deploy, 'deploy', 'prod')).not.toBe(at(rollback, 'rollback', 'prod'));
  });
});

describe('push only on push events of the base repository', () => {
  const pushSteps = Object.entries(pipeline.jobs).flatMap(([name, job]) =>
    (job.steps ?? []).filter((step) => step.with?.push !== undefined).map((step) => [name, step] as const),
  );

  it('finds the build step', () => expect(pushSteps.map(([name]) => name)).toEqual(['build']));

  it.each([
    ['a same-repository pull request', { event: 'pull_request' }, false],
    ['a pull request from a fork', { event: 'pull_request', fork: true }, false],
    ['a push to a fork', { event: 'push', fork: true }, false],
    ['a manual dispatch', { event: 'workflow_dispatch' }, false],
    ['push: false on the base repository', { event: 'push', inputs: { push: false } }, false],
    ['a push to the base repository', { event: 'push' }, true],
    ['a tag push to the base repository', { event: 'push', ref: 'refs/tags/v1.2.3' }, true],
  ] as [string, Situation, boolean][])('on %s the push input is %s', (_name, situation, expected) => {
    for (const [, step] of pushSteps) expect(evaluateValue(step.with!.push, scope(pipeline, situation))).toBe(expected);
  });

  it.each([
    ['a same-repository pull request', { event: 'pull_request' }, true],
    ['a pull request from a fork', { event: 'pull_request', fork: true }, false],
    [
      'a pull request when pull-request-image is the release repository',
      { event: 'pull_request', inputs: { 'pull-request-image': 'ghcr.io/acme/app' } },
      false,
    ],
  ] as [string, Situation, boolean][])('with pull-request-image, %s pushes to it: %s', (_name, situation, expected) => {
    const asked = { ...situation, inputs: { 'pull-request-image': 'ghcr.io/acme/app-pr', ...situation.inputs } };
    const step = pushSteps[0]![1];
    expect(evaluateValue(step.with!.push, scope(pipeline, asked))).toBe(expected);
    // A pull request build never goes to the release repository, never as a candidate, and never reaches the gate.
    expect(evaluateValue(step.with!.image, scope(pipeline, asked))).toBe(asked.inputs['pull-request-image']);
    expect(evaluateValue(step.with!.candidate, scope(pipeline, asked))).toBe(false);
    expect(runs(pipeline, 'image-gate', asked)).toBe(false);
  });

  it('pushes only the candidate tag; the image gate gives release tags to a passing digest', () => {
    const build = pushSteps[0]![1];
    expect(evaluateValue(build.with!.candidate, scope(pipeline, { event: 'push' }))).toBe(true);
    expect(
      evaluateValue(
        build.with!.image,
        scope(pipeline, { event: 'push', inputs: { 'pull-request-image': 'ghcr.io/acme/app-pr' } }),
      ),
    ).toBe('ghcr.io/acme/app');
    const gate = pipeline.jobs['image-gate']!;
    expect(gate.needs).toBe('build');
    const step = gate.steps!.find((candidate) => candidate.uses?.startsWith('ORG/shipshape/actions/security@'))!;
    expect(step.with).toMatchObject({
      'image-ref': '${{ needs.build.outputs.image }}',
      'release-tags': '${{ needs.build.outputs.release-tags }}',
      'image-scan': '${{ inputs.image-scan }}',
    });
    for (const [name] of deployCalls(pipeline))
      expect([name, [pipeline.jobs[name]!.needs].flat()]).toEqual([name, expect.arrayContaining(['image-gate'])]);
  });
});

describe('provenance is verified before prod', () => {
  const onPublic: Situation = { inputs: { deploy: true, provenance: 'auto' }, visibility: 'public' };
  const needsWith = (verify: string, provenance = 'success') => ({
    ...allSucceeded(),
    'verify-provenance': { result: verify },
    provenance: { result: provenance },
  });

  it('verifies the digest with gh attestation verify against this repository', () => {
    const verify = pipeline.jobs['verify-provenance']!;
    expect(verify.steps!.map((step) => step.run ?? '').join('\n')).toContain(
      'gh attestation verify "oci://$IMAGE@$DIGEST" --repo "$REPOSITORY"',
    );
    expect(pipeline.jobs['deploy-prod']!.needs).toContain('verify-provenance');
    expect(pipeline.jobs.provenance!.steps!.map((step) => step.uses)).toEqual([
      expect.stringMatching(/^actions\/attest-build-provenance@[0-9a-f]{40}$/),
    ]);
  });

  it.each([
    ['verified', onPublic, 'success', 'success', true],
    ['verification failed', onPublic, 'failure', 'success', false],
    ['verification skipped although provenance is on', onPublic, 'skipped', 'skipped', false],
    [
      'provenance off on a private repository (auto)',
      { ...onPublic, visibility: 'private' },
      'skipped',
      'skipped',
      true,
    ],
  ] as [string, Situation, string, string, boolean][])(
    'deploy-prod with %s runs: %s',
    (_name, situation, verify, provenance, expected) => {
      expect(runs(pipeline, 'deploy-prod', { ...situation, needs: needsWith(verify, provenance) })).toBe(expected);
    },
  );
});

describe('starters', () => {
  it.each([...starters, 'examples/service/.github/workflows/ci.yml'])(
    '%s passes its secrets explicitly and grants what the pipeline jobs need',
    (path) => {
      const starter = load(path);
      const [job] = Object.values(starter.jobs);
      // Named secrets, never `inherit`: the webhook always, and the key material of the driver the starter uses.
      expect(job!.secrets).not.toBe('inherit');
      const secrets = Object.keys((job!.secrets as Record<string, string> | undefined) ?? {});
      const driver = String(job!.with?.driver ?? 'command');
      const wanted = [
        'WEBHOOK_URL',
        ...(driver === 'ssh' ? ['SSH_PRIVATE_KEY', 'SSH_KNOWN_HOSTS'] : []),
        ...(driver === 'kubernetes' ? ['KUBECONFIG'] : []),
      ];
      expect(secrets.sort()).toEqual(wanted.sort());
      for (const name of secrets)
        expect((job!.secrets as Record<string, string>)[name]).toBe(`\${{ secrets.${name} }}`);
      if (/reusable-pipeline\.yml@/.test(job!.uses ?? '')) {
        const needed = new Set(
          Object.values(pipeline.jobs).flatMap((pipelineJob) =>
            Object.entries(pipelineJob.permissions ?? {}).map(([name, level]) => `${name}:${level}`),
          ),
        );
        for (const entry of needed) {
          const [name, level] = entry.split(':');
          const granted = job!.permissions?.[name!];
          expect([path, name, granted === level || granted === 'write']).toEqual([path, name, true]);
        }
      }
    },
  );
});
