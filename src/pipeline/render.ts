/**
 * Renders the pipeline spec into the files that expose it and reads those files back, so a test can prove they
 * agree. Run `node --import tsx src/pipeline/render.ts [path-prefix…]` to rewrite the generated parts, `--check` to only
 * compare.
 *
 * Each platform is one adapter: how a spec input looks in that platform's file (`expected`) and how to read the
 * inputs out of such a file (`actual`). Adding a platform means adding one adapter to PLATFORMS.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMap, parseDocument, type Document } from 'yaml';
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
      // GitLab compiles `regex:` without /…/ delimiters; the spec lets an empty value through.
      ...(input.pattern ? { pattern: `^(?:${input.pattern})?$` } : {}),
    }),
    actual: (text) => {
      const header = parseYaml(text.split(/^---\s*$/m)[0] ?? '').toJS() as { spec?: { inputs?: Record<string, Record<string, unknown>> } };
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
        problems.push(`${surface.path}: input "${spec.name}" ${key} is ${JSON.stringify(have[key])}, the spec says ${JSON.stringify(want[key])}`);
      }
    }
  }
  for (const name of actual.keys()) problems.push(`${surface.path}: input "${name}" is declared but not in the spec`);
  return problems;
}

// ---- generation -------------------------------------------------------------------------------------------------

function githubInputNode(input: InputSpec, withType: boolean): Record<string, unknown> {
  const node: Record<string, unknown> = { description: githubDescription(input), required: input.default === undefined };
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
        return [output.name, value === undefined ? { description: output.description } : { description: output.description, value }];
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
  'actions/deploy/action.yml': `- uses: ORG/shipshape/actions/deploy@v1
  with:
    environment: staging
    image: ghcr.io/\${{ github.repository }}
    digest: \${{ needs.pipeline.outputs.digest }}
    strategy: blue-green
    driver: ssh
    ssh-hosts: deploy@web1.example.com
    ssh-private-key: \${{ secrets.DEPLOY_SSH_KEY }}
    ssh-known-hosts: \${{ vars.DEPLOY_KNOWN_HOSTS }}
    restart-command: ./restart.sh
    health-urls: https://staging.example.com/healthz
    webhook-url: \${{ secrets.CHAT_WEBHOOK }}`,
  'actions/rollback/action.yml': `- uses: ORG/shipshape/actions/rollback@v1
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
  'actions/build/action.yml': `- uses: ORG/shipshape/actions/build@v1
  id: build
  env:
    REGISTRY_USERNAME: \${{ github.actor }}
    REGISTRY_PASSWORD: \${{ secrets.GITHUB_TOKEN }}
  with:
    image: ghcr.io/\${{ github.repository }}
- run: echo "built $IMAGE"
  env:
    IMAGE: \${{ steps.build.outputs.image }}`,
};

/** An action's README, generated from its action.yml so the table can never be stale. */
export function renderActionReadme(actionYmlText: string, usage: string): string {
  const action = parseYaml(actionYmlText).toJS() as { name?: string; description?: string; outputs?: Record<string, { description?: string }> };
  const inputs = PLATFORMS['github-action'].actual(actionYmlText);
  const outputs = Object.entries(action.outputs ?? {}).map(([name, body]) => ({ name, description: String(body?.description ?? '') }));
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

/** Replaces the generated input table between the markers in docs/github-kit.md. */
export function syncDoc(docText: string, workflowText: string): string {
  const start = docText.indexOf(DOC_START);
  const end = docText.indexOf(DOC_END);
  if (start === -1 || end < start) throw new Error(`docs/github-kit.md lacks the ${DOC_START} … ${DOC_END} markers`);
  const table = inputsTable(PLATFORMS['github-workflow'].actual(workflowText));
  return `${docText.slice(0, start + DOC_START.length)}\n${table}\n${docText.slice(end)}`;
}

/** Every generated file: path → expected text, computed from the current files in `root`. */
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
    } else if (surface.platform === 'github-workflow') {
      const workflow = syncWorkflowYml(read(surface.path), surface);
      out.set(surface.path, workflow);
      if (surface.path.endsWith('reusable-pipeline.yml') && existsSync(join(root, 'docs/github-kit.md'))) {
        out.set('docs/github-kit.md', syncDoc(read('docs/github-kit.md'), workflow));
      }
    }
  }
  return out;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const check = process.argv.includes('--check');
  // Optional path prefixes limit which generated files are compared or written.
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  let stale = 0;
  for (const [path, text] of generatedFiles(root)) {
    if (only.length > 0 && !only.some((prefix) => path.startsWith(prefix))) continue;
    const target = join(root, path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === text) continue;
    if (check) {
      stale++;
      process.stderr.write(`${path} is stale: run \`node --import tsx src/pipeline/render.ts\`\n`);
    } else {
      writeFileSync(target, text);
      process.stdout.write(`wrote ${path}\n`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}
