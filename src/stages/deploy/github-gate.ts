/**
 * The GitHub environment gate, failing closed. GitHub creates an environment that a job names but that does not
 * exist, without any protection, and private repositories outside GitHub Enterprise cannot have required reviewers
 * or wait timers at all. So before a gated deploy this asks the REST API what protects the environment:
 *
 * - required reviewers: the run must carry an approval of this environment (GET …/actions/runs/{id}/approvals), and
 *   the reviewer is what gets recorded;
 * - a wait timer: the deploy waited, nobody approved;
 * - nothing (or no such environment): only the fallback gate lets it through: a `workflow_dispatch` run from the
 *   default branch, started (this attempt: GITHUB_TRIGGERING_ACTOR, not GITHUB_ACTOR, which stays the first
 *   dispatcher on a re-run) by someone on the approver list, the list read from the default branch only.
 *
 * Anything that cannot be proven (no token, an API error, an unreadable list) refuses the deploy.
 * Endpoints: https://docs.github.com/en/rest/deployments/environments#get-an-environment,
 * https://docs.github.com/en/rest/actions/workflow-runs#get-the-review-history-for-a-workflow-run,
 * https://docs.github.com/en/rest/repos/contents#get-repository-content.
 */
import { UsageError } from '../../core/errors.js';

export interface GithubGateRequest {
  environment: string;
  /** Logins from the workflow's inputs (trusted only on a run of the default branch, where the file comes from). */
  approvers: string[];
  /** Repository path of an approver list, read from the default branch. */
  approversFile: string | undefined;
  env: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
}

export interface GateApproval {
  /** How the environment was gated. */
  kind: 'required-reviewers' | 'wait-timer' | 'fallback-dispatch';
  /** Who approved (reviewer or dispatcher); absent for a wait timer. */
  by?: string;
  detail: string;
}

/** A deploy the gate refuses: a usage-level failure (exit 2), never a stack trace. */
export class GateRefused extends UsageError {}

interface ProtectionRule {
  type?: string;
  wait_timer?: number;
  reviewers?: { type?: string; reviewer?: { login?: string; slug?: string; name?: string } }[];
}
interface Approval {
  state?: string;
  environments?: { name?: string }[];
  user?: { login?: string };
  comment?: string;
}

class Api {
  private readonly base: string;
  private readonly token: string;
  constructor(
    env: NodeJS.ProcessEnv,
    private readonly fetchImpl: typeof fetch,
    readonly repository: string,
  ) {
    this.base = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    this.token = env.GITHUB_TOKEN ?? '';
  }

  async get<T>(path: string, what: string): Promise<{ status: number; body: T | undefined }> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}/repos/${this.repository}${path}`, {
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'shipshape',
        },
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      const message =
        typeof (error as { message?: unknown })?.message === 'string'
          ? (error as { message: string }).message
          : String(error);
      throw new GateRefused(`cannot read ${what} from the GitHub API: ${message}`);
    }
    const text = await response.text();
    let body: T | undefined;
    try {
      body = text ? (JSON.parse(text) as T) : undefined;
    } catch {
      throw new GateRefused(`cannot read ${what}: the GitHub API answered HTTP ${response.status} with no JSON`);
    }
    if (response.status !== 200 && response.status !== 404) {
      // The API's message is quoted, cut short: an error line must not carry a whole hostile body.
      const raw = (body as { message?: unknown } | undefined)?.message;
      const message = typeof raw === 'string' ? raw.replace(/[\0-\x1f]+/g, ' ').slice(0, 200) : '';
      const hint =
        response.status === 403 || response.status === 401
          ? ' (the job needs permissions: actions: read and contents: read)'
          : '';
      throw new GateRefused(`cannot read ${what}: HTTP ${response.status}${message ? ` ${message}` : ''}${hint}`);
    }
    return { status: response.status, body };
  }
}

const lower = (login: string) => login.trim().toLowerCase();

/** Approver list text: one login per line (or comma-separated); `#` starts a comment; a leading @ is dropped. */
export function parseApproverList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, ''))
    .flatMap((line) => line.split(','))
    .map((login) => login.trim().replace(/^@/, ''))
    .filter(Boolean);
}

/** Only well-formed rules count: an answer of another shape proves no protection (and so cannot open the gate). */
function protection(rules: unknown): { reviewers: string[]; waitMinutes: number } {
  const list = (Array.isArray(rules) ? rules : []).filter(
    (rule): rule is ProtectionRule => typeof rule === 'object' && rule !== null,
  );
  const reviewers = list
    .filter((rule) => rule.type === 'required_reviewers' && Array.isArray(rule.reviewers))
    .flatMap((rule) => rule.reviewers!)
    .map((entry) => {
      const reviewer = typeof entry === 'object' && entry !== null ? entry.reviewer : undefined;
      const pick = (value: unknown) => (typeof value === 'string' ? value : '');
      return pick(reviewer?.login) || (pick(reviewer?.slug) ? `team ${pick(reviewer?.slug)}` : pick(reviewer?.name));
    })
    .filter(Boolean);
  const timers = list
    .filter((rule) => rule.type === 'wait_timer' && Number.isInteger(rule.wait_timer) && rule.wait_timer! > 0)
    .map((rule) => rule.wait_timer!);
  return { reviewers, waitMinutes: Math.max(0, ...timers) };
}

