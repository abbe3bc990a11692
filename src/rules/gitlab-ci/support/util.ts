import type { GitlabCiModel, GitlabJob } from '../../../domains/gitlab-ci/index.js';
import { isPlainObject } from '../../../domains/gitlab-ci/index.js';

export { isPlainObject };

/** Variable names that hold credentials by convention. */
export const SECRET_NAME =
  /(?:^|_)(?:TOKEN|SECRET|PASSWORD|PASSWD|PASS|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|AUTH)(?:$|_)/i;
/** Names that end like a secret but hold a path, a URL or a user name. */
const NOT_A_SECRET_NAME =
  /_(?:FILE|PATH|URL|URI|HOST|NAME|USER|USERNAME|ID|TYPE|HEADER|ENDPOINT|DIR|EXPIRES?_AT|LENGTH)$/i;
/** GitLab-issued short-lived credentials that are fine to use in jobs. */
export const JOB_SCOPED = new Set([
  'CI_JOB_TOKEN',
  'CI_REGISTRY_PASSWORD',
  'CI_DEPENDENCY_PROXY_PASSWORD',
  'CI_DEPLOY_PASSWORD',
]);

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_A_SECRET_NAME.test(name);
}

/** Literal credentials with a recognisable shape. */
export const TOKEN_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: 'GitLab personal access token', pattern: /\bglpat-[0-9A-Za-z_-]{20,}/ },
  { name: 'GitLab deploy token', pattern: /\bgldt-[0-9A-Za-z_-]{20,}/ },
  { name: 'GitLab runner token', pattern: /\bglrt-[0-9A-Za-z_-]{20,}/ },
  { name: 'GitHub token', pattern: /\bgh[pousr]_[0-9A-Za-z]{36,}/ },
  { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: 'Slack token', pattern: /\bxox[baprs]-[0-9A-Za-z-]{10,}/ },
  { name: 'npm token', pattern: /\bnpm_[0-9A-Za-z]{36}\b/ },
  { name: 'private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
];

/** Variables whose value the author of a merge request or a commit chooses. */
export const UNTRUSTED_VARIABLES = [
  'CI_MERGE_REQUEST_TITLE',
  'CI_MERGE_REQUEST_DESCRIPTION',
  'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME',
  'CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME',
  'CI_COMMIT_MESSAGE',
  'CI_COMMIT_TITLE',
  'CI_COMMIT_DESCRIPTION',
  'CI_COMMIT_TAG_MESSAGE',
  'CI_COMMIT_AUTHOR',
  'CI_COMMIT_BRANCH',
  'CI_COMMIT_REF_NAME',
];

/** `$NAME` and `${NAME}` references in a line, with their offsets. */
export function variableRefs(text: string): { name: string; index: number; raw: string }[] {
  const refs: { name: string; index: number; raw: string }[] = [];
  for (const match of text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g)) {
    refs.push({ name: (match[1] ?? match[2])!, index: match.index!, raw: match[0] });
  }
  return refs;
}

/** Quote state at each offset of a shell line: 'none', 'single' or 'double'. */
export function quoteAt(text: string, offset: number): 'none' | 'single' | 'double' {
  let state: 'none' | 'single' | 'double' = 'none';
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (state !== 'single' && c === '\\') {
      i++;
      continue;
    }
    if (state === 'none' && c === "'") state = 'single';
    else if (state === 'single' && c === "'") state = 'none';
    else if (state === 'none' && c === '"') state = 'double';
    else if (state === 'double' && c === '"') state = 'none';
  }
  return state;
}

/** Splits a shell line on `&&`, `||`, `;`, new lines and `|`, keeping the separator that follows each part. */
export function commands(text: string): { text: string; offset: number; next: string }[] {
  const parts: { text: string; offset: number; next: string }[] = [];
  let start = 0;
  let state: 'none' | 'single' | 'double' = 'none';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (state !== 'single' && c === '\\') {
      i++;
      continue;
    }
    if (state === 'none' && c === "'") state = 'single';
    else if (state === 'single' && c === "'") state = 'none';
    else if (state === 'none' && c === '"') state = 'double';
    else if (state === 'double' && c === '"') state = 'none';
    else if (state === 'none' && (c === ';' || c === '\n' || c === '|' || c === '&')) {
      let separator = c;
      if ((c === '|' || c === '&') && text[i + 1] === c) separator = c + c;
      if (c === '&' && separator === '&') continue; // background `&` or `&>`: not a split we need
      parts.push({ text: text.slice(start, i), offset: start, next: separator });
      i += separator.length - 1;
      start = i + 1;
    }
  }
  parts.push({ text: text.slice(start), offset: start, next: '' });
  return parts.filter((part) => part.text.trim() !== '');
}

