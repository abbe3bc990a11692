/**
 * Renders the pipeline spec into the files that expose it and reads those files back, so a test can prove they
 * agree. Run `node --import tsx src/pipeline/render.ts [path-prefix…]` to rewrite the generated parts, `--check` to only
 * compare.
 *
 * Each platform is one adapter: how a spec input looks in that platform's file (`expected`) and how to read the
 * inputs out of such a file (`actual`). Adding a platform means adding one adapter to PLATFORMS.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Document, isMap, isPair, isScalar, parseDocument, visit } from 'yaml';
import { SURFACES, type InputSpec, type OutputSpec, type Surface } from './spec.js';

/** An input as a platform file states it, reduced to what can be compared. */
export interface DeclaredInput {
  name: string;
  description: string;
  required: boolean;
  /** Default as text ('' when absent). */
  default: string;
  /** Platform type where the platform has one. */
  type?: string;
  options?: string[];
  pattern?: string;
}

export interface PlatformAdapter {
  expected(input: InputSpec): DeclaredInput;
  actual(text: string): DeclaredInput[];
}

const defaultText = (input: InputSpec): string => (input.default === undefined ? '' : String(input.default));

/** GitHub action inputs have no type: choices go into the description. */
export function githubDescription(input: InputSpec): string {
  return input.options ? `${input.description} One of: ${input.options.join(', ')}.` : input.description;
}

/**
 * GitLab (and gitlab-ci-local, `new RegExp(regex)`) compile `regex:` without `/…/` delimiters, so a delimited
 * pattern never matches. The spec lets an empty value through unless the input is `nonEmpty`.
 */
export function gitlabRegex(input: InputSpec): string {
  return input.nonEmpty ? `^(?:${input.pattern})$` : `^(?:${input.pattern})?$`;
}

function parseYaml(text: string): Document {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
  return doc;
}

function readInputMap(map: unknown, withType: boolean): DeclaredInput[] {
  if (!map || typeof map !== 'object') return [];
  return Object.entries(map as Record<string, Record<string, unknown>>).map(([name, body]) => ({
    name,
    description: String(body?.description ?? ''),
    required: body?.required === true,
    default: body?.default === undefined || body?.default === null ? '' : String(body.default),
    ...(withType ? { type: String(body?.type ?? '') } : {}),
  }));
}

export const PLATFORMS: Record<Surface['platform'], PlatformAdapter> = {
  'github-action': {
    expected: (input) => ({
      name: input.name,
      description: githubDescription(input),
      required: input.default === undefined,
      default: defaultText(input),
    }),
    actual: (text) => readInputMap((parseYaml(text).toJS() as { inputs?: unknown }).inputs, false),
  },
  'github-workflow': {
    expected: (input) => ({
      name: input.name,
      description: githubDescription(input),
      required: input.default === undefined,
      default: defaultText(input),
      type: input.type === 'choice' ? 'string' : input.type,
    }),
    actual: (text) => {
      const on = (parseYaml(text).toJS() as { on?: { workflow_call?: { inputs?: unknown } } }).on;
      return readInputMap(on?.workflow_call?.inputs, true);
    },
  },
  // GitLab `spec:inputs` (header document of gitlab/*.yml); the GitLab templates are checked through this adapter.
  gitlab: {
    expected: (input) => ({
      name: input.name,
      description: input.description,
      required: input.default === undefined,
      default: defaultText(input),
      type: input.type === 'choice' ? 'string' : input.type,
      ...(input.options ? { options: [...input.options] } : {}),
      ...(input.pattern ? { pattern: gitlabRegex(input) } : {}),
    }),
    actual: (text) => {
      const header = parseYaml(text.split(/^---\s*$/m)[0] ?? '').toJS() as {
        spec?: { inputs?: Record<string, Record<string, unknown>> };
      };
      return Object.entries(header?.spec?.inputs ?? {}).map(([name, body]) => ({
        name,
        description: String(body?.description ?? ''),
        required: body?.default === undefined,
        default: body?.default === undefined || body?.default === null ? '' : String(body.default),
        type: String(body?.type ?? 'string'),
        ...(Array.isArray(body?.options) ? { options: body.options.map(String) } : {}),
        ...(typeof body?.regex === 'string' ? { pattern: body.regex } : {}),
      }));
    },
  },
};

