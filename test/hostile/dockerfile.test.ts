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
    expect(summary(result.findings)).toEqual([`docker/syntax@Dockerfile:${runs.length + 2}:5`]);
    expect(result.findings[0]!.message).toMatch(/<<SCRIPT is never closed/);
  });

  test('a line continuation at the end of the file is a syntax finding at the escape character', async () => {
    const runs = Array.from({ length: 5_000 }, (_, i) => `RUN echo ${i}`);
    const text = ['FROM debian:12', ...runs, 'RUN apt-get install -y \\'].join('\n');
    const result = await checkJson(tree(text));
    expect(result.timedOut).toBe(false);
    expect(summary(result.findings)).toEqual([`docker/syntax@Dockerfile:${runs.length + 2}:24`]);
    expect(result.findings[0]!.message).toMatch(/ends with the line continuation/);
  });
});
