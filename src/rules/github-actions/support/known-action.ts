import type { Scalar } from 'yaml';
import { ACTIONS, parseUses, type ActionMeta } from '../../../data/github-actions/actions.js';
import type { Facts } from './facts.js';

export interface KnownUse {
  action: string;
  meta: ActionMeta;
  /** `v4`; from the tag, or from the version comment after a SHA pin (`@<sha> # v4.2.0`). */
  major: string;
}

/** What a `uses:` value says on its own: the snapshot entry, the ref, and the major when the ref is a version tag. */
interface Named {
  action: string;
  meta: ActionMeta;
  ref: string;
  major: string | undefined;
  /** The answer when the tag names the major (most pins): shared by every step using the same value. */
  known: KnownUse | undefined;
}

/** By `uses:` value, across files: the same few actions are used everywhere. */
const byValue = new Map<string, Named | null>();

function namedBy(value: string): Named | null {
  let named = byValue.get(value);
  if (named === undefined) {
    const parsed = parseUses(value);
    const meta = parsed && ACTIONS[parsed.action];
    named =
      parsed && meta ? { action: parsed.action, meta, ref: parsed.ref, major: parsed.major, known: undefined } : null;
    if (named?.major && named.major in named.meta.majors)
      named.known = { action: named.action, meta: named.meta, major: named.major };
    if (byValue.size > 20_000) byValue.clear();
    byValue.set(value, named);
  }
  return named;
}

/** The snapshot entry and major of a step's `uses`, when the snapshot knows both. */
export function knownUse(facts: Facts, uses: Scalar | undefined): KnownUse | undefined {
  if (!uses || typeof uses.value !== 'string') return undefined;
  const named = namedBy(uses.value);
  if (!named) return undefined;
  if (named.major) return named.known;
  // A SHA pin: the major comes from the version comment on its line.
  let major: string | undefined;
  if (/^[0-9a-f]{40}$/i.test(named.ref) && uses.range) {
    const line = facts.file.lineText(facts.file.position(uses.range[0]).line);
    const comment = /#\s*(?:tag[=:]\s*)?v?(\d+)(?:\.\d+){0,2}\b/.exec(line.slice(line.indexOf('#')));
    if (line.includes('#') && comment) major = `v${comment[1]}`;
  }
  if (!major || !(major in named.meta.majors)) return undefined;
  return { action: named.action, meta: named.meta, major };
}
