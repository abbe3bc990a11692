import { cpus, loadavg } from 'node:os';
import { defaultConfig, type Config } from '../src/core/config.js';
import { Engine, type PendingFile } from '../src/core/engine.js';
import { SourceFile } from '../src/core/source.js';
import { ALL_DOMAINS as DOMAINS, defaultRegistry } from '../src/rules/index.js';
import { median, table, type Benchmark } from './lib/context.js';
import { Random } from './lib/random.js';

const FILES = 1000;
const SEED = 20261205;
const WARM_PASSES = 15;
const TARGET_MS_PER_MANIFEST = 0.3;

/** A workload of a generated application, with what real manifests vary: probes, resources, security context. */
function workload(random: Random, name: string): string {
  const kind = random.pick(['Deployment', 'Deployment', 'Deployment', 'StatefulSet', 'DaemonSet']);
  const lines = [
    'apiVersion: apps/v1',
    `kind: ${kind}`,
    'metadata:',
    `  name: ${name}`,
    '  labels:',
    `    app: ${name}`,
    `    owner: team-${random.int(1, 9)}`,
    'spec:',
    ...(kind === 'DaemonSet' ? [] : [`  replicas: ${random.int(1, 5)}`]),
    '  selector:',
    '    matchLabels:',
    `      app: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${name}`,
    '    spec:',
    ...(random.chance(0.5)
      ? [
          '      securityContext:',
          '        runAsNonRoot: true',
          '        seccompProfile:',
          '          type: RuntimeDefault',
        ]
      : []),
    '      containers:',
    `        - name: ${name}`,
    `          image: registry.example/${name}:${random.pick(['1.4.2', 'latest', '2.0.0'])}`,
    '          ports:',
    '            - name: http',
    `              containerPort: ${random.pick([8080, 3000, 22])}`,
  ];
  if (random.chance(0.7))
    lines.push(
      '          readinessProbe:',
      '            httpGet:',
      '              path: /ready',
      '              port: http',
    );
  if (random.chance(0.5))
    lines.push(
      '          livenessProbe:',
      '            httpGet:',
      '              path: /live',
      '              port: http',
    );
  if (random.chance(0.6))
    lines.push(
      '          resources:',
      '            requests:',
      '              cpu: 100m',
      '              memory: 128Mi',
      '            limits:',
      '              memory: 256Mi',
    );
  if (random.chance(0.5))
    lines.push(
      '          securityContext:',
      '            allowPrivilegeEscalation: false',
      '            readOnlyRootFilesystem: true',
    );
  if (random.chance(0.4))
    lines.push(
      '          env:',
      '            - name: LOG_LEVEL',
      '              value: info',
      '            - name: API_TOKEN',
      '              value: s3cr3t',
    );
  return lines.join('\n');
}

