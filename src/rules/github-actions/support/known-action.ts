import type { Scalar } from 'yaml';
import { ACTIONS, parseUses, type ActionMeta } from '../../../data/github-actions/actions.js';
import type { Facts } from './facts.js';

export interface KnownUse {
  action: string;
  meta: ActionMeta;
  /** `v4`; from the tag, or from the version comment after a SHA pin (`@<sha> # v4.2.0`). */
  major: string;
}

/** The snapshot entry and major of a step's `uses`, when the snapshot knows both. */
export function knownUse(facts: Facts, uses: Scalar | undefined): KnownUse | undefined {
  if (!uses || typeof uses.value !== 'string') return undefined;
  const parsed = parseUses(uses.value);
  if (!parsed) return undefined;
  const meta = ACTIONS[parsed.action];
  if (!meta) return undefined;
  let major = parsed.major;
  if (!major && /^[0-9a-f]{40}$/i.test(parsed.ref) && uses.range) {
    const line = facts.file.lineText(facts.file.position(uses.range[0]).line);
    const comment = /#\s*(?:tag[=:]\s*)?v?(\d+)(?:\.\d+){0,2}\b/.exec(line.slice(line.indexOf('#')));
    if (line.includes('#') && comment) major = `v${comment[1]}`;
  }
  if (!major || !(major in meta.majors)) return undefined;
  return { action: parsed.action, meta, major };
}
