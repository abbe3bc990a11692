import fc from 'fast-check';
import { stringify } from 'yaml';

/** Property runs per test: a share of the total (`FUZZ_RUNS`, default 2,400 across the suite). */
export function runs(share: number): number {
  const total = Number(process.env.FUZZ_RUNS) || 2400;
  return Math.max(1, Math.round(total * share));
}

/** Deterministic unless FUZZ_SEED is set, so a failure in CI reproduces locally. */
export function seed(offset: number): number {
  return (Number(process.env.FUZZ_SEED) || 20261124) + offset;
}

const word = fc.constantFrom(
  'node',
  'alpine',
  'ubuntu',
  'nginx',
  'python',
  'ghcr.io/acme/app',
  'localhost:5000/x',
  'scratch',
  'build',
  'base',
  '$BASE',
  '${IMAGE:-node}',
  '${TAG}',
  'a/b/c',
  'Ä',
  '',
);
const tag = fc.constantFrom(
  '',
  ':latest',
  ':20',
  ':20.11-alpine3.19',
  ':3',
  '@sha256:' + 'a'.repeat(64),
  ':',
  '::',
  '@',
  ':${TAG}',
);
const shellWord = fc.constantFrom(
  'apt-get update',
  'apt-get install -y curl',
  'apk add --no-cache git',
  'pip install flask',
  'npm ci',
  'npm install',
  'curl -fsSL https://example.com/x.sh | sh',
  'wget -qO- x | bash',
  'cd /app',
  'make',
  'echo "a && b"',
  "echo 'x'",
  'yum install -y x',
  'sudo rm -rf /',
  'chmod 777 /tmp',
  'useradd -m app',
  'git clone x',
  '$(whoami)',
  '`id`',
  '>',
  'if [ -f x ]; then echo; fi',
  'for i in 1 2; do echo $i; done',
  'a=1',
  '\\',
  '"',
  "'",
  '(',
  ')',
  '{',
  '}',
  '|',
  ';',
);
const joiner = fc.constantFrom(' && ', ' || ', '; ', ' | ', ' \\\n    && ', ' \\\r\n  ', '\n', ' & ');

const shellScript = fc
  .array(shellWord, { minLength: 0, maxLength: 5 })
  .chain((words) =>
    fc
      .array(joiner, { minLength: words.length, maxLength: words.length })
      .map((joins) => words.map((w, i) => (i === 0 ? w : `${joins[i]}${w}`)).join('')),
  );

const jsonArray = fc
  .array(fc.oneof(shellWord, fc.string({ maxLength: 8 })), { maxLength: 4 })
  .map((items) => JSON.stringify(items));
const flag = fc.constantFrom(
  '',
  '--chown=1000:1000 ',
  '--from=build ',
  '--from=0 ',
  '--link ',
  '--mount=type=cache,target=/root/.npm ',
  '--platform=$BUILDPLATFORM ',
  '--network=none ',
  '--chmod=755 ',
  '--interval=30s --timeout=3s ',
  '-- ',
  '--=',
);

const instruction: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(flag, word, tag, fc.constantFrom('', ' AS build', ' as Base', ' AS', ' AS 0', ' extra words'))
    .map(([f, w, t, as]) => `FROM ${f}${w}${t}${as}`),
  fc.tuple(flag, fc.oneof(shellScript, jsonArray)).map(([f, s]) => `RUN ${f}${s}`),
  fc
    .tuple(fc.constantFrom('CMD', 'ENTRYPOINT', 'SHELL'), fc.oneof(shellScript, jsonArray))
    .map(([k, s]) => `${k} ${s}`),
  fc
    .tuple(
      fc.constantFrom('COPY', 'ADD'),
      flag,
      fc.constantFrom(
        '. .',
        'package*.json ./',
        'https://x/y.tgz /tmp/',
        'a b c/',
        '["a", "b"]',
        '--from=build /app /app',
        '',
      ),
    )
    .map(([k, f, a]) => `${k} ${f}${a}`),
  fc
    .tuple(
      fc.constantFrom('ARG', 'ENV', 'LABEL'),
      fc.constantFrom('A=1', 'NODE_ENV=production', 'A', 'A="two words" B=3', 'A 1', 'X=${Y:-z}', '=', 'BASE=node:20'),
    )
    .map(([k, a]) => `${k} ${a}`),
  fc.constantFrom(
    'USER app',
    'USER root',
    'USER 0:0',
    'USER',
    'WORKDIR /app',
    'WORKDIR app',
    'EXPOSE 3000',
    'EXPOSE 80/tcp 99999',
    'VOLUME /data',
    'STOPSIGNAL SIGTERM',
    'MAINTAINER me',
    'ONBUILD RUN make',
    'ONBUILD',
    'HEALTHCHECK NONE',
    'HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1',
    'HEALTHCHECK CMD',
  ),
  fc.constantFrom(
    '# comment',
    '#',
    '# syntax=docker/dockerfile:1',
    '# escape=`',
    '# hadolint ignore=DL3007,DL3008',
    '# hadolint global ignore=DL3018',
    '# shipshape-ignore[docker/no-latest-tag] pinned upstream',
    '# shipshape-ignore-file[docker/nope]',
    '# shipshape-ignore[',
    '# checkov:skip=CKV_DOCKER_2:x',
  ),
  fc.constantFrom(
    '',
    '   ',
    '\t',
    'FROBNICATE x',
    'run lower case',
    'RUN <<EOF\napt-get update\nEOF',
    'RUN <<-EOT bash\n\techo hi\nEOT',
    'COPY <<EOF /etc/x\nhello\nEOF',
    'RUN echo \\',
    'RUN ["unterminated',
    '\\',
  ),
);

