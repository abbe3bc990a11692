import { defineRule, type RuleContext } from '../../core/rule.js';
import type { Container, Job } from '../../domains/github-actions/index.js';

function check(context: RuleContext, container: Container): void {
  const image = container.image;
  const text = image?.value.trim();
  if (!image || !text || text.includes('${{') || text.includes('@sha256:')) return;
  const name = text.slice(text.lastIndexOf('/') + 1);
  const colon = name.indexOf(':');
  if (colon < 0) context.report({ at: image, messageId: 'untagged', data: { image: text } });
  else if (name.slice(colon + 1) === 'latest')
    context.report({ at: image, messageId: 'latest', data: { image: text } });
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
        if (job.container) check(context, job.container);
        for (const service of job.services) check(context, service);
      },
    };
  },
});
