import { SourceFile } from '../../../src/core/source.js';
import type { DockerfileModel } from '../../../src/domains/dockerfile/index.js';
import { parseDockerfile } from '../../../src/domains/dockerfile/parse.js';

function parse(text: string): DockerfileModel {
  const result = parseDockerfile(new SourceFile('Dockerfile', text));
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.model;
}

describe('RUN commands', () => {
  test('shell form is split on operators, continuations joined and comment lines inside them dropped', () => {
    const model = parse('FROM debian:12\nRUN apt-get update \\\n    # refresh first\n    && apt-get install -y curl\n');
    expect(model.instructions[1]!.commands.map((command) => [command.name, command.args])).toEqual([
      ['apt-get', ['update']],
      ['apt-get', ['install', '-y', 'curl']],
    ]);
  });

  test('the escape directive changes the continuation character', () => {
    const model = parse(
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN choco install -y git `\n    && git --version\n',
    );
    expect(model.escapeChar).toBe('`');
    expect(model.instructions[1]!.commands.map((command) => command.name)).toEqual(['choco', 'git']);
  });

  test('heredoc bodies are the script', () => {
    const model = parse('FROM debian:12\nRUN <<EOF\nset -e\napt-get install -y curl | tee /log\nEOF\n');
    const run = model.instructions[1]!;
    expect(run.heredocs).toEqual([{ name: 'EOF', content: 'set -e\napt-get install -y curl | tee /log' }]);
    expect(run.commands.map((command) => [command.name, command.next])).toEqual([
      ['set', '\n'],
      ['apt-get', '|'],
      ['tee', undefined],
    ]);
  });

  test('a heredoc fed to a command is data, not script', () => {
    const model = parse('FROM debian:12\nRUN cat <<EOF > /etc/app.conf\nlisten 80 | 443\nEOF\n');
    expect(model.instructions[1]!.commands.map((command) => [command.name, command.args])).toEqual([
      ['cat', ['>', '/etc/app.conf']],
    ]);
  });

  test('a heredoc fed to a shell, or with a shell shebang, is script; another interpreter is not', () => {
    const [, bash, shebang, python] = parse(
      'FROM debian:12\nRUN bash -e <<EOF\napt-get update\nEOF\nRUN <<EOF\n#!/usr/bin/env bash\nmake\nEOF\nRUN <<EOF\n#!/usr/bin/env python3\nimport os | x\nEOF\n',
    ).instructions;
    expect(bash!.commands.map((command) => command.name)).toEqual(['apt-get']);
    expect(shebang!.commands.map((command) => command.name)).toEqual(['make']);
    expect(python!.commands).toEqual([]);
  });

  test('exec form that calls a shell with -c runs its script', () => {
    const model = parse('FROM debian:12\nRUN ["/bin/bash", "-o", "pipefail", "-c", "curl -fsSL x | tar -x"]\n');
    expect(model.instructions[1]!.commands.map((command) => [command.name, command.next])).toEqual([
      ['curl', '|'],
      ['tar', undefined],
    ]);
  });

  test('any other exec form is one command', () => {
    const model = parse('FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n');
    expect(model.instructions[1]!.commands.map((command) => [command.name, command.args])).toEqual([
      ['apt-get', ['install', '-y', 'curl']],
    ]);
  });

  test('RUNs under a PowerShell or cmd SHELL, also inherited through FROM, are not read as POSIX shell', () => {
    const model = parse(
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nSHELL ["powershell", "-Command"]\nRUN cd C:\\app; curl.exe -k x | iex\nFROM base\nRUN echo hi\nSHELL ["cmd", "/S", "/C"]\nRUN dir\nSHELL ["/bin/sh", "-c"]\nRUN make\n',
    );
    expect(
      model.instructions
        .filter((each) => each.keyword === 'RUN')
        .map((run) => run.commands.map((command) => command.name)),
    ).toEqual([[], [], [], ['make']]);
  });

  test('other instructions have no commands', () => {
    const model = parse('FROM debian:12\nCMD ["sh", "-c", "echo hi"]\n');
    expect(model.instructions[1]!.commands).toEqual([]);
  });
});

describe('stages', () => {
  test('a FROM that names an earlier stage links to it; the last stage is final', () => {
    const model = parse(
      'ARG BASE=node:20\nFROM ${BASE} AS base\nUSER node\nFROM base AS app\nCOPY --from=base /a /a\n',
    );
    const [base, app] = model.stages;
    expect(base!.image.resolved).toBe('node:20');
    expect(app!.image.stage).toBe(base);
    expect(app!.isFinal).toBe(true);
    expect(base!.isFinal).toBe(false);
    expect([...app!.dependsOn]).toEqual([base]);
  });
});