export async function checkGithubGate(request: GithubGateRequest): Promise<GateApproval> {
  const { env, environment } = request;
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
    throw new GateRefused('cannot check the environment: GITHUB_REPOSITORY is not set');
  if (!env.GITHUB_TOKEN)
    throw new GateRefused('cannot check the environment: no GITHUB_TOKEN (pass github.token to the deploy step)');
  const api = new Api(env, request.fetch ?? fetch, repository);
  const refuse = (reason: string): never => {
    throw new GateRefused(`deploy to ${environment} refused: ${reason}`);
  };

  const found = await api.get<{ protection_rules?: ProtectionRule[] }>(
    `/environments/${encodeURIComponent(environment)}`,
    `environment ${environment}`,
  );
  const { reviewers, waitMinutes } = protection(
    found.status === 200 && typeof found.body === 'object' && found.body !== null
      ? found.body.protection_rules
      : undefined,
  );
  const approverSet = async (): Promise<Set<string>> =>
    new Set([...request.approvers, ...(await approverFile(api, request, refuse))].map(lower));

  if (reviewers.length > 0) {
    const runId = env.GITHUB_RUN_ID ?? '';
    if (!/^\d+$/.test(runId)) refuse('GITHUB_RUN_ID is not set, so the approval of this run cannot be found');
    const history = await api.get<Approval[]>(`/actions/runs/${runId}/approvals`, `the approvals of run ${runId}`);
    const approval = (Array.isArray(history.body) ? history.body : [])
      .filter(
        (entry) =>
          typeof entry === 'object' &&
          entry !== null &&
          entry.state === 'approved' &&
          Array.isArray(entry.environments),
      )
      .filter((entry) =>
        entry.environments!.some((item) => typeof item?.name === 'string' && lower(item.name) === lower(environment)),
      )
      .at(-1);
    const by =
      typeof approval?.user?.login === 'string' && approval.user.login !== '' ? approval.user.login : undefined;
    if (!by)
      refuse(`${environment} requires reviewers (${reviewers.join(', ')}) but run ${runId} has no approval for it`);
    // A configured approver list narrows the environment's reviewers further; it never widens them.
    if (request.approvers.length > 0 || request.approversFile) {
      const allowed = await approverSet();
      if (!allowed.has(lower(by!))) refuse(`${by} approved, but is not on the approver list`);
    }
    return {
      kind: 'required-reviewers',
      by: by!,
      detail: `approved by ${by} (required reviewers: ${reviewers.join(', ')})${approval?.comment ? `: ${approval.comment}` : ''}`,
    };
  }
  if (waitMinutes > 0)
    return { kind: 'wait-timer', detail: `wait timer of ${waitMinutes} min (nobody approves a wait timer)` };

  const unprotected =
    found.status === 404
      ? `environment ${environment} does not exist (GitHub would create it without protection)`
      : `environment ${environment} has no required reviewers and no wait timer`;
  if (request.approvers.length === 0 && !request.approversFile) {
    refuse(
      `${unprotected}, and no fallback gate is configured: add required reviewers or a wait timer, or set approvers-file and deploy from a workflow_dispatch run of the default branch (docs/deploy.md)`,
    );
  }
  const repo = await api.get<{ default_branch?: string }>('', 'the repository');
  const defaultBranch = typeof repo.body?.default_branch === 'string' ? repo.body.default_branch : undefined;
  if (!defaultBranch) refuse('cannot tell the default branch of the repository');
  if (env.GITHUB_EVENT_NAME !== 'workflow_dispatch' || env.GITHUB_REF !== `refs/heads/${defaultBranch}`) {
    refuse(
      `${unprotected}; the fallback gate only accepts a workflow_dispatch run of ${defaultBranch}, this is a ${env.GITHUB_EVENT_NAME ?? 'unknown'} run of ${env.GITHUB_REF ?? 'an unknown ref'}`,
    );
  }
  // GITHUB_TRIGGERING_ACTOR is whoever started this attempt; GITHUB_ACTOR stays the first dispatcher on a re-run.
  const dispatcher = env.GITHUB_TRIGGERING_ACTOR;
  if (!dispatcher) refuse('GITHUB_TRIGGERING_ACTOR is not set, so who started this run attempt is unknown');
  const allowed = await approverSet();
  if (!allowed.has(lower(dispatcher!))) {
    const rerun =
      env.GITHUB_ACTOR && lower(env.GITHUB_ACTOR) !== lower(dispatcher!)
        ? ` (a re-run of ${env.GITHUB_ACTOR}'s run)`
        : '';
    refuse(`${dispatcher}, who started this run attempt${rerun}, is not on the approver list of ${environment}`);
  }
  return {
    kind: 'fallback-dispatch',
    by: dispatcher!,
    detail: `dispatched from ${defaultBranch} by ${dispatcher}, an approver (${unprotected})`,
  };
}

async function approverFile(
  api: Api,
  request: GithubGateRequest,
  refuse: (reason: string) => never,
): Promise<string[]> {
  if (!request.approversFile) return [];
  const repo = await api.get<{ default_branch?: string }>('', 'the repository');
  const branch = typeof repo.body?.default_branch === 'string' ? repo.body.default_branch : undefined;
  if (!branch) refuse('cannot tell the default branch to read the approver list from');
  const path = request.approversFile.split('/').map(encodeURIComponent).join('/');
  const file = await api.get<{ type?: string; encoding?: string; content?: string }>(
    `/contents/${path}?ref=${encodeURIComponent(branch!)}`,
    `${request.approversFile} on ${branch}`,
  );
  if (
    file.status === 404 ||
    file.body?.type !== 'file' ||
    file.body.encoding !== 'base64' ||
    typeof file.body.content !== 'string'
  ) {
    refuse(`the approver list ${request.approversFile} is not a file on ${branch}`);
  }
  const logins = parseApproverList(Buffer.from(file.body!.content!, 'base64').toString('utf8'));
  if (logins.length === 0) refuse(`the approver list ${request.approversFile} on ${branch} is empty`);
  return logins;
}
