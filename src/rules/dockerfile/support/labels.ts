import { argPairs } from '../../../domains/dockerfile/parse.js';

/** The key/value pairs of a LABEL: `a=1 "b c"="d"`, or the legacy single pair `LABEL key some value`. */
export function labelPairs(args: string): [string, string | undefined][] {
  const legacy = /^([^\s="']+)\s+(?!\S*=)(.+)$/s.exec(args);
  if (legacy) return [[legacy[1]!, legacy[2]!.trim().replace(/^(["'])(.*)\1$/s, '$2')]];
  return argPairs(args);
}
