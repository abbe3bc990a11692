import type { Domain } from '../../src/core/domain.js';
import { SourceFile } from '../../src/core/source.js';
import {
  type DockerfileHooks,
  type DockerInstruction,
  dockerfileDomain,
  INSTRUCTION_KEYWORDS,
  type InstructionKeyword,
} from '../../src/domains/dockerfile/index.js';
import { type GitHubActionsHooks, githubActionsDomain } from '../../src/domains/github-actions/index.js';
import { type GitlabCiHooks, gitlabCiDomain } from '../../src/domains/gitlab-ci/index.js';

/*
 * Rules are typed by each domain's hook map (domains/<domain>/hooks.ts), and the type check keeps every hook a walk
 * emits inside its map. These tests hold the other direction: every hook a map declares is emitted by its walk, so
 * a rule cannot type-check against a hook that is never called. The name lists are checked against the maps with
 * `satisfies`: a hook added to or removed from a map without this list fails the type check.
 */

const KEYWORD_HOOKS = Object.fromEntries(INSTRUCTION_KEYWORDS.map((keyword) => [keyword, true])) as Record<
  InstructionKeyword,
  true
>;
const DOCKERFILE_HOOKS: Record<keyof DockerfileHooks, true> = {
  file: true,
  stage: true,
  instruction: true,
  exit: true,
  ...KEYWORD_HOOKS,
};
const GITHUB_ACTIONS_HOOKS = {
  workflow: true,
  action: true,
  job: true,
  step: true,
  expression: true,
  exit: true,
} satisfies Record<keyof GitHubActionsHooks, true>;
const GITLAB_CI_HOOKS = {
  file: true,
  include: true,
  job: true,
  script: true,
  exit: true,
} satisfies Record<keyof GitlabCiHooks, true>;

/** The hooks a walk emits over these files, with every node each received. */
function walkAll(domain: Domain, files: SourceFile[]): Map<string, unknown[]> {
  const emitted = new Map<string, unknown[]>();
  for (const file of files) {
    const parsed = domain.parse(file);
    if (!parsed.ok) throw new Error(`${file.path}: ${parsed.problems.map((p) => p.message).join('; ')}`);
    domain.walk(parsed.model, (hook: string, node: unknown) => {
      const nodes = emitted.get(hook);
      if (nodes) nodes.push(node);
      else emitted.set(hook, [node]);
    });
  }
  return emitted;
}

const sorted = (names: Iterable<string>) => [...names].sort();

describe('every hook a domain declares is emitted by its walk', () => {
  test('dockerfile: file, stage, instruction, exit and one hook per instruction keyword, with that keyword', () => {
    const text = [
      'ARG BASE=alpine:3.20',
      'FROM ${BASE} AS build',
      'MAINTAINER someone',
      'LABEL a=b',
      'ENV A=b',
      'ADD a.tar /x/',
      'COPY . /src/',
      'WORKDIR /src',
      'SHELL ["/bin/sh", "-c"]',
      'RUN make',
      'USER app',
      'EXPOSE 8080',
      'VOLUME /data',
      'STOPSIGNAL SIGTERM',
      'HEALTHCHECK CMD true',
      'ONBUILD RUN true',
      'ENTRYPOINT ["/app"]',
      'CMD ["--help"]',
      '',
    ].join('\n');
    const emitted = walkAll(dockerfileDomain, [new SourceFile('Dockerfile', text)]);
    expect(sorted(emitted.keys())).toEqual(sorted(Object.keys(DOCKERFILE_HOOKS)));
    expect(INSTRUCTION_KEYWORDS).toHaveLength(18);
    for (const keyword of INSTRUCTION_KEYWORDS) {
      const nodes = emitted.get(keyword) as DockerInstruction[];
      // `ONBUILD RUN true` emits its trigger as a RUN too, right after the ONBUILD.
      expect(nodes.map((instruction) => instruction.keyword)).toEqual(
        keyword === 'RUN' ? [keyword, keyword] : [keyword],
      );
    }
    const runs = emitted.get('RUN') as DockerInstruction[];
    expect(runs.map((run) => run.onbuild?.keyword)).toEqual([undefined, 'ONBUILD']);
    expect(emitted.get('instruction')).toHaveLength(19);
    expect(emitted.get('stage')).toHaveLength(1);
  });

  test('github-actions: workflow, action, job, step, expression, exit', () => {
    const workflow = new SourceFile(
      '.github/workflows/ci.yml',
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.sha }}\n',
    );
    const action = new SourceFile(
      'action.yml',
      "name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: 'true'\n      shell: bash\n",
    );
    const emitted = walkAll(githubActionsDomain, [workflow, action]);
    expect(sorted(emitted.keys())).toEqual(sorted(Object.keys(GITHUB_ACTIONS_HOOKS)));
    expect(emitted.get('step')).toHaveLength(2);
    expect(emitted.get('exit')).toHaveLength(2);
  });

  test('gitlab-ci: file, include, job, script, exit', () => {
    const file = new SourceFile('.gitlab-ci.yml', 'include: ci/x.yml\nbuild:\n  script: [make]\n');
    const emitted = walkAll(gitlabCiDomain, [file]);
    expect(sorted(emitted.keys())).toEqual(sorted(Object.keys(GITLAB_CI_HOOKS)));
    expect(emitted.get('script')).toEqual([
      { job: expect.objectContaining({ name: 'build' }), line: expect.anything() },
    ]);
  });
});
