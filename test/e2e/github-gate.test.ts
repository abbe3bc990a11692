/**
 * The GitHub environment gate against a local HTTP server on 127.0.0.1 that stands in for the GitHub REST API (GitHub
 * itself is the part that cannot run here). It answers with the response shapes GitHub documents for
 *   GET /repos/{owner}/{repo}                                (default_branch)
 *   GET /repos/{owner}/{repo}/environments/{name}            (protection_rules; 404 for a missing environment)
 *   GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals (the review history)
 *   GET /repos/{owner}/{repo}/contents/{path}?ref=…          (base64 file content)
 * The deploy action runs from its entry point in a child process with INPUT_* variables, as a runner starts it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkGithubGate, GateRefused, parseApproverList } from '../../src/stages/deploy/github-gate.js';

const OWNER_REPO = 'acme/app';
const TIME = '2026-11-23T22:00:40Z';
const user = (login: string, id: number) => ({
  login,
  id,
  node_id: `MDQ6VXNlcj${id}`,
  avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
  url: `https://api.github.com/users/${login}`,
  html_url: `https://github.com/${login}`,
  type: 'User',
  site_admin: false,
});
const environment = (name: string, id: number, protectionRules: object[]) => ({
  id,
  node_id: `EN_${id}`,
  name,
  url: `https://api.github.com/repos/${OWNER_REPO}/environments/${name}`,
  html_url: `https://github.com/${OWNER_REPO}/deployments/activity_log?environments_filter=${name}`,
  created_at: TIME,
  updated_at: TIME,
  can_admins_bypass: true,
  protection_rules: protectionRules,
  deployment_branch_policy: protectionRules.some((rule) => (rule as { type: string }).type === 'branch_policy')
    ? { protected_branches: false, custom_branch_policies: true }
    : null,
});
const reviewersRule = {
  id: 3755,
  node_id: 'MDQ6R2F0ZTM3NTU=',
  prevent_self_review: false,
  type: 'required_reviewers',
  reviewers: [
    { type: 'User', reviewer: user('carol', 3) },
    { type: 'Team', reviewer: { id: 1, node_id: 'MDQ6VGVhbTE=', name: 'Release', slug: 'release' } },
  ],
};
const waitRule = { id: 3736, node_id: 'MDQ6R2F0ZTM3MzY=', type: 'wait_timer', wait_timer: 30 };
const branchRule = { id: 3756, node_id: 'MDQ6R2F0ZTM3NTY=', type: 'branch_policy' };

/** The environments, approvals and files the stand-in knows; each test sets what it needs. */
const world = {
  environments: {} as Record<string, object>,
  approvals: {} as Record<string, object[]>,
  files: {} as Record<string, Record<string, string>>,
  status: 200,
  requests: [] as string[],
};

let server: Server;
let api: string;
let work: string;

function answer(request: IncomingMessage): { status: number; body: unknown } {
  if (world.status !== 200)
    return {
      status: world.status,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: String(world.status),
      },
    };
  if (request.headers.authorization !== 'Bearer test-token')
    return {
      status: 401,
      body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
    };
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const notFound = (doc: string) => ({
    status: 404,
    body: { message: 'Not Found', documentation_url: `https://docs.github.com/rest/${doc}`, status: '404' },
  });
  const prefix = `/repos/${OWNER_REPO}`;
  if (url.pathname === prefix)
    return {
      status: 200,
      body: {
        id: 1296269,
        node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
        name: 'app',
        full_name: OWNER_REPO,
        private: true,
        visibility: 'private',
        default_branch: 'main',
      },
    };
  let match = new RegExp(`^${prefix}/environments/([^/]+)$`).exec(url.pathname);
  if (match) {
    const env = world.environments[decodeURIComponent(match[1]!)];
    return env ? { status: 200, body: env } : notFound('deployments/environments#get-an-environment');
  }
  match = new RegExp(`^${prefix}/actions/runs/(\\d+)/approvals$`).exec(url.pathname);
  if (match) return { status: 200, body: world.approvals[match[1]!] ?? [] };
  match = new RegExp(`^${prefix}/contents/(.+)$`).exec(url.pathname);
  if (match) {
    const path = decodeURIComponent(match[1]!);
    const text = world.files[url.searchParams.get('ref') ?? 'main']?.[path];
    if (text === undefined) return notFound('repos/contents#get-repository-content');
    const content = Buffer.from(text)
      .toString('base64')
      .replace(/(.{60})/g, '$1\n');
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size: text.length,
        name: path.split('/').pop(),
        path,
        content,
        sha: '3d21ec53a331a6f037a91c368710b99387d012c1',
      },
    };
  }
  return notFound('');
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'shipshape-github-gate-'));
  server = createServer((request, response) => {
    world.requests.push(request.url ?? '');
    const { status, body } = answer(request);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  api = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  world.environments = {
    prod: environment('prod', 161088068, [reviewersRule, branchRule]),
    staging: environment('staging', 161088069, [waitRule]),
    qa: environment('qa', 161088070, [branchRule]),
  };
  world.approvals = {};
  world.files = {
    main: { '.github/shipshape-approvers': '# who may promote\nalice\n@bob, dave\n' },
    'feature/x': { '.github/shipshape-approvers': 'alice\nmallory\n' },
  };
  world.status = 200;
  world.requests = [];
});

const baseEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  GITHUB_API_URL: api,
  GITHUB_REPOSITORY: OWNER_REPO,
  GITHUB_TOKEN: 'test-token',
  GITHUB_RUN_ID: '30433642',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_ACTOR: 'alice',
  GITHUB_TRIGGERING_ACTOR: 'alice',
  ...extra,
});
const dispatch = (extra: NodeJS.ProcessEnv = {}) => baseEnv({ GITHUB_EVENT_NAME: 'workflow_dispatch', ...extra });
const gate = (name: string, env: NodeJS.ProcessEnv, fallback: { approvers?: string[]; approversFile?: string } = {}) =>
  checkGithubGate({
    environment: name,
    approvers: fallback.approvers ?? [],
    approversFile: fallback.approversFile,
    env,
  });
const approval = (name: string, login: string, id: number, state = 'approved') => ({
  environments: [
    {
      id: 161088068,
      node_id: 'MDExOkVudmlyb25tZW50MTYxMDg4MDY4',
      name,
      url: `https://api.github.com/repos/${OWNER_REPO}/environments/${name}`,
      html_url: `https://github.com/${OWNER_REPO}/deployments/activity_log?environments_filter=${name}`,
      created_at: TIME,
      updated_at: TIME,
    },
  ],
  state,
  user: user(login, id),
  comment: 'Ship it!',
});

describe('a missing environment', () => {
  it('refuses without a fallback gate (GitHub would create it unprotected)', async () => {
    await expect(gate('production', baseEnv())).rejects.toThrow(
      new GateRefused(
        'deploy to production refused: environment production does not exist (GitHub would create it without protection), and no fallback gate is configured: add required reviewers or a wait timer, or set approvers-file and deploy from a workflow_dispatch run of the default branch (docs/deploy.md)',
      ),
    );
    expect(world.requests).toEqual(['/repos/acme/app/environments/production']);
  });

  it('passes the fallback gate for an approver who dispatched from the default branch', async () => {
    expect(await gate('production', dispatch(), { approversFile: '.github/shipshape-approvers' })).toEqual({
      kind: 'fallback-dispatch',
      by: 'alice',
      detail:
        'dispatched from main by alice, an approver (environment production does not exist (GitHub would create it without protection))',
    });
    // The list is read from the default branch, never from the ref the run is on.
    expect(world.requests).toContain('/repos/acme/app/contents/.github/shipshape-approvers?ref=main');
  });
});

