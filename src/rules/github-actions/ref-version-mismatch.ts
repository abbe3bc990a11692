import { defineRule } from '../../core/rule.js';
import { knownTag, TAG_COMMITS_DATE } from '../../data/github-actions/tag-commits.js';
import type { GhaModel, Uses } from '../../domains/github-actions/index.js';
import { forEachJobAndStep } from './support/each.js';

const VERSION = /^v?(\d+(?:\.\d+)*)(?:[-+].*)?$/i;

function components(version: string): string[] | undefined {
  return VERSION.exec(version)?.[1]?.split('.');
}

/** `v4` and `v4.1.1` agree (one is a prefix of the other); `v3` and `v4.1.1` do not. */
function compatible(a: string[], b: string[]): boolean {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (Number(a[i]) !== Number(b[i])) return false;
  return true;
}

interface Pin {
  uses: Uses;
  action: string;
  /** The bundled snapshot knows this commit, and the comment agrees with the tag that names it. */
  verified: boolean;
}

export default defineRule({
  meta: {
    id: 'gha/ref-version-mismatch',
    domain: 'github-actions',
    description:
      'The version comment after a pinned `uses:` must agree with the ref, with the other pins of the same action in the file, and with the tag a known commit belongs to.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 4.0,
    messages: {
      tag: '"{{uses}}" is commented `# {{comment}}`, which is not the version the ref names: fix the comment or the ref.',
      knownSha:
        '"{{uses}}" is commented `# {{comment}}`, but {{sha7}} is the commit of {{action}} {{tag}} (snapshot of {{date}}): fix the comment or the pin.',
      sameShaTwoVersions:
        'This SHA of `{{action}}` is commented `# {{comment}}` here but `# {{other}}` on line {{line}}: one of the comments is wrong.',
      sameVersionTwoShas:
        '`{{action}}` `# {{comment}}` is pinned to a different SHA on line {{line}}: one tag cannot point to two commits, so one pin is not what its comment says.',
    },
    equivalents: { zizmor: ['ref-version-mismatch'], pipefort: ['cicd-sec-3-ref-version-mismatch'] },
  },
  create(context) {
    const pins: Pin[] = [];
    const collect = (uses: Uses | undefined): void => {
      if (uses?.kind !== 'repository' || !uses.ref || !uses.commentVersion || !uses.slug) return;
      const comment = components(uses.commentVersion);
      if (uses.refKind === 'sha') {
        const action = uses.subPath ? `${uses.slug}/${uses.subPath.toLowerCase()}` : uses.slug;
        const tag = knownTag(uses.slug, uses.ref);
        if (tag === undefined) {
          pins.push({ uses, action, verified: false });
          return;
        }
        const known = components(tag);
        if (comment && known && !compatible(comment, known)) {
          // The snapshot settles it: this pin is reported here and nowhere else.
          const data = {
            uses: uses.value.trim(),
            comment: uses.commentVersion,
            sha7: uses.ref.slice(0, 7).toLowerCase(),
            action: uses.slug,
            tag,
            date: TAG_COMMITS_DATE,
          };
          context.report({ at: uses, messageId: 'knownSha', data });
          return;
        }
        pins.push({ uses, action, verified: true });
        return;
      }
      const ref = components(uses.ref);
      if (uses.refKind === 'tag' && ref && comment && !compatible(ref, comment)) {
        context.report({ at: uses, messageId: 'tag', data: { uses: uses.value.trim(), comment: uses.commentVersion } });
      }
    };
    return {
      exit(model: GhaModel) {
        forEachJobAndStep(
          model,
          (job) => collect(job.uses),
          (step) => collect(step.uses),
        );
        // Pins the snapshot vouches for go first, so that when one of them and an unknown pin disagree, the unknown
        // pin is the one reported.
        const ordered = [...pins.filter((pin) => pin.verified), ...pins.filter((pin) => !pin.verified)];
        const bySha = new Map<string, Pin>();
        const byVersion = new Map<string, Pin>();
        for (const pin of ordered) {
          const sha = `${pin.action}@${pin.uses.ref!.toLowerCase()}`;
          const version = `${pin.action}#${pin.uses.commentVersion!.toLowerCase().replace(/^v/, '')}`;
          const first = bySha.get(sha);
          const firstVersion = byVersion.get(version);
          const data = { action: pin.action, comment: pin.uses.commentVersion! };
          // A known commit's comments were each checked against its tag: two of them cannot contradict each other.
          if (
            first &&
            !pin.verified &&
            components(first.uses.commentVersion!)?.join('.') !== components(pin.uses.commentVersion!)?.join('.')
          ) {
            const line = first.uses.span.line;
            context.report({
              at: pin.uses,
              messageId: 'sameShaTwoVersions',
              data: { ...data, other: first.uses.commentVersion!, line },
            });
          } else if (
            firstVersion &&
            !(firstVersion.verified && pin.verified) &&
            firstVersion.uses.ref!.toLowerCase() !== pin.uses.ref!.toLowerCase()
          ) {
            context.report({
              at: pin.uses,
              messageId: 'sameVersionTwoShas',
              data: { ...data, line: firstVersion.uses.span.line },
            });
          }
          if (!first) bySha.set(sha, pin);
          if (!firstVersion) byVersion.set(version, pin);
        }
      },
    };
  },
});