/** Human-readable differences between what the spec says and what a file declares; [] when they agree. */
export function diffInputs(surface: Surface, text: string): string[] {
  const adapter = PLATFORMS[surface.platform];
  const actual = new Map(adapter.actual(text).map((input) => [input.name, input]));
  const problems: string[] = [];
  for (const spec of surface.inputs) {
    const want = adapter.expected(spec);
    const have = actual.get(spec.name);
    actual.delete(spec.name);
    if (!have) {
      problems.push(`${surface.path}: input "${spec.name}" is in the spec but not declared`);
      continue;
    }
    for (const key of Object.keys(want) as (keyof DeclaredInput)[]) {
      if (JSON.stringify(want[key]) !== JSON.stringify(have[key])) {
        problems.push(
          `${surface.path}: input "${spec.name}" ${key} is ${JSON.stringify(have[key])}, the spec says ${JSON.stringify(want[key])}`,
        );
      }
    }
  }
  for (const name of actual.keys()) problems.push(`${surface.path}: input "${name}" is declared but not in the spec`);
  return problems;
}

// ---- generation -------------------------------------------------------------------------------------------------

function githubInputNode(input: InputSpec, withType: boolean): Record<string, unknown> {
  const node: Record<string, unknown> = {
    description: githubDescription(input),
    required: input.default === undefined,
  };
  if (withType) node.type = input.type === 'choice' ? 'string' : input.type;
  if (input.default !== undefined) node.default = withType ? input.default : String(input.default);
  return node;
}

const STRINGIFY = { lineWidth: 0, minContentWidth: 0 } as const;

/** Rewrites an action.yml's `inputs:` and `outputs:` from the spec, keeping everything else (and comments). */
export function syncActionYml(text: string, surface: Surface): string {
  const doc = parseYaml(text);
  const inputs = Object.fromEntries(surface.inputs.map((input) => [input.name, githubInputNode(input, false)]));
  doc.set('inputs', doc.createNode(inputs));
  if (surface.outputs) {
    const existing = doc.get('outputs');
    const outputs = Object.fromEntries(
      surface.outputs.map((output) => {
        // Composite actions map outputs with `value:`; keep any that is there.
        const value = isMap(existing) ? (existing.getIn([output.name, 'value']) as string | undefined) : undefined;
        return [
          output.name,
          value === undefined ? { description: output.description } : { description: output.description, value },
        ];
      }),
    );
    doc.set('outputs', doc.createNode(outputs));
  }
  return doc.toString(STRINGIFY);
}

/** Rewrites a reusable workflow's `on.workflow_call.inputs` from the spec (outputs keep their `value:` mapping). */
export function syncWorkflowYml(text: string, surface: Surface): string {
  const doc = parseYaml(text);
  const inputs = Object.fromEntries(surface.inputs.map((input) => [input.name, githubInputNode(input, true)]));
  doc.setIn(['on', 'workflow_call', 'inputs'], doc.createNode(inputs));
  for (const output of surface.outputs ?? []) {
    if (doc.hasIn(['on', 'workflow_call', 'outputs', output.name])) {
      doc.setIn(['on', 'workflow_call', 'outputs', output.name, 'description'], output.description);
    }
  }
  return doc.toString(STRINGIFY);
}

/** The YAML of a GitLab template's `spec:inputs` header for the surface's inputs (strings double-quoted). */
export function gitlabHeader(surface: Surface): string {
  const inputs = Object.fromEntries(
    surface.inputs.map((input) => {
      const node: Record<string, unknown> = {};
      if (input.type === 'boolean' || input.type === 'number') node.type = input.type;
      if (input.default !== undefined) node.default = input.default;
      if (input.options) node.options = [...input.options];
      if (input.pattern) node.regex = gitlabRegex(input);
      node.description = input.description;
      return [input.name, node];
    }),
  );
  const doc = new Document({ spec: { inputs } });
  // Double quotes for every string value: GitLab reads the header as YAML 1.1, where plain `on`, `yes` or `1_0`
  // would not be strings. Choice lists stay in flow style, as in GitLab's own examples.
  visit(doc, {
    Scalar(key, node, path) {
      const pair = path[path.length - 1];
      const isType = isPair(pair) && isScalar(pair.key) && pair.key.value === 'type';
      if (key === 'value' && typeof node.value === 'string' && !isType) node.type = 'QUOTE_DOUBLE';
    },
    Seq(_key, node) {
      node.flow = true;
    },
  });
  return doc.toString({ ...STRINGIFY, flowCollectionPadding: false });
}

