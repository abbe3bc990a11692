import { SourceFile } from '../../../../src/core/source.js';
import type { DockerfileModel } from '../../../../src/domains/dockerfile/index.js';
import { parseDockerfile } from '../../../../src/domains/dockerfile/parse.js';
import { keywordAt, textOf, variableReference } from '../../../../src/rules/dockerfile/support/locate.js';

function parse(text: string): DockerfileModel {
  const result = parseDockerfile(new SourceFile('Dockerfile', text));
  if (!result.ok) throw new Error('parse failed');
  return result.model;
}

describe('InstructionText', () => {
  test('finds each command word in order across continuation lines, not an earlier equal word', () => {
    const model = parse('FROM debian:12\nRUN apt-get install -y curl \\\n && curl -fsSL https://x | sh\n');
    const run = model.instructions[1]!;
    const text = textOf(model, run);
    const curl = run.commands[1]!;
    expect(text.command(curl).span).toMatchObject({ line: 3, column: 5, endColumn: 9 });
    expect(text.arg(run.commands[0]!, 2).span).toMatchObject({ line: 2, column: 24, endColumn: 28 });
  });

  test('finds words in exec form and heredoc bodies', () => {
    const model = parse('FROM debian:12\nRUN ["apt-get", "install", "curl"]\nRUN <<EOF\nset -e\nmake install\nEOF\n');
    const [, exec, heredoc] = model.instructions;
    expect(textOf(model, exec!).arg(exec!.commands[0]!, 1).span).toMatchObject({ line: 2, column: 29 });
    expect(textOf(model, heredoc!).command(heredoc!.commands[1]!).span).toMatchObject({
      line: 5,
      column: 1,
      endColumn: 5,
    });
  });

  test('falls back to the arguments when a word cannot be found', () => {
    const model = parse('FROM debian:12\nRUN echo hi\n');
    const run = model.instructions[1]!;
    expect(textOf(model, run).word('absent')).toEqual({ span: run.argsSpan, path: run.path });
  });

  test('keywordAt spans the keyword only', () => {
    const model = parse('FROM debian:12\nMAINTAINER me\n');
    expect(keywordAt(model.instructions[1]!).span).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 11 });
  });
});

describe('variableReference', () => {
  test('matches $NAME, ${NAME} and ${NAME:-x}, not a longer name', () => {
    const pattern = variableReference('A');
    expect(['$A', '${A}', '${A:-x}', 'x$A/y'].map((text) => pattern.exec(text)?.[0])).toEqual([
      '$A',
      '${A}',
      '${A:-x}',
      '$A',
    ]);
    expect(pattern.test('$AB')).toBe(false);
  });
});
