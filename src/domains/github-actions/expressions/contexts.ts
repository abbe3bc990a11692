/**
 * Which contexts and special functions each workflow key may use, after GitHub's "Context availability" table
 * (docs: Contexts reference, checked 2026-11). Keys are matched on the YAML key path of the value.
 */
export interface Availability {
  /** The table row, e.g. `jobs.<job_id>.runs-on`. */
  key: string;
  contexts: ReadonlySet<string>;
  functions: ReadonlySet<string>;
}

const STEP_CONTEXTS = 'github needs strategy matrix job runner env vars secrets steps inputs';

const ROWS: [key: string, pattern: string[], contexts: string, functions: string][] = [
  ['run-name', ['run-name'], 'github inputs vars', ''],
  ['defaults.run.shell', ['defaults', 'run', 'shell'], '', ''],
  ['concurrency', ['concurrency', '**'], 'github inputs vars', ''],
  ['env', ['env', '*'], 'github secrets inputs vars', ''],
  [
    'on.workflow_call.inputs.<inputs_id>.default',
    ['on', 'workflow_call', 'inputs', '*', 'default'],
    'github inputs vars',
    '',
  ],
  [
    'on.workflow_call.outputs.<output_id>.value',
    ['on', 'workflow_call', 'outputs', '*', 'value'],
    'github jobs vars inputs',
    '',
  ],
  ['jobs.<job_id>.concurrency', ['jobs', '*', 'concurrency', '**'], 'github needs strategy matrix inputs vars', ''],
  [
    'jobs.<job_id>.container.credentials',
    ['jobs', '*', 'container', 'credentials', '**'],
    'github needs strategy matrix env vars secrets inputs',
    '',
  ],
  [
    'jobs.<job_id>.container.env.<env_id>',
    ['jobs', '*', 'container', 'env', '*'],
    'github needs strategy matrix job runner env vars secrets inputs',
    '',
  ],
  ['jobs.<job_id>.container', ['jobs', '*', 'container', '**'], 'github needs strategy matrix vars inputs', ''],
  [
    'jobs.<job_id>.continue-on-error',
    ['jobs', '*', 'continue-on-error'],
    'github needs strategy vars matrix inputs',
    '',
  ],
  [
    'jobs.<job_id>.defaults.run',
    ['jobs', '*', 'defaults', 'run', '**'],
    'github needs strategy matrix env vars inputs',
    '',
  ],
  ['jobs.<job_id>.env', ['jobs', '*', 'env', '*'], 'github needs strategy matrix vars secrets inputs', ''],
  [
    'jobs.<job_id>.environment.url',
    ['jobs', '*', 'environment', 'url'],
    'github needs strategy matrix job runner env vars steps inputs',
    '',
  ],
  ['jobs.<job_id>.environment', ['jobs', '*', 'environment', '**'], 'github needs strategy matrix vars inputs', ''],
  ['jobs.<job_id>.if', ['jobs', '*', 'if'], 'github needs vars inputs', 'always cancelled success failure'],
  ['jobs.<job_id>.name', ['jobs', '*', 'name'], 'github needs strategy matrix vars inputs', ''],
  [
    'jobs.<job_id>.outputs.<output_id>',
    ['jobs', '*', 'outputs', '*'],
    'github needs strategy matrix job runner env vars secrets steps inputs',
    '',
  ],
  ['jobs.<job_id>.runs-on', ['jobs', '*', 'runs-on', '**'], 'github needs strategy matrix vars inputs', ''],
  [
    'jobs.<job_id>.secrets.<secrets_id>',
    ['jobs', '*', 'secrets', '**'],
    'github needs strategy matrix secrets inputs vars',
    '',
  ],
  [
    'jobs.<job_id>.services.<service_id>.credentials',
    ['jobs', '*', 'services', '*', 'credentials', '**'],
    'github needs strategy matrix env vars secrets inputs',
    '',
  ],
  [
    'jobs.<job_id>.services.<service_id>.env.<env_id>',
    ['jobs', '*', 'services', '*', 'env', '*'],
    'github needs strategy matrix job runner env vars secrets inputs',
    '',
  ],
  ['jobs.<job_id>.services', ['jobs', '*', 'services', '**'], 'github needs strategy matrix vars inputs', ''],
  [
    'jobs.<job_id>.steps.if',
    ['jobs', '*', 'steps', '#', 'if'],
    'github needs strategy matrix job runner env vars steps inputs',
    'always cancelled success failure hashFiles',
  ],
  // `shell` (of a step or of `defaults.run` outside a job) takes no expression: the runner's workflow schema gives its
  // type no context, and the docs' table has no row for it.
  ['jobs.<job_id>.steps.shell', ['jobs', '*', 'steps', '#', 'shell'], '', ''],
  ['jobs.<job_id>.steps.*', ['jobs', '*', 'steps', '#', '**'], STEP_CONTEXTS, 'hashFiles'],
  ['jobs.<job_id>.strategy', ['jobs', '*', 'strategy', '**'], 'github needs vars inputs', ''],
  ['jobs.<job_id>.timeout-minutes', ['jobs', '*', 'timeout-minutes'], 'github needs strategy matrix vars inputs', ''],
  ['jobs.<job_id>.with.<with_id>', ['jobs', '*', 'with', '*'], 'github needs strategy matrix inputs vars', ''],
];

const TABLE: (Availability & { pattern: string[] })[] = ROWS.map(([key, pattern, contexts, functions]) => ({
  key,
  pattern,
  contexts: new Set(contexts ? contexts.split(' ') : []),
  functions: new Set(functions ? functions.split(' ').map((name) => name.toLowerCase()) : []),
}));

function matches(pattern: string[], path: readonly (string | number)[]): boolean {
  let i = 0;
  for (const [index, segment] of pattern.entries()) {
    if (segment === '**') return index === pattern.length - 1;
    const actual = path[i];
    if (actual === undefined) return false;
    if (segment === '#') {
      if (typeof actual !== 'number') return false;
    } else if (segment !== '*' && segment !== String(actual)) return false;
    i++;
  }
  return i === path.length;
}

const rowCache = new Map<string, Availability | null>();

/** The table row for a value at a workflow key path, or undefined where the table says nothing (no check). */
export function workflowAvailability(path: readonly (string | number)[]): Availability | undefined {
  // Job ids and step indexes do not change the row: cache on the path with them blanked.
  const key = path
    .map((segment, index) => (typeof segment === 'number' ? '#' : index === 1 && path[0] === 'jobs' ? '*' : segment))
    .join('\u0000');
  let hit = rowCache.get(key);
  if (hit === undefined) {
    hit = TABLE.find((row) => matches(row.pattern, path)) ?? null;
    if (rowCache.size > 5000) rowCache.clear();
    rowCache.set(key, hit);
  }
  return hit ?? undefined;
}

/** Every context name the language knows. */
export const ALL_CONTEXTS: ReadonlySet<string> = new Set([
  'github',
  'env',
  'vars',
  'job',
  'jobs',
  'steps',
  'runner',
  'secrets',
  'strategy',
  'matrix',
  'needs',
  'inputs',
]);

/** Contexts of action.yml values (composite steps, input defaults, outputs): no `secrets`, `needs` or `jobs`. */
export const ACTION_CONTEXTS: ReadonlySet<string> = new Set([
  'github',
  'env',
  'vars',
  'job',
  'steps',
  'runner',
  'strategy',
  'matrix',
  'inputs',
]);
