import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import { defineRule } from '../../core/rule.js';
import {
  HOSTED_FAMILY,
  HOSTED_LABELS,
  RETIRED_LABELS,
  SELF_HOSTED_DEFAULT_LABELS,
} from '../../data/github-actions/runners.js';
import { at, factsOf, valueOf } from './support/facts.js';
import { selfHostedLabels } from './support/labels.js';

/** Edit distance, for "did you mean" and to tell typos of hosted labels from owners' larger-runner names. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A typo of a hosted label, or the exact shape of one (`ubuntu-25.04`, `macos-16-large`) that does not exist. */
function looksHosted(label: string, hosted: string[]): boolean {
  return (
    /^(?:ubuntu|windows|macos)-(?:latest|\d+(?:\.\d+)?)(?:-(?:arm|large|xlarge|intel))?$/.test(label) ||
    hosted.some((candidate) => distance(candidate, label) <= 2)
  );
}

const HOSTED = [...HOSTED_LABELS];

export default defineRule({
  meta: {
    id: 'gha/unknown-runner',
    domain: 'github-actions',
    description: '`runs-on` labels must be current GitHub-hosted labels or configured self-hosted labels.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      retired: 'Runner label "{{label}}" was retired: jobs using it never start. Use "{{replacement}}".',
      unknown: 'Unknown GitHub-hosted runner label "{{label}}".{{hint}}',
      selfHosted: 'Label "{{label}}" is not a label of your self-hosted runners (settings: self-hosted-runner-labels).',
    },
    equivalents: { actionlint: ['runner-label'] },
  },
  create(context) {
    const configured = selfHostedLabels(context.settings.selfHostedRunnerLabels);
    return {
      exit() {
        const facts = factsOf(context.file);
        if (facts.kind !== 'workflow') return;
        for (const job of facts.jobs) {
          const runsOn = valueOf(job.node, 'runs-on');
          if (runsOn === undefined || runsOn === null) continue;
          const base = [...job.path, 'runs-on'];
          let labels: { node: Scalar; path: (string | number)[] }[] = [];
          if (isScalar(runsOn)) labels = [{ node: runsOn, path: base }];
          else if (isSeq(runsOn))
            labels = runsOn.items.flatMap((item, index) =>
              isScalar(item) ? [{ node: item, path: [...base, index] }] : [],
            );
          else if (isMap(runsOn)) {
            const inner = valueOf(runsOn, 'labels');
            if (isScalar(inner)) labels = [{ node: inner, path: [...base, 'labels'] }];
            else if (isSeq(inner))
              labels = inner.items.flatMap((item, index) =>
                isScalar(item) ? [{ node: item, path: [...base, 'labels', index] }] : [],
              );
          }
          const texts = labels.map(({ node }) => String(node.value ?? ''));
          if (texts.some((text) => text.includes('${{'))) continue;
          const selfHosted = texts.some((text) => text.toLowerCase() === 'self-hosted') || isMap(runsOn);
          for (const { node, path } of labels) {
            const label = String(node.value ?? '');
            const lower = label.toLowerCase();
            if (RETIRED_LABELS[lower]) {
              context.report({
                at: at(facts, node, path),
                messageId: 'retired',
                data: { label, replacement: RETIRED_LABELS[lower]! },
              });
            } else if (selfHosted) {
              if (configured.size > 0 && !SELF_HOSTED_DEFAULT_LABELS.has(lower) && !configured.has(lower)) {
                context.report({ at: at(facts, node, path), messageId: 'selfHosted', data: { label } });
              }
            } else if (
              HOSTED_FAMILY.test(label) &&
              !HOSTED_LABELS.has(lower) &&
              !configured.has(lower) &&
              looksHosted(lower, HOSTED)
            ) {
              const close = HOSTED.find((candidate) => distance(candidate, lower) <= 2);
              context.report({
                at: at(facts, node, path),
                messageId: 'unknown',
                data: { label, hint: close ? ` Did you mean "${close}"?` : '' },
              });
            } else if (
              configured.size > 0 &&
              !HOSTED_LABELS.has(lower) &&
              !configured.has(lower) &&
              !SELF_HOSTED_DEFAULT_LABELS.has(lower)
            ) {
              context.report({ at: at(facts, node, path), messageId: 'selfHosted', data: { label } });
            }
          }
        }
      },
    };
  },
});