/** True when a value is written with a CI/CD variable or an input, so its final value is unknown here. */
export function isDynamic(value: string): boolean {
  return value.includes('$');
}

export function environmentOf(
  job: GitlabJob,
): { name: string | undefined; action: string; tier: string | undefined } | undefined {
  const environment = job.resolved.environment;
  if (typeof environment === 'string') return { name: environment, action: 'start', tier: undefined };
  if (!isPlainObject(environment)) return undefined;
  return {
    name: typeof environment.name === 'string' ? environment.name : undefined,
    action: typeof environment.action === 'string' ? environment.action : 'start',
    tier: typeof environment.deployment_tier === 'string' ? environment.deployment_tier : undefined,
  };
}

/** A job that deploys: it starts an environment. */
export function isDeployJob(job: GitlabJob): boolean {
  const environment = environmentOf(job);
  return environment !== undefined && environment.action === 'start';
}

/** A `rules:if` that admits merge-request pipelines. */
export const MERGE_REQUEST_CONDITION =
  /\$CI_PIPELINE_SOURCE\s*==\s*["']merge_request_event["']|\$CI_MERGE_REQUEST_(?:IID|ID)\b(?!\s*==\s*null)/;

/** True when a job runs in merge-request pipelines: a `rules:if` admits them, or `only:` lists `merge_requests`. */
export function runsOnMergeRequests(job: GitlabJob): boolean {
  if (
    rulesOf(job).some(
      (rule) => typeof rule.if === 'string' && MERGE_REQUEST_CONDITION.test(rule.if) && rule.when !== 'never',
    )
  )
    return true;
  const only = job.resolved.only;
  const refs = isPlainObject(only) ? only.refs : only;
  return Array.isArray(refs) && refs.includes('merge_requests');
}

export function rulesOf(job: GitlabJob): Record<string, unknown>[] {
  const rules = job.resolved.rules;
  return Array.isArray(rules) ? rules.flat(10).filter(isPlainObject) : [];
}

/** Where a job's key is written: its own key when it has one, else the job's name. */
export function ownOrName(
  model: GitlabCiModel,
  job: GitlabJob,
  key: string,
): { span: import('../../../core/finding.js').Span; path: string } {
  return key in job.own ? model.locate([job.name, key], { key: true }) : job.keyAt;
}

export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let distance = 3;
  for (const candidate of candidates) {
    const d = levenshtein(word.toLowerCase(), candidate);
    if (d < distance) {
      distance = d;
      best = candidate;
    }
  }
  return best;
}

/** The file is a root pipeline (`.gitlab-ci.yml`), not a fragment meant to be included. */
export function isRootPipeline(model: GitlabCiModel): boolean {
  return /(^|\/)\.gitlab-ci\.ya?ml$/i.test(model.file.path) && !model.header;
}

/** The stage list a rule can trust, or undefined when it is declared somewhere this file cannot see. */
export function knownStages(
  model: GitlabCiModel,
  readFile: (path: string) => string | undefined,
): string[] | undefined {
  if (model.stagesDeclared) return model.stages;
  const view = model.project(readFile);
  if (view.stages) return view.stages;
  if (isRootPipeline(model) && view.complete) return model.stages;
  return undefined;
}

/** Security-scanning jobs by name, stage or the command they run. */
export function isSecurityJob(job: GitlabJob): boolean {
  const words =
    /(?:^|[^a-z])(sast|dast|security|secret[-_ ]?detection|secrets?[-_]scan|dependency[-_ ]scanning|container[-_ ]scanning|audit|trivy|grype|gitleaks|semgrep|osv[-_]scanner)(?:$|[^a-z])/i;
  if (words.test(job.name) || words.test(job.stage)) return true;
  return job.scripts.some((line) =>
    /\b(?:security-gate|secrets-scan|trivy|grype|gitleaks|osv-scanner|npm audit)\b/.test(line.text),
  );
}