/**
 * Rewrites a GitLab template's header document (everything before the first `---` line) from the spec: the leading
 * comment lines stay, `spec:inputs` is generated, the jobs after `---` are left as they are.
 */
export function syncGitlabTemplate(text: string, surface: Surface): string {
  const separator = /^---[ \t]*$/m.exec(text);
  if (!separator) throw new Error(`${surface.path} has no \`---\` line after its spec:inputs header`);
  const header = text.slice(0, separator.index);
  const comments = /^(?:#.*\n|[ \t]*\n)*/.exec(header)![0];
  return `${comments}${gitlabHeader(surface)}${text.slice(separator.index)}`;
}

/** The inputs table of docs/gitlab-kit.md, rendered from a template's `spec:inputs` header. */
export function gitlabInputsTable(templateText: string): string {
  const header = parseYaml(templateText.split(/^---$/m)[0]!).toJS() as {
    spec: { inputs: Record<string, Record<string, unknown>> };
  };
  const rows = Object.entries(header.spec.inputs).map(([name, input]) => {
    const type = String(input.type ?? 'string');
    const def =
      input.default === undefined ? '(required)' : input.default === '' ? '`""`' : `\`${cell(String(input.default))}\``;
    const allowed = Array.isArray(input.options)
      ? input.options.map((option) => `\`${option}\``).join(', ')
      : typeof input.regex === 'string'
        ? `\`${cell(input.regex)}\``
        : '';
    return `| \`${name}\` | ${type} | ${def} | ${allowed} | ${cell(String(input.description ?? ''))} |`;
  });
  return ['| Input | Type | Default | Allowed | Description |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

/** A Markdown table of inputs as an action.yml or workflow declares them. */
export function inputsTable(inputs: DeclaredInput[]): string {
  const rows = inputs.map((input) => {
    const def = input.default === '' ? '' : `\`${cell(input.default)}\``;
    return `| \`${input.name}\` | ${input.required ? 'yes' : 'no'} | ${def} | ${cell(input.description)} |`;
  });
  return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(outputs: OutputSpec[]): string {
  const rows = outputs.map((output) => `| \`${output.name}\` | ${cell(output.description)} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

/** One usage block per action README. */
export const USAGE: Record<string, string> = {
  'actions/setup/action.yml': `- uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
- uses: ORG/shipshape/actions/setup@v1
  with:
    working-directory: .
    install: true`,
  'actions/test/action.yml': `- uses: ORG/shipshape/actions/setup@v1
- uses: ORG/shipshape/actions/test@v1
  with:
    test-command: npm test -- --ci
    junit-paths: reports/junit.xml`,
  'actions/deploy/action.yml': `# The job needs permissions: contents: read, packages: write (ledger tags), actions: read (require-gate).
- uses: ORG/shipshape/actions/deploy@v1
  env:
    GITHUB_TOKEN: \${{ github.token }} # the ghcr.io ledger and the environment gate
  with:
    environment: staging
    require-gate: true
    image: ghcr.io/\${{ github.repository }}
    digest: \${{ needs.pipeline.outputs.digest }}
    strategy: blue-green
    driver: ssh
    ssh-hosts: deploy@web1.example.com
    ssh-private-key: \${{ secrets.DEPLOY_SSH_KEY }}
    ssh-known-hosts: \${{ secrets.SSH_KNOWN_HOSTS }}
    restart-command: ./restart.sh
    health-urls: https://staging.example.com/healthz
    webhook-url: \${{ secrets.CHAT_WEBHOOK }}`,
  'actions/rollback/action.yml': `- uses: ORG/shipshape/actions/rollback@v1
  env:
    GITHUB_TOKEN: \${{ github.token }} # reads and swaps the ghcr.io ledger tags (packages: write)
  with:
    environment: prod
    image: ghcr.io/\${{ github.repository }}
    driver: kubernetes
    kube-deployment: web
    health-urls: https://example.com/healthz`,
  'actions/notify/action.yml': `- uses: ORG/shipshape/actions/notify@v1
  if: failure()
  with:
    webhook-url: \${{ secrets.CHAT_WEBHOOK }}
    message: deploy-prod failed`,
  'actions/security/action.yml': `- uses: ORG/shipshape/actions/security@v1
  id: security
  with:
    severity-threshold: high
    reports: |
      trivy:reports/trivy.json
      npm-audit:reports/npm-audit.json
    allow-list: .shipshape-security.yml
    sbom-file: sbom.cdx.json
- uses: github/codeql-action/upload-sarif@5d4e8d1aca955e8d8589aabd499c5cae939e33c7 # v4.31.9
  if: always()
  with:
    sarif_file: \${{ steps.security.outputs.sarif-file }}
    category: shipshape-security`,
  'actions/build/action.yml': `- uses: ORG/shipshape/actions/build@v1
  id: build
  env:
    REGISTRY_USERNAME: \${{ github.actor }}
    REGISTRY_PASSWORD: \${{ secrets.GITHUB_TOKEN }}
  with:
    image: ghcr.io/\${{ github.repository }} # lower-cased by the action
- run: echo "built $IMAGE"
  env:
    IMAGE: \${{ steps.build.outputs.image }}`,
};

/** An action's README, generated from its action.yml so the table can never be stale. */
export function renderActionReadme(actionYmlText: string, usage: string): string {
  const action = parseYaml(actionYmlText).toJS() as {
    name?: string;
    description?: string;
    outputs?: Record<string, { description?: string }>;
  };
  const inputs = PLATFORMS['github-action'].actual(actionYmlText);
  const outputs = Object.entries(action.outputs ?? {}).map(([name, body]) => ({
    name,
    description: String(body?.description ?? ''),
  }));
  return [
    `# ${action.name ?? 'action'}`,
    '',
    String(action.description ?? '').trim(),
    '',
    '## Usage',
    '',
    '```yaml',
    usage,
    '```',
    '',
    '## Inputs',
    '',
    inputsTable(inputs),
    '',
    '## Outputs',
    '',
    outputs.length > 0 ? outputsTable(outputs) : 'None.',
    '',
    '<!-- Generated from action.yml by src/pipeline/render.ts; edit the spec (src/pipeline/spec.ts) and re-run it. -->',
    '',
  ].join('\n');
}

export const DOC_START = '<!-- reusable-pipeline-inputs:start -->';
export const DOC_END = '<!-- reusable-pipeline-inputs:end -->';

export const GITLAB_DOC_START = '<!-- gitlab-inputs:start -->';
export const GITLAB_DOC_END = '<!-- gitlab-inputs:end -->';

/** Replaces the text between two marker comments of a doc page with a generated table. */
function replaceBetween(docText: string, start: string, end: string, table: string, path: string): string {
  const from = docText.indexOf(start);
  const to = docText.indexOf(end);
  if (from === -1 || to < from) throw new Error(`${path} lacks the ${start} … ${end} markers`);
  return `${docText.slice(0, from + start.length)}\n${table}\n${docText.slice(to)}`;
}

/** Replaces the generated input table between the markers in docs/github-kit.md. */
export function syncDoc(docText: string, workflowText: string): string {
  return replaceBetween(
    docText,
    DOC_START,
    DOC_END,
    inputsTable(PLATFORMS['github-workflow'].actual(workflowText)),
    'docs/github-kit.md',
  );
}

export const ROOT_ACTION_DOC_START = '<!-- root-action-inputs:start -->';
export const ROOT_ACTION_DOC_END = '<!-- root-action-inputs:end -->';

/** Replaces the generated input table of the root action.yml between the markers in docs/root-action.md. */
export function syncRootActionDoc(docText: string, actionText: string): string {
  return replaceBetween(
    docText,
    ROOT_ACTION_DOC_START,
    ROOT_ACTION_DOC_END,
    inputsTable(PLATFORMS['github-action'].actual(actionText)),
    'docs/root-action.md',
  );
}

/** Replaces the generated input table of gitlab/pipeline.yml between the markers in docs/gitlab-kit.md. */
export function syncGitlabDoc(docText: string, pipelineText: string): string {
  return replaceBetween(
    docText,
    GITLAB_DOC_START,
    GITLAB_DOC_END,
    gitlabInputsTable(pipelineText),
    'docs/gitlab-kit.md',
  );
}

/**
 * The CI/CD catalog layout: GitLab resolves `include: component: <fqdn>/<project>/<name>@<version>` to
 * `templates/<name>.yml` or `templates/<name>/template.yml` of the project at that version
 * (https://docs.gitlab.com/ci/components/). GitLab reads the file from the repository as stored, so a symbolic link
 * would be read as its target path, not followed: the component files are generated copies of `gitlab/<name>.yml`
 * (the one source, which `include: project` and `include: remote` keep using), each with a generated README.
 */
export const CATALOG_PROJECT = 'platform/shipshape';

export const componentName = (templatePath: string): string => basename(templatePath, '.yml');
export const componentTemplatePath = (templatePath: string): string =>
  `templates/${componentName(templatePath)}/template.yml`;
export const componentReadmePath = (templatePath: string): string =>
  `templates/${componentName(templatePath)}/README.md`;

/** `templates/<name>/template.yml`: the template as it is, under a line that names its source. */
export function renderComponentTemplate(templatePath: string, templateText: string): string {
  return `# Generated from ${templatePath} by src/pipeline/render.ts: edit that file and re-run the generator.\n${templateText}`;
}

/** Example values of inputs a template cannot do without (no default), for the README's include block. */
const EXAMPLE_INPUTS: Record<string, string> = {
  image: '$CI_REGISTRY_IMAGE',
  environment: 'staging',
  'deploy-command': './deploy.sh',
};

export interface ComponentJob {
  name: string;
  stage: string;
  needs: string[];
}

/**
 * The jobs a template adds when included with its defaults (`prefix` shipshape; an input without a default shows as
 * `<input>`): hidden jobs are followed through `extends` for `stage` and `needs`, as GitLab merges them.
 */
export function componentJobs(templateText: string): ComponentJob[] {
  const [header, ...rest] = templateText.split(/^---[ \t]*$/m);
  const inputs = (parseYaml(header!).toJS() as { spec: { inputs: Record<string, { default?: unknown }> } }).spec.inputs;
  const fill = (text: string) =>
    text.replace(/\$\[\[ inputs\.([a-z0-9-]+) \]\]/g, (_, name: string) =>
      inputs[name]?.default === undefined || inputs[name]!.default === '' ? `<${name}>` : String(inputs[name]!.default),
    );
  // Inputs are filled in after parsing, value by value, as GitLab interpolates: a default is text, not YAML.
  const interpolate = (node: unknown): unknown => {
    if (typeof node === 'string') return fill(node);
    if (Array.isArray(node)) return node.map(interpolate);
    if (node && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [fill(key), interpolate(value)]));
    return node;
  };
  const doc = parseDocument(rest.join('---'), {
    customTags: [{ tag: '!reference', collection: 'seq', resolve: (seq: unknown) => seq as never }],
  });
  const jobs = interpolate(doc.toJS() ?? {}) as Record<string, Record<string, unknown>>;
  const resolveKey = (name: string, key: string, seen: Set<string> = new Set()): unknown => {
    const job = jobs[name];
    if (!job || seen.has(name)) return undefined;
    seen.add(name);
    if (key in job) return job[key];
    const parents = job.extends === undefined ? [] : Array.isArray(job.extends) ? job.extends : [job.extends];
    let found: unknown;
    for (const parent of parents as string[]) {
      const value = resolveKey(parent, key, seen);
      if (value !== undefined) found = value; // the last parent that sets a key wins
    }
    return found;
  };
  const NOT_JOBS = new Set(['stages', 'include', 'default', 'variables', 'workflow']);
  return Object.keys(jobs)
    .filter((name) => !name.startsWith('.') && !NOT_JOBS.has(name))
    .map((name) => {
      const needs = (resolveKey(name, 'needs') ?? []) as (string | { job: string; optional?: boolean })[];
      return {
        name,
        stage: String(resolveKey(name, 'stage') ?? 'test'),
        needs: needs.map((need) =>
          typeof need === 'string' ? need : `${need.job}${need.optional ? ' (if present)' : ''}`,
        ),
      };
    });
}

/** `templates/<name>/README.md`: what the component does, how to include it, the jobs it adds and its inputs. */
export function renderComponentReadme(templatePath: string, templateText: string, version: string): string {
  const name = componentName(templatePath);
  const description = (/^(?:#.*\n)+/.exec(templateText)?.[0] ?? '')
    .split('\n')
    .map((line) => line.replace(/^# ?/, ''))
    .join(' ')
    .replace(/^shipshape GitLab template — /, '')
    .trim();
  const header = parseYaml(templateText.split(/^---[ \t]*$/m)[0]!).toJS() as {
    spec: { inputs: Record<string, { default?: unknown }> };
  };
  const example = Object.entries(header.spec.inputs)
    .filter(([input, spec]) => spec.default === undefined || EXAMPLE_INPUTS[input] !== undefined)
    .map(([input]) => `      ${input}: ${EXAMPLE_INPUTS[input] ?? `<${input}>`}`);
  const jobs = componentJobs(templateText).map(
    (job) =>
      `| \`${job.name}\` | \`${job.stage}\` | ${job.needs.length ? job.needs.map((need) => `\`${need}\``).join(', ') : '—'} |`,
  );
  return [
    `# shipshape component \`${name}\``,
    '',
    `${description.charAt(0).toUpperCase()}${description.slice(1)}`,
    '',
    '## Include it',
    '',
    'From the CI/CD catalog, pinned to a released version:',
    '',
    '```yaml',
    'include:',
    `  - component: $CI_SERVER_FQDN/${CATALOG_PROJECT}/${name}@${version}`,
    ...(example.length ? ['    inputs:', ...example] : []),
    '```',
    '',
    `The same file, without the catalog: \`include: project: ${CATALOG_PROJECT}\`, \`ref: v${version}\`,`,
    `\`file: /${templatePath}\` (see [docs/gitlab-kit.md](../../docs/gitlab-kit.md)).`,
    '',
    '## Jobs it adds',
    '',
    'With the default `prefix` (`shipshape`); another prefix renames every job, so the component can be included once per',
    'part of a monorepo.',
    '',
    '| Job | Stage | Needs |',
    '| --- | --- | --- |',
    ...jobs,
    '',
    '## Inputs',
    '',
    gitlabInputsTable(templateText),
    '',
    `<!-- Generated from ${templatePath} by src/pipeline/render.ts; edit the template or the spec (src/pipeline/spec.ts) and re-run it. -->`,
    '',
  ].join('\n');
}

/** Every generated file: path → expected text, computed from the current files in `root`. */
const packageVersion = (root: string): string =>
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

export function generatedFiles(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  for (const surface of SURFACES) {
    if (!existsSync(join(root, surface.path))) continue;
    if (surface.platform === 'github-action') {
      const action = syncActionYml(read(surface.path), surface);
      out.set(surface.path, action);
      const usage = USAGE[surface.path];
      if (usage) out.set(join(dirname(surface.path), 'README.md'), renderActionReadme(action, usage));
      if (surface.path === 'action.yml' && existsSync(join(root, 'docs/root-action.md'))) {
        out.set('docs/root-action.md', syncRootActionDoc(read('docs/root-action.md'), action));
      }
    } else if (surface.platform === 'github-workflow') {
      const workflow = syncWorkflowYml(read(surface.path), surface);
      out.set(surface.path, workflow);
      if (surface.path.endsWith('reusable-pipeline.yml') && existsSync(join(root, 'docs/github-kit.md'))) {
        out.set('docs/github-kit.md', syncDoc(read('docs/github-kit.md'), workflow));
      }
    } else {
      const template = syncGitlabTemplate(read(surface.path), surface);
      out.set(surface.path, template);
      out.set(componentTemplatePath(surface.path), renderComponentTemplate(surface.path, template));
      out.set(componentReadmePath(surface.path), renderComponentReadme(surface.path, template, packageVersion(root)));
      if (surface.path === 'gitlab/pipeline.yml' && existsSync(join(root, 'docs/gitlab-kit.md'))) {
        out.set('docs/gitlab-kit.md', syncGitlabDoc(read('docs/gitlab-kit.md'), template));
      }
    }
  }
  return out;
}

/** Generated files in `root` whose text differs from what the generator writes (optionally under path prefixes). */
export function staleFiles(root: string, only: readonly string[] = []): { path: string; text: string }[] {
  const stale: { path: string; text: string }[] = [];
  for (const [path, text] of generatedFiles(root)) {
    if (only.length > 0 && !only.some((prefix) => path.startsWith(prefix))) continue;
    const target = join(root, path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current !== text) stale.push({ path, text });
  }
  return stale;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const check = process.argv.includes('--check');
  // Optional path prefixes limit which generated files are compared or written.
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const stale = staleFiles(root, only);
  for (const { path, text } of stale) {
    if (check) {
      process.stderr.write(`${path} is stale: run \`node --import tsx src/pipeline/render.ts\`\n`);
    } else {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
      process.stdout.write(`wrote ${path}\n`);
    }
  }
  process.exitCode = check && stale.length > 0 ? 1 : 0;
}