describe('an environment without protection', () => {
  it('refuses without a fallback gate', async () => {
    await expect(gate('qa', baseEnv())).rejects.toThrow(
      'deploy to qa refused: environment qa has no required reviewers and no wait timer, and no fallback gate is configured',
    );
  });

  it.each([
    ['a push run of the default branch', () => baseEnv(), 'this is a push run of refs/heads/main'],
    [
      'a dispatch from another branch',
      () => dispatch({ GITHUB_REF: 'refs/heads/feature/x' }),
      'this is a workflow_dispatch run of refs/heads/feature/x',
    ],
  ])('refuses the fallback gate on %s', async (_name, env, detail) => {
    await expect(gate('qa', env(), { approversFile: '.github/shipshape-approvers' })).rejects.toThrow(
      `deploy to qa refused: environment qa has no required reviewers and no wait timer; the fallback gate only accepts a workflow_dispatch run of main, ${detail}`,
    );
  });

  it('refuses a dispatcher who is only on a branch copy of the list', async () => {
    await expect(
      gate('qa', dispatch({ GITHUB_ACTOR: 'mallory', GITHUB_TRIGGERING_ACTOR: 'mallory' }), {
        approversFile: '.github/shipshape-approvers',
      }),
    ).rejects.toThrow('deploy to qa refused: mallory, who started this run attempt, is not on the approver list of qa');
  });

  it('refuses when the list file is missing or empty on the default branch', async () => {
    await expect(gate('qa', dispatch(), { approversFile: '.github/missing' })).rejects.toThrow(
      'deploy to qa refused: the approver list .github/missing is not a file on main',
    );
    world.files.main!['.github/empty'] = '# nobody yet\n';
    await expect(gate('qa', dispatch(), { approversFile: '.github/empty' })).rejects.toThrow(
      'deploy to qa refused: the approver list .github/empty on main is empty',
    );
  });
});

describe('a protected environment', () => {
  it('records the reviewer who approved this run', async () => {
    world.approvals['30433642'] = [approval('staging', 'dave', 4), approval('prod', 'carol', 3)];
    expect(await gate('prod', baseEnv())).toEqual({
      kind: 'required-reviewers',
      by: 'carol',
      detail: 'approved by carol (required reviewers: carol, team release): Ship it!',
    });
    expect(world.requests).toEqual([
      '/repos/acme/app/environments/prod',
      '/repos/acme/app/actions/runs/30433642/approvals',
    ]);
  });

  it('refuses required reviewers without an approval of this environment in this run', async () => {
    world.approvals['30433642'] = [approval('staging', 'dave', 4), approval('prod', 'carol', 3, 'rejected')];
    await expect(gate('prod', baseEnv())).rejects.toThrow(
      'deploy to prod refused: prod requires reviewers (carol, team release) but run 30433642 has no approval for it',
    );
  });

  it('narrows the reviewers to a configured approver list', async () => {
    world.approvals['30433642'] = [approval('prod', 'carol', 3)];
    await expect(gate('prod', baseEnv(), { approvers: ['alice'] })).rejects.toThrow(
      'deploy to prod refused: carol approved, but is not on the approver list',
    );
  });

  it('accepts a wait timer (nobody approves)', async () => {
    expect(await gate('staging', baseEnv())).toEqual({
      kind: 'wait-timer',
      detail: 'wait timer of 30 min (nobody approves a wait timer)',
    });
  });
});

describe('a re-run by another actor', () => {
  it('checks who started the attempt (GITHUB_TRIGGERING_ACTOR), not the first dispatcher (GITHUB_ACTOR)', async () => {
    await expect(
      gate('qa', dispatch({ GITHUB_ACTOR: 'alice', GITHUB_TRIGGERING_ACTOR: 'mallory' }), {
        approvers: ['alice', 'bob'],
      }),
    ).rejects.toThrow(
      "deploy to qa refused: mallory, who started this run attempt (a re-run of alice's run), is not on the approver list of qa",
    );
    expect(
      await gate('qa', dispatch({ GITHUB_ACTOR: 'mallory', GITHUB_TRIGGERING_ACTOR: 'Bob' }), {
        approvers: ['alice', 'bob'],
      }),
    ).toMatchObject({ kind: 'fallback-dispatch', by: 'Bob' });
  });

  it('refuses when the triggering actor is unknown', async () => {
    await expect(gate('qa', dispatch({ GITHUB_TRIGGERING_ACTOR: '' }), { approvers: ['alice'] })).rejects.toThrow(
      'GITHUB_TRIGGERING_ACTOR is not set',
    );
  });
});

