import type { Scalar } from 'yaml';
import { ACTIONS, parseUses, type ActionMeta } from '../../../data/github-actions/actions.js';
import type { Facts } from './facts.js';

export interface KnownUse {
  action: string;
  meta: ActionMeta;
  /** `v4`; from the tag, or from the version comment after a SHA pin (`@<sha> # v4.2.0`). */
  major: string;
}

/** Answers by `uses:` scalar: several rules ask about the same steps of a file. */
const answers = new WeakMap<Scalar, KnownUse | null>();

/** The snapshot entry and major of a step's `uses`, when the snapshot knows both. */
export function knownUse(facts: Facts, uses: Scalar | undefined): KnownUse | undefined {
  if (!uses || typeof uses.value !== 'string') return undefined;
  let answer = answers.get(uses);
  if (answer === undefined) {
    answer = lookUp(facts, uses, uses.value) ?? null;
    answers.set(uses, answer);
  }
  return answer ?? undefined;
}

function lookUp(facts: Facts, uses: Scalar, value: string): KnownUse | undefined {
  const parsed = parseUses(value);
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
