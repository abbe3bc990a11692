import { createHash } from 'node:crypto';

/**
 * A stable identity for a finding: rule, file and logical node path, never the line number,
 * so code scanning and Code Quality keep tracking a finding when lines above it move.
 * `occurrence` separates findings of one rule on the same node.
 */
export function fingerprint(ruleId: string, path: string, nodePath: string, occurrence = 0): string {
  return createHash('sha256')
    .update(`${ruleId}\0${path}\0${nodePath}\0${occurrence}`)
    .digest('hex')
    .slice(0, 32);
}
