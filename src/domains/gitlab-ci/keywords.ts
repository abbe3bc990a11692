/**
 * GitLab CI keywords, taken from GitLab's CI JSON schema (`ci.json`: top-level `properties`, `definitions.job_template`,
 * the `default` and `workflow` objects) and the `spec:` header reference. Keep sorted.
 */

/** Top-level keys that are not jobs. `image`, `services`, `cache`, `before_script`, `after_script` are deprecated there. */
export const GLOBAL_KEYWORDS = new Set([
  'after_script',
  'before_script',
  'cache',
  'default',
  'image',
  'include',
  'services',
  'stages',
  'variables',
  'workflow',
]);

/** Globals GitLab still accepts at the top level but wants under `default:`. */
export const DEPRECATED_GLOBALS = new Set(['after_script', 'before_script', 'cache', 'image', 'services']);

export const JOB_KEYWORDS = new Set([
  'after_script',
  'allow_failure',
  'artifacts',
  'before_script',
  'cache',
  'coverage',
  'dast_configuration',
  'dependencies',
  'environment',
  'except',
  'extends',
  'hooks',
  'id_tokens',
  'identity',
  'image',
  'inherit',
  'interruptible',
  'manual_confirmation',
  'needs',
  'only',
  'pages',
  'parallel',
  'publish',
  'release',
  'resource_group',
  'retry',
  'rules',
  'run',
  'script',
  'secrets',
  'services',
  'stage',
  'start_in',
  'tags',
  'timeout',
  'trigger',
  'variables',
  'when',
]);

export const DEFAULT_KEYWORDS = new Set([
  'after_script',
  'artifacts',
  'before_script',
  'cache',
  'hooks',
  'id_tokens',
  'identity',
  'image',
  'interruptible',
  'retry',
  'services',
  'tags',
  'timeout',
]);

export const WORKFLOW_KEYWORDS = new Set(['auto_cancel', 'name', 'rules']);

export const SPEC_KEYWORDS = new Set(['component', 'include', 'inputs']);

export const INPUT_KEYWORDS = new Set(['default', 'description', 'options', 'regex', 'rules', 'type']);

export const INPUT_TYPES = new Set(['array', 'boolean', 'number', 'string']);

export const RULE_KEYWORDS = new Set([
  'allow_failure',
  'changes',
  'exists',
  'if',
  'interruptible',
  'needs',
  'variables',
  'when',
]);

export const WHEN_VALUES = new Set(['always', 'delayed', 'manual', 'never', 'on_failure', 'on_success']);

/** Keys of the nested job keywords GitLab validates (an unknown key makes it reject the job). */
export const NESTED_KEYWORDS: Record<string, Set<string>> = {
  artifacts: new Set([
    'access',
    'exclude',
    'expire_in',
    'expose_as',
    'name',
    'paths',
    'public',
    'reports',
    'untracked',
    'when',
  ]),
  cache: new Set(['fallback_keys', 'key', 'paths', 'policy', 'unprotect', 'untracked', 'when']),
  environment: new Set(['action', 'auto_stop_in', 'deployment_tier', 'kubernetes', 'name', 'on_stop', 'url']),
  include: new Set([
    'cache',
    'component',
    'file',
    'inputs',
    'integrity',
    'local',
    'project',
    'ref',
    'remote',
    'rules',
    'template',
  ]),
};

/** Stages GitLab defines when a pipeline declares none; `.pre` and `.post` always exist. */
export const DEFAULT_STAGES = ['.pre', 'build', 'test', 'deploy', '.post'];

/** Include forms, by their key. */
export const INCLUDE_KINDS = ['local', 'project', 'remote', 'template', 'component'] as const;