const service = (name: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    app: ${name}\n  ports:\n    - name: http\n      port: 80\n      targetPort: http`;
const budget = (name: string): string =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ${name}\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: ${name}`;

/**
 * Applications of one to three files in folders of their own: 60 % of the files hold one manifest, the others a
 * workload with its Service (and budget) as documents of one file, in the block style `helm template` and `kubectl`
 * print.
 */
function generate(count: number, seed: number): { name: string; text: string; documents: number }[] {
  const random = new Random(seed);
  const files: { name: string; text: string; documents: number }[] = [];
  for (let app = 0; files.length < count; app++) {
    const name = `app${app}`;
    if (random.chance(0.6)) {
      files.push({ name: `apps/${name}/workload.yaml`, text: `${workload(random, name)}\n`, documents: 1 });
      if (files.length < count)
        files.push({ name: `apps/${name}/service.yaml`, text: `${service(name)}\n`, documents: 1 });
    } else {
      const documents = [workload(random, name), service(name), ...(random.chance(0.5) ? [budget(name)] : [])];
      files.push({
        name: `apps/${name}/all.yaml`,
        text: `${documents.join('\n---\n')}\n`,
        documents: documents.length,
      });
    }
  }
  return files;
}

/** Kubernetes: parse, model and every Kubernetes rule of the strict preset, relations per folder, warm in-process. */
export const kubernetesBenchmark: Benchmark = {
  id: 'kubernetes',
  title: 'Kubernetes manifests',
  async run(context) {
    const corpus = generate(FILES, SEED);
    const documents = corpus.reduce((sum, file) => sum + file.documents, 0);
    const bytes = corpus.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
    context.log(`corpus: ${corpus.length} files, ${documents} manifests, ${(bytes / 1024).toFixed(0)} KB`);
    const loadBefore = loadavg();
    const registry = defaultRegistry();
    const config: Config = { ...defaultConfig(), preset: 'strict' };
    const rules = registry.forDomain('kubernetes').filter((rule) => registry.severityOf(rule.meta.id, config));
    let findings = 0;
    const pass = (): { wall: number; cpu: number } => {
      const engine = new Engine({ registry, domains: DOMAINS, config, readFile: () => undefined });
      const cpu = process.cpuUsage();
      const start = performance.now();
      const pending: PendingFile[] = [];
      for (const { name, text } of corpus) {
        const started = engine.startFile(new SourceFile(name, text), 'kubernetes');
        if (started) pending.push(started);
      }
      findings = engine.finishFiles(pending).reduce((sum, list) => sum + list.length, 0);
      const wall = performance.now() - start;
      const used = process.cpuUsage(cpu);
      return { wall, cpu: (used.user + used.system) / 1000 };
    };
    for (let i = 0; i < 5; i++) pass();
    const passes = Array.from({ length: WARM_PASSES }, pass);
    const msPerManifest = median(passes.map((p) => p.wall)) / documents;
    const cpuPerManifest = median(passes.map((p) => p.cpu)) / documents;
    const msPerFile = median(passes.map((p) => p.wall)) / corpus.length;
    const domain = DOMAINS.find((candidate) => candidate.id === 'kubernetes')!;
    const parseOnly = (): number => {
      const start = performance.now();
      for (const { name, text } of corpus) domain.parse(new SourceFile(name, text));
      return performance.now() - start;
    };
    for (let i = 0; i < 3; i++) parseOnly();
    const parseMs = median(Array.from({ length: WARM_PASSES }, parseOnly)) / documents;
    context.log(
      `warm: ${msPerManifest.toFixed(3)} ms/manifest wall, ${cpuPerManifest.toFixed(3)} CPU, parse ${parseMs.toFixed(3)}`,
    );

    const load = (values: number[]): string => values.map((value) => value.toFixed(1)).join(' / ');
    const loadLine = `load average (1/5/15 min) ${load(loadBefore)} before, ${load(loadavg())} after, ${cpus().length} CPUs`;
    const missed =
      msPerManifest > TARGET_MS_PER_MANIFEST
        ? [`warm ${msPerManifest.toFixed(3)} ms/manifest > ${TARGET_MS_PER_MANIFEST} ms`]
        : [];
    const markdown = [
      `Corpus: ${corpus.length} generated manifest files (seed ${SEED}), ${documents} manifests, ${(bytes / 1024).toFixed(0)} KB:`,
      'single-document files and multi-document files (workload, Service, budget) in one folder per application, block',
      "style as rendered charts are (flow mappings `{…}` are read by yaml's composer, about three times slower).",
      `Rules: the strict preset, ${rules.length} Kubernetes rules, relations per folder. ${loadLine}.`,
      '',
      table(
        ['Measure', 'Result', 'Target'],
        [
          [
            `Warm, in-process, wall time (median of ${WARM_PASSES} passes)`,
            `${msPerManifest.toFixed(3)} ms/manifest (${msPerFile.toFixed(3)} ms/file)`,
            `≤ ${TARGET_MS_PER_MANIFEST} ms/manifest: ${missed.length === 0 ? 'met' : '**missed**'}`,
          ],
          ['Warm, CPU time of the process', `${cpuPerManifest.toFixed(3)} ms/manifest`, ''],
          ['Warm, parse and model only (no rule)', `${parseMs.toFixed(3)} ms/manifest`, ''],
          ['Findings per pass', String(findings), ''],
        ],
      ),
    ].join('\n');
    return { markdown, missed };
  },
};
