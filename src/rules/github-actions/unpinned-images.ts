import { defineRule, type RuleContext } from '../../core/rule.js';
import type { Container, Job, Str } from '../../domains/github-actions/index.js';

/** `untagged`, `latest` or undefined (pinned) for an image reference. */
function problemOf(text: string): 'untagged' | 'latest' | undefined {
  if (text.includes('@sha256:')) return undefined;
  const name = text.slice(text.lastIndexOf('/') + 1);
  const colon = name.indexOf(':');
  if (colon < 0) return 'untagged';
  return name.slice(colon + 1) === 'latest' ? 'latest' : undefined;
}

/** The matrix key of an image written as exactly `${{ matrix.<key> }}`, else undefined. */
function matrixKeyOf(image: Str): string | undefined {
  const [expression] = image.expressions;
  const ast = expression?.ast;
  if (image.expressions.length !== 1 || !expression?.whole || ast?.kind !== 'property') return undefined;
  return ast.object.kind === 'context' && ast.object.name === 'matrix' ? ast.name : undefined;
}

function check(context: RuleContext, job: Job, container: Container): void {
  const image = container.image;
  const text = image?.value.trim();
  if (!image || !text) return;
  if (!text.includes('${{')) {
    const problem = problemOf(text);
    if (problem) context.report({ at: image, messageId: problem, data: { image: text } });
    return;
  }
  // An image from the matrix is pinned only if every value the matrix gives it is.
  const key = matrixKeyOf(image);
  const values = key === undefined ? undefined : job.strategy?.matrixData?.valuesOf(key);
  for (const value of values ?? []) {
    if (typeof value.data !== 'string' || value.dynamic || value.data.trim() === '') continue;
    const problem = problemOf(value.data.trim());
    if (problem)
      context.report({
        at: image,
        messageId: problem === 'untagged' ? 'matrixUntagged' : 'matrixLatest',
        data: { image: value.data.trim(), key: key! },
      });
  }
}

export default defineRule({
  meta: {
    id: 'gha/unpinned-images',
    domain: 'github-actions',
    description: 'Job containers and service images must name a version tag or digest, never `latest` or no tag.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 4.0,
    messages: {
      untagged:
        'Image "{{image}}" has no tag, so it means `latest` and changes under you: pin a version tag or a digest.',
      latest: 'Image "{{image}}" uses the `latest` tag, which changes under you: pin a version tag or a digest.',
      matrixUntagged:
        'The matrix gives `{{key}}` the image "{{image}}", which has no tag, so it means `latest` and changes under you: pin a version tag or a digest in the matrix.',
      matrixLatest:
        'The matrix gives `{{key}}` the image "{{image}}", whose `latest` tag changes under you: pin a version tag or a digest in the matrix.',
    },
    equivalents: {
      zizmor: ['unpinned-images'],
      scorecard: ['Pinned-Dependencies'],
      pipefort: ['cicd-sec-3-unpinned-image'],
    },
  },
  create(context) {
    return {
      job(job: Job) {
        if (job.container) check(context, job, job.container);
        for (const service of job.services) check(context, job, service);
      },
    };
  },
});
