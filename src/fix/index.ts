import type { Fix } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import { parseYaml } from '../domains/yaml/document.js';
import { factsOf } from '../rules/github-actions/support/facts.js';
import { applyFixes } from './edits.js';
import { envFixes, permissionsFixes, persistCredentialsFixes } from './fixers.js';
import { pinFixes, type RefResolver } from './pin.js';

export { applyFixes } from './edits.js';
export { restResolver, type RefResolver } from './pin.js';

export interface FixOptions {
  /** Apply unsafe fixes too. */
  unsafe: boolean;
  /** Pin action tags to SHAs with this resolver. */
  pin?: RefResolver;
}

export interface FixOutcome {
  text: string;
  applied: Fix[];
  /** Fixes left out: unsafe without --unsafe, or overlapping another fix. */
  skipped: Fix[];
  problems: string[];
}

/** The built-in GitHub Actions fixes of a file (persist-credentials, least-privilege permissions, run → env). */
export function builtInFixes(file: SourceFile): Fix[] {
  // Never edit a file whose YAML does not parse: offsets into a broken tree are guesses.
  if (parseYaml(file).problems.length > 0) return [];
  const facts = factsOf(file);
  if (facts.kind === 'unknown' || !facts.root) return [];
  return [...persistCredentialsFixes(facts), ...envFixes(facts), ...permissionsFixes(facts)];
}

/** Fixes one file: the rules' fixes (from findings) and the built-in ones, safe only unless `unsafe`. */
export async function fixFile(file: SourceFile, findingFixes: Fix[], options: FixOptions): Promise<FixOutcome> {
  const problems: string[] = [];
  const candidates = [...findingFixes, ...builtInFixes(file)];
  if (options.pin && parseYaml(file).problems.length === 0)
    candidates.push(...(await pinFixes(factsOf(file), options.pin, problems)));
  const allowed = candidates.filter((fix) => fix.safe || options.unsafe);
  const notAllowed = candidates.filter((fix) => !fix.safe && !options.unsafe);
  const result = applyFixes(file.text, allowed);
  return { text: result.text, applied: result.applied, skipped: [...notAllowed, ...result.skipped], problems };
}
