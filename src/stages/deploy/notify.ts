import { redactUrlsIn, splitCredentials } from '../../core/redact.js';
import type { DeployRecord } from './types.js';

export interface NotifyContext {
  commit?: string;
  runUrl?: string;
  repository?: string;
}

/** Tokens that look like credentials, masked even when nobody listed them as secret. */
const TOKEN_PATTERNS = [
  /gh[pousr]_[A-Za-z0-9]{20,}/g,
  /github_pat_[A-Za-z0-9_]{20,}/g,
  /glpat-[A-Za-z0-9_-]{20,}/g,
  /xox[abposr]-[A-Za-z0-9-]{10,}/g,
  /AKIA[0-9A-Z]{16}/g,
  /(?<=\/\/)[^/\s:@]+:[^/\s@]+(?=@)/g,
];

/** Replaces every listed secret value and every token-looking string with `***`. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of [...secrets].filter((value) => value.length >= 4).sort((a, b) => b.length - a.length)) {
    masked = masked.split(secret).join('***');
  }
  for (const pattern of TOKEN_PATTERNS) masked = masked.replace(pattern, '***');
  return masked;
}

const SHORT = (digest: string | undefined): string => (digest ? digest.replace(/^sha256:/, '').slice(0, 12) : 'none');

/** A Slack-compatible message (`text` + `blocks`); other webhooks read `text` or the `shipshape` object. */
export function deployMessage(record: DeployRecord, context: NotifyContext, secrets: readonly string[] = []): object {
  const outcome =
    record.result === 'succeeded' ? 'succeeded' : record.result === 'rolled-back' ? 'was rolled back' : 'FAILED';
  const icon =
    record.result === 'succeeded' ? ':white_check_mark:' : record.result === 'rolled-back' ? ':rewind:' : ':x:';
  const lines = [
    `${icon} Deploy to *${record.environment}* ${outcome}`,
    `image: ${record.image}@${record.digest}`,
    `previous: ${SHORT(record.previousDigest)}; strategy: ${record.strategy} (${record.driver}); took ${(record.durationMs / 1000).toFixed(1)}s`,
    ...(record.reason ? [`reason: ${record.reason}`] : []),
    ...(context.commit ? [`commit: ${context.commit}`] : []),
    ...(context.runUrl ? [`run: ${context.runUrl}`] : []),
  ];
  const text = maskSecrets(lines.join('\n'), secrets);
  return {
    text,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
    shipshape: JSON.parse(maskSecrets(JSON.stringify({ ...record, ...context }), secrets)),
  };
}

/** POSTs a message to a webhook; returns an error text instead of throwing, since a failed notice must not hide the deploy's own result. */
export async function postWebhook(webhook: string, message: object, timeoutMs = 10_000): Promise<string | undefined> {
  // user:password in the URL goes into an Authorization header: fetch refuses such URLs, quoting them whole.
  const { url, headers } = splitCredentials(webhook);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.ok ? undefined : `webhook answered HTTP ${response.status}`;
  } catch (error) {
    // Error texts (and their causes) may quote the URL: printed without userinfo, query or fragment.
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `webhook failed: ${redactUrlsIn(`${error instanceof Error ? error.message : String(error)}${cause}`)}`;
  }
}

/** The record as step outputs (GITHUB_OUTPUT / dotenv). */
export function recordOutputs(record: DeployRecord): Record<string, string> {
  return {
    result: record.result,
    environment: record.environment,
    digest: record.digest,
    'previous-digest': record.previousDigest ?? '',
    strategy: record.strategy,
    'duration-ms': String(record.durationMs),
    record: JSON.stringify(record),
  };
}

/** The record as a Markdown job summary section. */
export function recordSummary(record: DeployRecord): string {
  const rows = record.steps.map(
    (step) => `| ${step.ok ? '✅' : '❌'} ${step.name} | ${step.detail.replace(/\|/g, '\\|')} | ${step.ms} |`,
  );
  return [
    `### Deploy to ${record.environment}: ${record.result}`,
    '',
    `- image: \`${record.image}@${record.digest}\``,
    `- previous: \`${record.previousDigest ?? 'none'}\``,
    `- strategy: ${record.strategy} (${record.driver}), ${record.durationMs} ms`,
    ...(record.approval ? [`- gate: ${record.approval.detail}`] : []),
    ...(record.reason ? [`- reason: ${record.reason}`] : []),
    '',
    '| step | detail | ms |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

export interface PipelineNotice {
  status: 'failure' | 'success' | 'cancelled';
  /** Workflow or pipeline name. */
  pipeline?: string;
  repository?: string;
  ref?: string;
  commit?: string;
  runUrl?: string;
  environment?: string;
  /** Free text from the caller, e.g. which job failed. */
  message?: string;
}

/** A Slack-compatible message about a whole pipeline run (the failure-notification job of the kit). */
export function pipelineMessage(notice: PipelineNotice, secrets: readonly string[] = []): object {
  const icon = notice.status === 'success' ? ':white_check_mark:' : notice.status === 'cancelled' ? ':warning:' : ':x:';
  const what = `${notice.pipeline ?? 'Pipeline'}${notice.repository ? ` in ${notice.repository}` : ''}`;
  const lines = [
    `${icon} ${what}: ${notice.status}`,
    ...(notice.environment ? [`environment: ${notice.environment}`] : []),
    ...(notice.ref ? [`ref: ${notice.ref}`] : []),
    ...(notice.commit ? [`commit: ${notice.commit}`] : []),
    ...(notice.message ? [notice.message] : []),
    ...(notice.runUrl ? [`run: ${notice.runUrl}`] : []),
  ];
  const text = maskSecrets(lines.join('\n'), secrets);
  return {
    text,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
    shipshape: JSON.parse(maskSecrets(JSON.stringify(notice), secrets)),
  };
}

/** Values of environment variables whose names say they are secret, for masking. */
export function secretValues(env: NodeJS.ProcessEnv, extra: (string | undefined)[] = []): string[] {
  return [
    ...extra.filter((value): value is string => Boolean(value)),
    ...Object.entries(env)
      .filter(([name]) => /TOKEN|SECRET|PASSWORD|PRIVATE|_KEY$|WEBHOOK/i.test(name))
      .map(([, value]) => value ?? ''),
  ];
}

/** The run link and commit from GitHub's or GitLab's environment. */
export function runContext(env: NodeJS.ProcessEnv): {
  commit?: string;
  runUrl?: string;
  repository?: string;
  ref?: string;
  pipeline?: string;
} {
  const github = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY;
  const pick = (...values: (string | undefined)[]): string | undefined => values.find((value) => value);
  const out = {
    commit: pick(env.GITHUB_SHA, env.CI_COMMIT_SHA),
    runUrl: github
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : pick(env.CI_PIPELINE_URL, env.CI_JOB_URL),
    repository: pick(env.GITHUB_REPOSITORY, env.CI_PROJECT_PATH),
    ref: pick(env.GITHUB_REF_NAME, env.CI_COMMIT_REF_NAME),
    pipeline: pick(env.GITHUB_WORKFLOW, env.CI_PROJECT_NAME ? `${env.CI_PROJECT_NAME} pipeline` : undefined),
  };
  return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined));
}
