import type { Scalar } from 'yaml';

/**
 * Maps offsets in a scalar's parsed value back to offsets in the file. Quoting, escapes, folding and block
 * indentation make the two differ; every run of characters copied verbatim from the source is found in the value
 * in order, and positions between runs (an escape, a fold) map to the end of the previous run.
 */
export type OffsetMap = (valueOffset: number) => number;

interface Segment {
  v: number;
  s: number;
  len: number;
}

const DOUBLE_ESCAPE = /\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])?/g;

export function offsetMap(text: string, scalar: Scalar, value: string): OffsetMap {
  const range = scalar.range;
  if (!range) return () => 0;
  const [start, end] = range;
  const type = scalar.type;
  if (type === 'PLAIN' || type === undefined) {
    // The common case: a one-line plain scalar is its own source.
    if (end - start === value.length && text.startsWith(value, start)) return (offset) => start + offset;
  }
  let contentStart = start;
  let contentEnd = end;
  let splitter: RegExp | undefined;
  if (type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE') {
    contentStart = start + 1;
    contentEnd = Math.max(contentStart, end - 1);
    splitter = type === 'QUOTE_SINGLE' ? /''/g : DOUBLE_ESCAPE;
  } else if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const newline = text.indexOf('\n', start);
    contentStart = newline < 0 || newline >= end ? end : newline + 1;
  }
  const segments: Segment[] = [];
  let cursor = 0;
  const add = (piece: string, fileOffset: number): void => {
    if (piece === '') return;
    const found = value.indexOf(piece, cursor);
    if (found < 0) return;
    segments.push({ v: found, s: fileOffset, len: piece.length });
    cursor = found + piece.length;
  };
  let lineStart = contentStart;
  while (lineStart < contentEnd) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > contentEnd) lineEnd = contentEnd;
    let from = lineStart;
    let to = lineEnd;
    while (from < to && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
    while (
      to > from &&
      (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9 || text.charCodeAt(to - 1) === 13)
    )
      to--;
    if (from < to) {
      const line = text.slice(from, to);
      if (splitter) {
        splitter.lastIndex = 0;
        let last = 0;
        for (const match of line.matchAll(splitter)) {
          add(line.slice(last, match.index), from + last);
          // `''` stands for one quote: map it to the first of the two.
          if (match[0] === "''") add("'", from + match.index);
          last = match.index + match[0].length;
        }
        add(line.slice(last), from + last);
      } else {
        add(line, from);
      }
    }
    lineStart = lineEnd + 1;
  }
  if (segments.length === 0) return () => start;
  return (offset) => {
    let low = 0;
    let high = segments.length - 1;
    if (offset < segments[0]!.v) return segments[0]!.s;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid]!.v <= offset) low = mid;
      else high = mid - 1;
    }
    const segment = segments[low]!;
    return segment.s + Math.min(offset - segment.v, segment.len);
  };
}
