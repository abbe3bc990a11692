import { SourceFile } from '../../src/core/source.js';

describe('SourceFile positions (1-based)', () => {
  test('LF', () => {
    const file = new SourceFile('a', 'ab\ncd\n');
    expect(file.lineCount).toBe(3);
    expect(file.position(0)).toEqual({ line: 1, column: 1 });
    expect(file.position(3)).toEqual({ line: 2, column: 1 });
    expect(file.position(4)).toEqual({ line: 2, column: 2 });
    expect(file.position(6)).toEqual({ line: 3, column: 1 });
    expect(file.offset(2, 2)).toBe(4);
    expect(file.lineText(2)).toBe('cd');
    expect(file.lineText(3)).toBe('');
  });

  test('CRLF: line text has no \\r, columns count from the line start', () => {
    const file = new SourceFile('a', 'FROM a\r\nRUN x\r\n');
    expect(file.lineText(1)).toBe('FROM a');
    expect(file.lineText(2)).toBe('RUN x');
    expect(file.position(8)).toEqual({ line: 2, column: 1 });
    expect(file.lineSpan(2)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 6 });
  });

  test('a lone CR is a line break too (as editors and the Dockerfile parser count lines)', () => {
    const file = new SourceFile('a', 'FROM a\r\rRUN x\r\r\nCMD y');
    expect(file.lineCount).toBe(5);
    expect([1, 2, 3, 4, 5].map((line) => file.lineText(line))).toEqual(['FROM a', '', 'RUN x', '', 'CMD y']);
    expect(file.position(8)).toEqual({ line: 3, column: 1 });
  });

  test('an offset inside a line break is the end of its line', () => {
    const file = new SourceFile('a', 'ab\r\ncd\n');
    expect(file.position(2)).toEqual({ line: 1, column: 3 });
    expect(file.position(3)).toEqual({ line: 1, column: 3 });
    expect(file.position(4)).toEqual({ line: 2, column: 1 });
    expect(file.spanOf(2, 3)).toEqual({ line: 1, column: 3, endLine: 1, endColumn: 3 });
  });

  test('out-of-range offsets and lines are clamped, never throw', () => {
    const file = new SourceFile('a', 'ab\ncd');
    expect(file.position(-5)).toEqual({ line: 1, column: 1 });
    expect(file.position(999)).toEqual({ line: 2, column: 3 });
    expect(file.offset(99, 1)).toBe(3);
    expect(file.offset(2, 99)).toBe(5);
    expect(file.lineText(0)).toBe('');
    expect(file.lineText(99)).toBe('');
  });

  test('spanOf never ends before it starts', () => {
    const file = new SourceFile('a', 'abc\ndef');
    expect(file.spanOf(5, 2)).toEqual({ line: 2, column: 2, endLine: 2, endColumn: 2 });
    expect(file.spanOf(1, 6)).toEqual({ line: 1, column: 2, endLine: 2, endColumn: 3 });
  });

  test('empty file: one empty line', () => {
    const file = new SourceFile('a', '');
    expect(file.lineCount).toBe(1);
    expect(file.lineSpan(1)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  test('a huge single line', () => {
    const file = new SourceFile('a', `RUN ${'x'.repeat(2_000_000)}`);
    expect(file.lineCount).toBe(1);
    expect(file.position(1_500_000)).toEqual({ line: 1, column: 1_500_001 });
  });
});

describe('clampSpan', () => {
  const file = new SourceFile('a', 'FROM a\nM\\\nAINTAINER x\n');

  test('a valid span is returned as is', () => {
    const span = { line: 1, column: 1, endLine: 3, endColumn: 12 };
    expect(file.clampSpan(span)).toBe(span);
  });

  test('columns past the end of the line are pulled back to the line end', () => {
    expect(file.clampSpan({ line: 2, column: 1, endLine: 2, endColumn: 11 })).toEqual({
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 3,
    });
  });

  test('lines outside the file, zero or negative values, and reversed spans', () => {
    expect(file.clampSpan({ line: 0, column: 0, endLine: 99, endColumn: 99 })).toEqual({
      line: 1,
      column: 1,
      endLine: 4,
      endColumn: 1,
    });
    expect(file.clampSpan({ line: 3, column: 5, endLine: 1, endColumn: 2 })).toEqual({
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 5,
    });
    expect(file.clampSpan({ line: Number.NaN, column: 2, endLine: 1, endColumn: 4 })).toEqual({
      line: 1,
      column: 2,
      endLine: 1,
      endColumn: 4,
    });
  });

  test('lineLength', () => {
    expect([0, 1, 2, 3, 4, 5].map((line) => file.lineLength(line))).toEqual([0, 6, 2, 11, 0, 0]);
  });
});