export const dockerfile: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(instruction, { minLength: 0, maxLength: 25 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([lines, eol, bom, trailing]) => `${bom ? '\uFEFF' : ''}${lines.join(eol)}${trailing ? eol : ''}`);

/** Text-level damage: what editors, merges and encodings do to files. */
const mutation: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([at, length]) => (text: string) => {
    const start = text.length ? at % text.length : 0;
    return text.slice(0, start) + text.slice(start + length);
  }),
  fc
    .tuple(
      fc.nat(),
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(
          '\\\n',
          '\r',
          '\0',
          '\u2028',
          '\uFFFD',
          '"',
          "'",
          '[',
          '{',
          ': ',
          '- ',
          '&a ',
          '*a',
          '<<: *a',
          '${{',
          '}}',
          '#',
          '\t',
          '---\n',
          '...\n',
          '\uD800',
          '🚢',
        ),
      ),
    )
    .map(([at, insert]) => (text: string) => {
      const start = text.length ? at % (text.length + 1) : 0;
      return text.slice(0, start) + insert + text.slice(start);
    }),
  fc.nat().map((at) => (text: string) => {
    const lines = text.split('\n');
    const i = lines.length ? at % lines.length : 0;
    lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (text: string) => {
    const lines = text.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join('\n');
  }),
  fc.nat().map((at) => (text: string) => text.slice(0, text.length ? at % text.length : 0)),
  fc.constant((text: string) => text.replace(/\n/g, '\r\n')),
  fc.constant((text: string) => text.replace(/ {2}/g, '\t')),
  fc.nat({ max: 5000 }).map((n) => (text: string) => `${text}\nRUN echo ${'x'.repeat(n)}`),
);

export function mutated(seeds: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([text, steps]) => steps.reduce((current, step) => step(current), text));
}

const key = fc.constantFrom(
  'on',
  'jobs',
  'name',
  'runs-on',
  'steps',
  'uses',
  'run',
  'with',
  'env',
  'permissions',
  'stages',
  'script',
  'image',
  'include',
  'variables',
  'rules',
  'needs',
  'extends',
  'apiVersion',
  'kind',
  'metadata',
  'spec',
  'containers',
  'inputs',
  'runs',
  'using',
  'if',
  'services',
  'cache',
  'default',
  'workflow',
  'build',
  'test',
  '.base',
  'true',
  'null',
  '<<',
  '0',
  '',
);
const scalar = fc.oneof(
  fc.constantFrom(
    'ubuntu-latest',
    'actions/checkout@v4',
    'actions/checkout@' + 'b'.repeat(40),
    'docker://alpine',
    './local',
    'node:20',
    'npm test',
    '${{ github.event.pull_request.title }}',
    '${{ secrets.TOKEN }}',
    '${{ }}',
    '${{ toJSON(github) }}',
    '$[[ inputs.stage ]]',
    'write-all',
    'read',
    'push',
    'v1',
    'Deployment',
    'apps/v1',
    true,
    false,
    null,
    0,
    -1,
    3.14,
    '',
    'on',
    'yes',
  ),
  fc.string({ maxLength: 10 }),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
})).node;

/** Structured YAML shaped like workflows, GitLab CI and manifests, with anchors and aliases where repeated. */
export const yamlText: fc.Arbitrary<string> = fc
  .tuple(
    fc.dictionary(key, value, { minKeys: 0, maxKeys: 6 }),
    fc.boolean(),
    fc.constantFrom(
      '',
      '# shipshape-ignore[gha/nope]\n',
      'spec:\n  inputs:\n    stage: {default: test}\n---\n',
      '---\n',
    ),
  )
  .map(([data, aliasDuplicates, prefix]) => {
    try {
      return prefix + stringify(data, { aliasDuplicateObjects: aliasDuplicates });
    } catch {
      return prefix;
    }
  });
