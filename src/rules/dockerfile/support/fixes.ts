import type { Fix, Locatable } from '../../../core/finding.js';
import type { SourceFile } from '../../../core/source.js';

/** Text edits for `shipshape fix`, built from the spans findings already point at. */
function offsets(file: SourceFile, at: Locatable): { start: number; end: number } {
  const { line, column, endLine, endColumn } = at.span;
  return { start: file.offset(line, column), end: file.offset(endLine, endColumn) };
}

export function insertAfter(file: SourceFile, at: Locatable, text: string, description: string, safe = true): Fix {
  const { end } = offsets(file, at);
  return { description, safe, edits: [{ start: end, end, text }] };
}

export function replaceWith(file: SourceFile, at: Locatable, text: string, description: string, safe = true): Fix {
  const { start, end } = offsets(file, at);
  return { description, safe, edits: [{ start, end, text }] };
}

/** Removes a span and the blanks after it (a flag and its separating space). */
export function removeWithSpace(file: SourceFile, at: Locatable, description: string, safe = true): Fix {
  const { start, end } = offsets(file, at);
  let stop = end;
  while (file.text[stop] === ' ' || file.text[stop] === '\t') stop++;
  return { description, safe, edits: [{ start, end: stop, text: '' }] };
}
