/**
 * Every GitLab template (gitlab/*.yml, its CI/CD catalog copy templates/<name>/template.yml) and the kit's own
 * .gitlab-ci.yml as a job would see it: the header's defaults interpolated into `$[[ inputs.* ]]` (what GitLab
 * does when the file is included without inputs), then
 * - every `image:` is pinned by digest, and every `script:`/`before_script:` line that fetches a package names a
 *   scoped package by integrity or not at all (no `npx <name>`, no `npm install <name>`, no `pip install <name>`);
 * - the expanded configuration validates against GitLab's CI JSON schema (test/fixtures/schemas/gitlab-ci.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { parse, parseDocument } from 'yaml';
import { ROOT } from './gitlab-helpers.js';

// The templates, their CI/CD catalog copies (templates/<name>/template.yml) and the kit's own pipeline.
const TEMPLATES = readdirSync(join(ROOT, 'gitlab'))
  .filter((name) => name.endsWith('.yml'))
  .sort()
  .map((name) => `gitlab/${name}`);
const COMPONENTS = readdirSync(join(ROOT, 'templates'))
  .sort()
  .map((name) => `templates/${name}/template.yml`);
const FILES = [...TEMPLATES, ...COMPONENTS, '.gitlab-ci.yml'];
// Inputs without a default: what an adopter must give (values that pass the header's regex).
const REQUIRED: Record<string, string> = { environment: 'prod', digest: `sha256:${'c'.repeat(64)}` };

type Ajv = import('ajv').default;
// ajv is CommonJS: under ESM its class is the module's `default`.
const AjvClass = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as new (
  options: object,
) => Ajv;

const REFERENCE = { tag: '!reference', collection: 'seq' as const, resolve: (seq: unknown) => seq };

/**
 * The template's jobs with every `$[[ inputs.x ]]` replaced by x's default (or the required value above), value by
 * value as GitLab interpolates: a value that is exactly one interpolation takes the input's typed value.
 */
function expand(name: string): { text: string; jobs: Record<string, Record<string, unknown>> } {
  const source = readFileSync(join(ROOT, name), 'utf8');
  // A file without a spec:inputs header (.gitlab-ci.yml) is all jobs.
  const parts = source.split(/^---[ \t]*$/m);
  const [header, body] = parts.length > 1 ? (parts as [string, string]) : ['spec: {inputs: {}}', source];
  const inputs = (parse(header) as { spec: { inputs: Record<string, { default?: unknown }> } }).spec.inputs;
  const valueOf = (input: string): unknown => {
    const value = inputs[input]?.default ?? REQUIRED[input];
    if (value === undefined) throw new Error(`${name}: input ${input} has no default and no test value`);
    return value;
  };
  const interpolate = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const whole = /^\$\[\[ inputs\.([a-z0-9-]+) \]\]$/.exec(node);
      if (whole) return valueOf(whole[1]!);
      return node.replace(/\$\[\[ inputs\.([a-z0-9-]+) \]\]/g, (_, input: string) => String(valueOf(input)));
    }
    if (Array.isArray(node)) return node.map(interpolate);
    if (node && typeof node === 'object')
      return Object.fromEntries(
        Object.entries(node).map(([key, value]) => [interpolate(key) as string, interpolate(value)]),
      );
    return node;
  };
  const doc = parseDocument(body, { customTags: [REFERENCE] });
  if (doc.errors.length) throw new Error(`${name}: ${doc.errors[0]!.message}`);
  const jobs = interpolate(doc.toJS()) as Record<string, Record<string, unknown>>;
  return { text: JSON.stringify(jobs), jobs };
}

const NOT_JOBS = new Set(['stages', 'workflow', 'include', 'default', 'variables']);
const jobsOf = (jobs: Record<string, Record<string, unknown>>) =>
  Object.entries(jobs).filter(([key, value]) => !NOT_JOBS.has(key) && value && typeof value === 'object');

