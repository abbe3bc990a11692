/**
 * Oversized and unfinished Dockerfiles, generated, each checked by the real CLI in a child process with a hard time
 * bound. The rules ask what a stage inherits (SHELL, WORKDIR, ARG, ENV…) for every instruction: that must stay linear
 * in the number of instructions, also through long FROM chains.
 */
import { checkJson, cliBundle, DEFAULT_BOUND_MS, makeTree, removeTree, type JsonFinding } from './harness.js';

const trees: string[] = [];
function tree(dockerfile: string): string {
  const dir = makeTree({ Dockerfile: dockerfile });
  trees.push(dir);
  return dir;
}

/** The findings as `rule@line:column`, sorted, for exact comparison. */
function summary(findings: JsonFinding[]): string[] {
  return findings.map((finding) => `${finding.ruleId}@${finding.path}:${finding.line}:${finding.column}`).sort();
}

const PIPE = 'RUN wget -qO- https://example.com/x | tar -x';
const PIPE_COLUMN = PIPE.indexOf('|') + 1;

beforeAll(async () => {
  await cliBundle();
});
afterAll(() => trees.forEach(removeTree));

describe('hostile Dockerfiles', () => {
  test('20,000 RUN lines under an inherited SHELL: the pipe on the last line is found in time', async () => {
    const runs = Array.from({ length: 20_000 }, (_, i) => `RUN echo ${i}`);
    const text = ['FROM debian:12', 'USER app', 'SHELL ["/bin/bash", "-c"]', ...runs, PIPE, ''].join('\n');
    const result = await checkJson(tree(text));
    expect(result.timedOut).toBe(false);
    expect(summary(result.findings)).toEqual([`docker/pipefail@Dockerfile:${runs.length + 4}:${PIPE_COLUMN}`]);
    expect(result.ms).toBeLessThan(DEFAULT_BOUND_MS);
  });

  test('50,000 RUN <<EOF here-documents', async () => {
    const heredocs = Array.from({ length: 50_000 }, (_, i) => `RUN <<EOF\necho ${i}\nEOF`);
    const text = ['FROM debian:12', 'USER app', 'SHELL ["/bin/bash", "-c"]', ...heredocs, PIPE, ''].join('\n');
    // 1.2 MB and 150,000 lines: 2.0 s idle, 1.2 s of it inside dockerfile-ast's own parse and argument split
    // (measured alone), so this one shape is bounded at 4 s; it took over 60 s before heredocs were linear.
    const result = await checkJson(tree(text), [], { boundMs: 4_000 });
    expect(result.timedOut).toBe(false);
    expect(summary(result.findings)).toEqual([`docker/pipefail@Dockerfile:${3 * heredocs.length + 4}:${PIPE_COLUMN}`]);
  });

  test('5,000 stages, each built FROM the one before: the SHELL of the first reaches the last', async () => {
    const stages = Array.from({ length: 5_000 }, (_, i) => `FROM s${i} AS s${i + 1}\nRUN echo ${i}`);
    const text = ['FROM debian:12 AS s0', 'SHELL ["/bin/bash", "-c"]', 'USER app', ...stages, PIPE, ''].join('\n');
    const result = await checkJson(tree(text));
    expect(result.timedOut).toBe(false);
    expect(summary(result.findings)).toEqual([`docker/pipefail@Dockerfile:${2 * stages.length + 4}:${PIPE_COLUMN}`]);
  });

  test('10,000 secret-looking ARGs, each expanded by the RUN after it', async () => {
    const pairs = Array.from({ length: 10_000 }, () => 'ARG NPM_TOKEN\nRUN echo $NPM_TOKEN > /dev/null');
    const text = ['FROM debian:12', 'USER app', ...pairs, ''].join('\n');
    const result = await checkJson(tree(text));
    expect(result.timedOut).toBe(false);
    const leaks = result.findings.filter((finding) => finding.ruleId === 'docker/no-secret-in-env');
    expect(leaks).toHaveLength(pairs.length);
    expect(leaks[pairs.length - 1]).toMatchObject({
      line: 2 * pairs.length + 1,
      column: 5,
      message: expect.stringContaining(`line ${2 * pairs.length + 2}`),
    });
  });

  test('an unclosed here-document after thousands of instructions is a syntax finding at its <<', async () => {
    const runs = Array.from({ length: 5_000 }, (_, i) => `RUN echo ${i}`);
    const text = ['FROM debian:12', ...runs, 'RUN <<SCRIPT', ...runs, ''].join('\n');
    const result = await checkJson(tree(text));
    expect(result.timedOut).toBe(false);
    // The other rules still run: the stage has no USER.
    expect(summary(result.findings)).toEqual([
      'docker/no-root-user@Dockerfile:1:1',
      `docker/syntax@Dockerfile:${runs.length + 2}:5`,
    ]);
    expect(result.findings.find((finding) => finding.ruleId === 'docker/syntax')!.message).toMatch(
      /<<SCRIPT is never closed/,
    );
  });

  test('a line continuation at the end of the file is a syntax finding at the escape character', async () => {
    const runs = Array.from({ length: 5_000 }, (_, i) => `RUN echo ${i}`);
    const text = ['FROM debian:12', ...runs, 'RUN apt-get install -y \\'].join('\n');
    const result = await checkJson(tree(text));
    expect(result.timedOut).toBe(false);
    expect(summary(result.findings)).toEqual([
      `docker/apt-no-install-recommends@Dockerfile:${runs.length + 2}:13`,
      'docker/no-root-user@Dockerfile:1:1',
      `docker/syntax@Dockerfile:${runs.length + 2}:24`,
    ]);
    expect(result.findings.find((finding) => finding.ruleId === 'docker/syntax')!.message).toMatch(
      /ends with the line continuation/,
    );
  });

  test('one RUN of a 20,000-command && chain: the package commands at its end are found and located', async () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => `echo ${i}`).join(' \\\n && ');
    const text = ['FROM debian:12', 'USER app', `RUN ${chain} \\\n && apt-get install curl`, ''].join('\n');
    const result = await checkJson(tree(text));
    expect(result.timedOut).toBe(false);
    const line = 20_000 + 3;
    expect(summary(result.findings)).toEqual([
      `docker/apt-get-assume-yes@Dockerfile:${line}:13`,
      `docker/apt-no-install-recommends@Dockerfile:${line}:13`,
    ]);
  });

  test('10,000 `sh -c` scripts in one RUN, each read for its commands', async () => {
    const scripts = Array.from({ length: 10_000 }, (_, i) => `sh -c 'echo ${i}'`).join(' && ');
    const text = [
      'FROM debian:12',
      'USER app',
      `RUN ${scripts} && sh -c 'wget -qO- https://example.com/x | tar -x'`,
      '',
    ];
    const result = await checkJson(tree(text.join('\n')));
    expect(result.timedOut).toBe(false);
    expect(summary(result.findings).map((finding) => finding.replace(/:\d+$/, ''))).toEqual([
      'docker/pipefail@Dockerfile:3',
    ]);
  });

  test('`sh -c` quoted inside `sh -c` twelve levels deep (0.8 MB): read eight levels down, no further', async () => {
    const nest = (depth: number): string => {
      let script = 'apt-get install curl';
      for (let level = 0; level < depth; level++) script = `sh -c '${script.replaceAll("'", "'\\''")}'`;
      return script;
    };
    // Eight levels: the apt-get at the bottom is read. Twelve: it is below the bound, and only the bound's cost is paid.
    const shallow = await checkJson(tree(['FROM debian:12', 'USER app', `RUN ${nest(8)}`, ''].join('\n')));
    expect(shallow.findings.map((finding) => finding.ruleId).sort()).toEqual([
      'docker/apt-get-assume-yes',
      'docker/apt-no-install-recommends',
    ]);
    const deep = nest(12);
    expect(deep.length).toBeGreaterThan(750_000);
    const result = await checkJson(tree(['FROM debian:12', 'USER app', `RUN ${deep}`, ''].join('\n')));
    expect(result.timedOut).toBe(false);
    expect(summary(result.findings)).toEqual([]);
  });

  test('5,000 ONBUILD RUN triggers: each is checked at its line, in time', async () => {
    const triggers = Array.from({ length: 5_000 }, (_, i) => `ONBUILD RUN echo ${i}`);
    const text = ['FROM debian:12', 'USER app', 'SHELL ["/bin/bash", "-c"]', ...triggers, `ONBUILD ${PIPE}`, ''];
    const result = await checkJson(tree(text.join('\n')));
    expect(result.timedOut).toBe(false);
    expect(summary(result.findings)).toEqual([
      `docker/pipefail@Dockerfile:${triggers.length + 4}:${PIPE_COLUMN + 'ONBUILD '.length}`,
    ]);
  });
});
