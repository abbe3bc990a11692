import { defaultConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { Registry } from '../../../src/core/registry.js';
import { SourceFile } from '../../../src/core/source.js';
import { ALL_DOMAINS, defaultRegistry } from '../../../src/rules/index.js';

/** A fixed set of rules, so the expected findings do not move when the pack grows. */
const RULE_IDS = [
  'docker/syntax',
  'docker/absolute-workdir',
  'docker/apt-get-assume-yes',
  'docker/copy-from-valid-stage',
  'docker/no-root-user',
  'docker/overridden-instruction',
  'docker/valid-expose',
  'docker/env-self-reference',
  'docker/use-workdir',
];
const all = defaultRegistry();
const registry = new Registry(RULE_IDS.map((id) => all.byId.get(id)!));

function findings(text: string): string[] {
  const config = defaultConfig();
  config.preset = 'strict';
  const engine = new Engine({ registry, domains: ALL_DOMAINS, config, readFile: () => undefined });
  return engine
    .checkFile(new SourceFile('Dockerfile', text), 'dockerfile')
    .map((finding) => `${finding.ruleId} ${finding.span.line}:${finding.span.column}`);
}

describe('a file that does not start with FROM is still checked by every rule', () => {
  test.each([
    [
      'RUN before FROM: the syntax finding and the RUN rules',
      'RUN apt-get install curl\nFROM debian:12\nUSER 10001\n',
      ['docker/syntax 1:1', 'docker/apt-get-assume-yes 1:13'],
    ],
    [
      'no FROM at all: one syntax finding per instruction, and the other rules',
      'WORKDIR app\nRUN apt-get install curl\n',
      ['docker/syntax 1:1', 'docker/absolute-workdir 1:9', 'docker/syntax 2:1', 'docker/apt-get-assume-yes 2:13'],
    ],
    [
      'an unknown instruction is skipped, the stage is checked',
      'FROM debian:12\nCOPPY . /app\nEXPOSE 99999\nUSER root\n',
      ['docker/syntax 2:1', 'docker/valid-expose 3:8', 'docker/no-root-user 4:6'],
    ],
    [
      'an unclosed here-document does not hide the rest',
      'FROM debian:12\nWORKDIR app\nUSER 10001\nRUN <<EOF\napt-get install curl\n',
      ['docker/absolute-workdir 2:9', 'docker/syntax 4:5', 'docker/apt-get-assume-yes 5:9'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('ONBUILD triggers are checked as instructions, at the ONBUILD line', () => {
  test.each([
    ['RUN', 'FROM debian:12\nUSER 10001\nONBUILD RUN apt-get install foo\n', ['docker/apt-get-assume-yes 3:21']],
    [
      'RUN continued over lines',
      'FROM debian:12\nUSER 10001\nONBUILD RUN cd /src \\\n  && apt-get install foo\n',
      ['docker/use-workdir 3:13', 'docker/apt-get-assume-yes 4:14'],
    ],
    ['WORKDIR', 'FROM debian:12\nUSER 10001\nONBUILD WORKDIR app\n', ['docker/absolute-workdir 3:17']],
    [
      'COPY --from',
      'FROM debian:12\nUSER 10001\nONBUILD COPY --from=nope /a /b\n',
      ['docker/copy-from-valid-stage 3:14'],
    ],
    ['ENV', 'FROM debian:12\nUSER 10001\nONBUILD ENV A=1 B=$A\n', ['docker/env-self-reference 3:19']],
    [
      'a trigger CMD is not a second CMD of the stage',
      'FROM debian:12\nUSER 10001\nCMD ["a"]\nONBUILD CMD ["b"]\n',
      [],
    ],
    ['a trigger USER does not change who the stage runs as', 'FROM debian:12\nUSER 10001\nONBUILD USER root\n', []],
    [
      'exec-form RUN under a PowerShell SHELL is not read as POSIX shell',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nUSER app\nONBUILD RUN apt-get install foo\n',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