/** Images a job runs in: its `image:` and a rule that swaps it (`SHIPSHAPE_TEST_IMAGE`). Variables resolve from the job. */
function images(job: Record<string, unknown>): string[] {
  const variables = (job.variables ?? {}) as Record<string, unknown>;
  const resolve = (value: string) =>
    value.replace(/^\$([A-Z_]+)$/, (whole, name: string) =>
      typeof variables[name] === 'string' ? (variables[name] as string) : whole,
    );
  const found: string[] = [];
  if (typeof job.image === 'string') found.push(resolve(job.image));
  for (const rule of (job.rules ?? []) as { variables?: Record<string, string> }[]) {
    // `node:` with an empty version belongs to a rule whose `if: $SHIPSHAPE_NODE_VERSION` cannot match.
    const image = rule?.variables?.SHIPSHAPE_TEST_IMAGE;
    if (image && !image.endsWith(':')) found.push(image);
  }
  return found;
}

/** A fetch of a package by name: npx/npm exec/npm install/pip install/gem install with a registry name. */
const UNPINNED_FETCH =
  /\b(?:npx|npm\s+(?:exec|install|i|add)|pnpm\s+(?:dlx|add)|yarn\s+(?:dlx|add)|pip3?\s+install|gem\s+install|apt-get\s+install|apk\s+add|dnf\s+install)\b/;

describe.each(FILES)('%s', (name) => {
  const { jobs } = expand(name);

  test('every image is pinned by digest (after the defaults are filled in)', () => {
    const unpinned: string[] = [];
    for (const [jobName, job] of jobsOf(jobs)) {
      for (const image of images(job)) if (!/@sha256:[0-9a-f]{64}$/.test(image)) unpinned.push(`${jobName}: ${image}`);
    }
    expect(unpinned).toEqual([]);
    // The language images a version selects are pinned too: node-version and python-version demand a digest.
    const header = parse(readFileSync(join(ROOT, name), 'utf8').split(/^---[ \t]*$/m)[0]!) as {
      spec?: { inputs: Record<string, { regex?: string }> };
    } | null;
    for (const input of ['node-version', 'python-version']) {
      const regex = header?.spec?.inputs[input]?.regex;
      if (regex === undefined) continue;
      expect([new RegExp(regex).test('22'), new RegExp(regex).test(`22.11.0-slim@sha256:${'d'.repeat(64)}`)]).toEqual([
        false,
        true,
      ]);
    }
  });

  test('no script line fetches a package by an unpinned name', () => {
    const offending: string[] = [];
    for (const [jobName, job] of jobsOf(jobs)) {
      for (const key of ['before_script', 'script', 'after_script']) {
        for (const line of ((job[key] ?? []) as unknown[]).flat()) {
          if (typeof line !== 'string') continue;
          for (const command of line.split('\n'))
            if (UNPINNED_FETCH.test(command)) offending.push(`${jobName}.${key}: ${command.trim()}`);
        }
      }
    }
    // The one fetch the kit does: `npm pack` of shipshape-package, whose sha512 is compared before it is unpacked.
    expect(offending).toEqual([]);
    const source = readFileSync(join(ROOT, name), 'utf8');
    if (source.includes('npm pack'))
      expect(source).toMatch(
        /npm pack "\$SHIPSHAPE_PACKAGE"[\s\S]*"\$SHIPSHAPE_ACTUAL_INTEGRITY" != "\$SHIPSHAPE_PACKAGE_INTEGRITY"[\s\S]*exit 1[\s\S]*tar -xzf/,
      );
  });

  test("validates against GitLab's CI JSON schema", () => {
    const ajv = new AjvClass({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/schemas/gitlab-ci.json'), 'utf8')));
    const valid = validate(jobs);
    expect(
      (validate.errors ?? []).map(
        (error: { instancePath: string; message?: string }) => `${error.instancePath} ${error.message}`,
      ),
    ).toEqual([]);
    expect(valid).toBe(true);
  });
});

test('the scan covers one catalog copy per template, and the kit pipeline', () => {
  expect(COMPONENTS).toEqual(
    TEMPLATES.map((path) => `templates/${path.slice('gitlab/'.length, -'.yml'.length)}/template.yml`),
  );
  expect(jobsOf(expand('.gitlab-ci.yml').jobs).map(([name]) => name)).toEqual(['check', 'publish-catalog']);
});

test('the scan sees what it should: an unpinned image and an npx fetch are reported', () => {
  const job = { image: 'node:20', script: ['npx --yes shipshape@0.1.0 check .'] };
  expect(images(job).filter((image) => !/@sha256:[0-9a-f]{64}$/.test(image))).toEqual(['node:20']);
  expect(UNPINNED_FETCH.test(job.script[0]!)).toBe(true);
});
