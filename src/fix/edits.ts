import type { Fix } from '../core/finding.js';

export type Edit = Fix['edits'][number];

/**
 * Applies fixes to a text by offsets, in order; a fix whose edits overlap an already accepted fix (or insert at the
 * same offset) is skipped — the next `shipshape fix` run picks it up. Identical fixes are applied once.
 */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[]; skipped: Fix[] } {
  const accepted: Edit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const seen = new Set<string>();
  // Two different insertions at one offset conflict too: they are usually the same key added twice.
  const overlaps = (edit: Edit): boolean =>
    accepted.some(
      (other) =>
        (edit.start < other.end && other.start < edit.end) ||
        (edit.start === other.start && (edit.start === edit.end || other.start === other.end)),
    );
  for (const fix of fixes) {
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    seen.add(key);
    if (
      fix.edits.some(overlaps) ||
      fix.edits.some((edit) => edit.start < 0 || edit.end > text.length || edit.end < edit.start)
    ) {
      skipped.push(fix);
      continue;
    }
    accepted.push(...fix.edits);
    applied.push(fix);
  }
  // Apply from the end so offsets stay valid; insertions at one offset keep their order.
  const ordered = accepted
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.index - a.index);
  let out = text;
  for (const { edit } of ordered) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { text: out, applied, skipped };
}

/** The offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line break ending the line holding `offset` (or the text's end). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** The column (0-based) of an offset within its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** A YAML scalar for a value that holds an expression: plain when that is safe, double-quoted otherwise. */
export function yamlValue(value: string): string {
  if (/^[^\s'"&*!|>%@`#,[\]{}-][^#]*$/.test(value) && !/: |\s$/.test(value)) return value;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
