/**
 * Property tests: generated and mutated Dockerfiles and YAML go through the real engine with every rule of the
 * registry on (strict preset). Nothing may throw, no rule may crash, and every finding must have a 1-based span
 * inside its file and a rule id of the registry. `npm run fuzz` raises the number of runs (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultConfig, type Config } from '../../src/core/config.js';
import { readSourceFile } from '../../src/core/files.js';
import { Engine } from '../../src/core/engine.js';
import type { Finding } from '../../src/core/finding.js';
import type { DomainId } from '../../src/core/rule.js';
import { SourceFile } from '../../src/core/source.js';
import { classifyPath, classifyYamlContent } from '../../src/domains/classify.js';
import { ALL_DOMAINS as DOMAINS } from '../../src/rules/index.js';
import { parseYaml, toData } from '../../src/domains/yaml/document.js';
import { defaultRegistry } from '../../src/rules/index.js';
import { runCheck } from '../../src/runner/check.js';
import { dockerfile, mutated, runs, seed, yamlText } from './arbitraries.js';

const registry = defaultRegistry();
const config: Config = {
  ...defaultConfig(),
  preset: 'strict',
  settings: { trustedRegistries: ['ghcr.io/acme'], selfHostedRunnerLabels: ['gpu'] },
};
const engine = new Engine({ registry, domains: DOMAINS, config, readFile: () => undefined });
const yamlDomains = DOMAINS.map((domain) => domain.id).filter((id) => id !== 'dockerfile');

const DOCKERFILE_SEEDS = [
  'FROM node:20-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM node:20-alpine\nUSER node\nCOPY --from=build /app/dist /app\nHEALTHCHECK CMD wget -qO- http://localhost:3000/healthz || exit 1\nCMD ["node", "/app/server.js"]\n',
  '# syntax=docker/dockerfile:1\nARG BASE=ubuntu:22.04\nFROM ${BASE}\n# hadolint ignore=DL3008\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    # a comment inside\n    && rm -rf /var/lib/apt/lists/*\nRUN <<EOF\nset -e\necho hi\nEOF\nENTRYPOINT ["/bin/sh", "-c"]\n',
  '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host hi\nCOPY . C:\\app\n',
  'FROM scratch\nCOPY --from=golang:1.22 /usr/local/go/bin/go /go\nUSER 65534:65534\nENTRYPOINT ["/go"]\n',
  'FROM python:latest\nMAINTAINER someone\nADD https://example.com/app.tar.gz /app/\nRUN pip install -r requirements.txt && sudo chmod -R 777 /app\nEXPOSE 5000\nCMD python app.py\n',
];

const YAML_SEEDS = [
  'name: ci\non:\n  push:\n    branches: [main]\n  pull_request:\npermissions:\n  contents: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - run: npm ci && npm test\n        env:\n          TITLE: ${{ github.event.pull_request.title }}\n',
  'spec:\n  inputs:\n    stage:\n      default: test\n---\n.defaults: &defaults\n  image: node:20\n  tags: [linux]\nstages: [build, test]\nbuild:\n  <<: *defaults\n  stage: build\n  script:\n    - npm ci\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\ntest:\n  <<: *defaults\n  stage: $[[ inputs.stage ]]\n  needs: [build]\n  script: [npm test]\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.25\n---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]\n',
  'name: build\ndescription: Builds\ninputs:\n  token:\n    required: true\nruns:\n  using: composite\n  steps:\n    - run: echo "${{ inputs.token }}"\n      shell: bash\n',
];

/** Generous per-test time limit that grows with FUZZ_RUNS (a loaded CI machine must not turn into a timeout). */
const TIMEOUT = Math.max(180_000, runs(1) * 60);

const YAML_PATHS = ['.github/workflows/ci.yml', 'action.yml', '.gitlab-ci.yml', 'gitlab/build.yml', 'deploy/app.yaml'];

/** Asserts the invariants every finding must satisfy, for one file. */
function checkFindings(file: SourceFile, findings: Finding[]): void {
  for (const finding of findings) {
    const { line, column, endLine, endColumn } = finding.span;
    const where = `${finding.ruleId} at ${line}:${column}-${endLine}:${endColumn} in ${JSON.stringify(file.text.slice(0, 300))}`;
    if (!registry.byId.has(finding.ruleId)) throw new Error(`unknown rule id: ${where}`);
    if (finding.ruleId === 'shipshape/rule-error') throw new Error(`a rule crashed: ${finding.message} — ${where}`);
    if (finding.path !== file.path) throw new Error(`wrong path ${finding.path}: ${where}`);
    if (![line, column, endLine, endColumn].every((n) => Number.isInteger(n) && n >= 1))
      throw new Error(`span not 1-based: ${where}`);
    if (endLine > file.lineCount || line > endLine)
      throw new Error(`lines outside the file (${file.lineCount} lines): ${where}`);
    if (line === endLine && endColumn < column) throw new Error(`span ends before it starts: ${where}`);
    if (column > file.lineText(line).length + 1) throw new Error(`column past the end of line ${line}: ${where}`);
    if (endColumn > file.lineText(endLine).length + 1)
      throw new Error(`end column past the end of line ${endLine}: ${where}`);
    if (!finding.message || !/^[0-9a-f]{32}$/.test(finding.fingerprint))
      throw new Error(`message or fingerprint missing: ${where}`);
  }
}

