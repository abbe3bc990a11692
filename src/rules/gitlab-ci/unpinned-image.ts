import { defineRule } from '../../core/rule.js';
import type { GitlabCiModel, GitlabJob } from '../../domains/gitlab-ci/index.js';
import type { KeyPath } from '../../domains/yaml/document.js';
import { isDynamic, isPlainObject } from './support/util.js';

export function imageTag(image: string): { tag: string | undefined; digest: boolean } {
  if (image.includes('@sha256:')) return { tag: undefined, digest: true };
  const last = image.slice(image.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return { tag: colon >= 0 ? last.slice(colon + 1) : undefined, digest: false };
}

export default defineRule({
  meta: {
    id: 'gitlab/unpinned-image',
    domain: 'gitlab-ci',
    description: 'Job, default and service images with the `latest` tag or no tag.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.0,
    messages: {
      latest:
        'Image `{{image}}` uses the `latest` tag: pin a version tag or a digest so every run gets the same image.',
      untagged: 'Image `{{image}}` has no tag, so it means `latest`: pin a version tag or a digest.',
    },
  },
  create(context) {
    const check = (model: GitlabCiModel, value: unknown, path: KeyPath): void => {
      const name =
        typeof value === 'string'
          ? value
          : isPlainObject(value) && typeof value.name === 'string'
            ? value.name
            : undefined;
      if (!name || isDynamic(name)) return;
      const at = model.locate(typeof value === 'string' ? path : [...path, 'name']);
      const { tag, digest } = imageTag(name);
      if (digest) return;
      if (tag === undefined) context.report({ at, messageId: 'untagged', data: { image: name } });
      else if (tag === 'latest') context.report({ at, messageId: 'latest', data: { image: name } });
    };
    const checkOwner = (model: GitlabCiModel, owner: Record<string, unknown>, path: KeyPath): void => {
      check(model, owner.image, [...path, 'image']);
      if (Array.isArray(owner.services))
        owner.services.forEach((service, index) => {
          check(model, service, [...path, 'services', index]);
        });
    };
    return {
      file(model: GitlabCiModel) {
        checkOwner(model, model.data, []);
        if (isPlainObject(model.data.default)) checkOwner(model, model.data.default, ['default']);
      },
      job(job: GitlabJob) {
        checkOwner(context.model, job.own, [job.name]);
      },
    };
  },
});
