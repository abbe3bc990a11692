/** Appends the offset of every occurrence of `needle` in `text` to `into`, in order. */
export function offsetsOf(text: string, needle: string, into: number[]): number[] {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) into.push(at);
  return into;
}

/** The first offset in `sorted` at or after `from`, or -1. */
export function firstFrom(sorted: readonly number[], from: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < from) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length ? sorted[low]! : -1;
}

/** True when some offset of `sorted` lies in the node's source range (true when the node has none). */
export function rangeHolds(
  sorted: readonly number[],
  range: readonly [number, number, number] | null | undefined,
): boolean {
  if (!range) return true;
  const next = firstFrom(sorted, range[0]);
  return next >= 0 && next < Math.max(range[1], range[2]);
}