function checkDockerfile(text: string): void {
  const file = new SourceFile('Dockerfile', text);
  checkFindings(file, engine.checkFile(file, 'dockerfile'));
}

function checkYaml(text: string, path: string): void {
  const file = new SourceFile(path, text);
  const yaml = parseYaml(file);
  for (const [index, document] of yaml.documents.entries()) {
    try {
      toData(document);
    } catch (error) {
      // Only a document parseYaml reported a problem for may fail to expand.
      if (!yaml.problems.some((problem) => problem.at.path === `doc[${index}]`)) throw error;
    }
  }
  for (const comment of yaml.comments) {
    if (comment.line < 1 || comment.line > file.lineCount) throw new Error(`comment outside the file: ${comment.line}`);
  }
  const byPath = classifyPath(path);
  const domains = new Set<DomainId>(yamlDomains);
  const byContent = classifyYamlContent(file);
  if (byContent) domains.add(byContent);
  if (byPath && byPath !== 'yaml') domains.add(byPath);
  for (const domain of domains) {
    if (engine.hasDomain(domain)) checkFindings(file, engine.checkFile(file, domain));
  }
}

describe('fuzz: Dockerfiles through the engine (strict, every rule)', () => {
  test(
    'generated Dockerfiles',
    () => {
      fc.assert(
        fc.property(dockerfile, (text) => checkDockerfile(text)),
        { numRuns: runs(0.35), seed: seed(1) },
      );
    },
    TIMEOUT,
  );

  test(
    'mutated Dockerfiles',
    () => {
      fc.assert(
        fc.property(mutated(DOCKERFILE_SEEDS), (text) => checkDockerfile(text)),
        { numRuns: runs(0.2), seed: seed(2) },
      );
    },
    TIMEOUT,
  );

  test(
    'arbitrary text as a Dockerfile',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkDockerfile(text)),
        { numRuns: runs(0.05), seed: seed(3) },
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: YAML through parsing, classification and every YAML domain', () => {
  test(
    'generated YAML at every kind of path',
    () => {
      fc.assert(
        fc.property(yamlText, fc.constantFrom(...YAML_PATHS), (text, path) => checkYaml(text, path)),
        { numRuns: runs(0.15), seed: seed(4) },
      );
    },
    TIMEOUT,
  );

  test(
    'mutated YAML',
    () => {
      fc.assert(
        fc.property(mutated(YAML_SEEDS), fc.constantFrom(...YAML_PATHS), (text, path) => checkYaml(text, path)),
        { numRuns: runs(0.2), seed: seed(5) },
      );
    },
    TIMEOUT,
  );

  test(
    'arbitrary text as YAML',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkYaml(text, '.gitlab-ci.yml')),
        { numRuns: runs(0.03), seed: seed(6) },
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: whole repositories through runCheck', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'shipshape-fuzz-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test(
    'a repository of mutated files, one of them binary or invalid UTF-8, is checked without an exception',
    async () => {
      let round = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutated(DOCKERFILE_SEEDS), { minLength: 1, maxLength: 3 }),
          fc.array(mutated(YAML_SEEDS), { minLength: 1, maxLength: 3 }),
          fc.uint8Array({ maxLength: 64 }),
          async (dockerfiles, yamls, bytes) => {
            const root = join(dir, String(round++));
            const files: Record<string, string | Uint8Array> = { 'junk/Dockerfile': bytes };
            dockerfiles.forEach((text, i) => {
              files[`svc${i}/Dockerfile`] = text;
            });
            yamls.forEach((text, i) => {
              files[YAML_PATHS[i % YAML_PATHS.length]!.replace(/(\.ya?ml)$/, `${i}$1`)] = text;
            });
            for (const [path, content] of Object.entries(files)) {
              mkdirSync(dirname(join(root, path)), { recursive: true });
              writeFileSync(join(root, path), content);
            }
            const result = await runCheck({ root, config });
            for (const finding of result.findings) {
              // A file the engine could not read gets exactly one shipshape/skipped-file finding, at its start.
              if (finding.ruleId === 'shipshape/skipped-file') {
                expect('skipped' in readSourceFile(root, finding.path, Number.MAX_SAFE_INTEGER, [])).toBe(true);
                expect(finding.span).toMatchObject({ line: 1, column: 1 });
                continue;
              }
              checkFindings(new SourceFile(finding.path, readText(root, finding.path)), [finding]);
            }
          },
        ),
        { numRuns: runs(0.02), seed: seed(7) },
      );
    },
    TIMEOUT,
  );
});

/** The file's text as the runner decoded it (BOM dropped, invalid UTF-8 replaced). */
function readText(root: string, path: string): string {
  const outcome = readSourceFile(root, path, Number.MAX_SAFE_INTEGER, []);
  if ('skipped' in outcome) throw new Error(`a finding on a skipped file: ${path}`);
  return outcome.file.text;
}
