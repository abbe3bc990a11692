import type { Span } from './finding.js';

/**
 * A file's text with a line index, so rules and domains can turn offsets into 1-based positions. Line breaks are
 * `\n`, `\r\n` and a lone `\r`, as editors and the Dockerfile parser count them, so every domain's positions agree.
 */
export class SourceFile {
  readonly lineStarts: number[];

  constructor(
    /** Repository-relative path with forward slashes. */
    readonly path: string,
    readonly text: string,
  ) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /**
   * 1-based line and column of a character offset. An offset inside a line break (the `\n` of `\r\n`) is the end
   * of its line, so a column is never past the line's text + 1.
   */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    const start = this.lineStarts[low]!;
    return { line: low + 1, column: Math.min(clamped, this.lineEnd(low)) - start + 1 };
  }

  /** Offset just after the text of a 0-based line (before its line break). */
  private lineEnd(index: number): number {
    const next = this.lineStarts[index + 1];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (end > this.lineStarts[index]! && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13)
      end--;
    return end;
  }

  offset(line: number, column: number): number {
    const start = this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))]!;
    return Math.min(start + column - 1, this.text.length);
  }

  spanOf(start: number, end: number): Span {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  /** Length of a 1-based line's text (without its line break); 0 outside the file. */
  lineLength(line: number): number {
    const start = this.lineStarts[line - 1];
    return start === undefined ? 0 : this.lineEnd(line - 1) - start;
  }

  /**
   * The span moved inside the file: lines within 1..lineCount, columns within 1..length + 1, the end not before the
   * start. Returns the same object when it is already valid.
   */
  clampSpan(span: Span): Span {
    const { line, column, endLine, endColumn } = span;
    const count = this.lineStarts.length;
    if (
      line >= 1 &&
      line <= endLine &&
      endLine <= count &&
      column >= 1 &&
      endColumn >= 1 &&
      column <= this.lineLength(line) + 1 &&
      endColumn <= this.lineLength(endLine) + 1 &&
      (line < endLine || column <= endColumn)
    ) {
      return span;
    }
    const clampLine = (n: number): number => Math.min(Math.max(1, Math.trunc(n) || 1), count);
    const clampColumn = (n: number, at: number): number =>
      Math.min(Math.max(1, Math.trunc(n) || 1), this.lineLength(at) + 1);
    const from = { line: clampLine(line), column: 0 };
    from.column = clampColumn(column, from.line);
    const to = { line: clampLine(endLine), column: 0 };
    to.column = clampColumn(endColumn, to.line);
    if (to.line < from.line || (to.line === from.line && to.column < from.column))
      return { line: from.line, column: from.column, endLine: from.line, endColumn: from.column };
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    return this.text.slice(start, this.lineEnd(line - 1));
  }

  /** A span covering a whole line's text. */
  lineSpan(line: number): Span {
    return { line, column: 1, endLine: line, endColumn: this.lineText(line).length + 1 };
  }
}