describe('what cannot be proven refuses', () => {
  it.each([
    [
      403,
      'cannot read environment prod: HTTP 403 Resource not accessible by integration (the job needs permissions: actions: read and contents: read)',
    ],
    [500, 'cannot read environment prod: HTTP 500 Resource not accessible by integration'],
  ])('HTTP %i', async (status, message) => {
    world.status = status;
    await expect(gate('prod', baseEnv())).rejects.toThrow(message);
  });

  it('no token, no repository, an unreachable API', async () => {
    await expect(gate('prod', baseEnv({ GITHUB_TOKEN: '' }))).rejects.toThrow(
      'cannot check the environment: no GITHUB_TOKEN (pass github.token to the deploy step)',
    );
    await expect(gate('prod', baseEnv({ GITHUB_REPOSITORY: '' }))).rejects.toThrow(
      'cannot check the environment: GITHUB_REPOSITORY is not set',
    );
    await expect(gate('prod', baseEnv({ GITHUB_API_URL: 'http://127.0.0.1:1' }))).rejects.toThrow(
      'cannot read environment prod from the GitHub API: fetch failed',
    );
  });

  it('parses approver lists', () => {
    expect(parseApproverList('# team\nalice\n @bob , carol # lead\n\n')).toEqual(['alice', 'bob', 'carol']);
  });
});

describe('the deploy action with require-gate', () => {
  /** The action's entry point in a child process, with INPUT_* variables and the runner's file commands. */
  async function deployAction(environmentName: string, extraEnv: Record<string, string>) {
    const dir = mkdtempSync(join(work, 'run-'));
    const output = join(dir, 'output');
    const summary = join(dir, 'summary');
    for (const file of [output, summary]) writeFileSync(file, '');
    const marker = join(dir, 'deployed');
    const inputs: Record<string, string> = {
      environment: environmentName,
      image: 'ghcr.io/Acme/App',
      digest: `sha256:${'d'.repeat(64)}`,
      'require-gate': 'true',
      'approvers-file': '.github/shipshape-approvers',
      ledger: 'false',
      'deploy-command': `touch ${marker}`,
    };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_WORKSPACE: dir,
      ...(baseEnv() as Record<string, string>),
      ...extraEnv,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const result = await new Promise<{ code: number; stdout: string }>((done) => {
      execFile(
        process.execPath,
        [
          '--import',
          pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href,
          resolve('src/actions/deploy/index.ts'),
        ],
        { env, encoding: 'utf8', cwd: dir },
        (error, stdout, stderr) => {
          done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout: stdout + stderr });
        },
      );
    });
    return {
      ...result,
      deployed: existsSync(marker),
      output: readFileSync(output, 'utf8'),
      summary: readFileSync(summary, 'utf8'),
    };
  }

  it('deploys after an approval and records the reviewer', async () => {
    world.approvals['30433642'] = [approval('prod', 'dave', 4)];
    const run = await deployAction('prod', {});
    expect(run.stdout).not.toContain('::error::');
    expect(run.code).toBe(0);
    expect(run.deployed).toBe(true);
    const record = JSON.parse(/^record<<(ghadelimiter_[\w-]+)\n(.*)\n\1$/m.exec(run.output)![2]!) as {
      approval: unknown;
      image: string;
    };
    expect(record.approval).toEqual({
      kind: 'required-reviewers',
      by: 'dave',
      detail: 'approved by dave (required reviewers: carol, team release): Ship it!',
    });
    expect(record.image).toBe('ghcr.io/acme/app');
    expect(run.summary).toContain('- gate: approved by dave (required reviewers: carol, team release): Ship it!');
  }, 30_000);

  it('refuses before touching the target when the environment is unprotected and the run is a push', async () => {
    const run = await deployAction('qa', {});
    expect(run.code).toBe(1);
    expect(run.deployed).toBe(false);
    expect(run.stdout).toContain(
      '::error::shipshape deploy: deploy to qa refused: environment qa has no required reviewers and no wait timer; the fallback gate only accepts a workflow_dispatch run of main, this is a push run of refs/heads/main',
    );
  }, 30_000);
});
