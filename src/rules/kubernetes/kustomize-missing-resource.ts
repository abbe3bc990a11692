import { defineRule } from '../../core/rule.js';

/** `a/./b/../c` → `a/c`; undefined when it climbs out of the repository. */
function join(folder: string, relative: string): string | undefined {
  const parts = folder ? folder.split('/') : [];
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

export default defineRule({
  meta: {
    id: 'k8s/kustomize-missing-resource',
    domain: 'kubernetes',
    description: 'Every local `resources:` entry of a kustomization.yaml must exist.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      missing: '`{{resource}}` does not exist: `kustomize build` fails.',
    },
  },
  create(context) {
    return {
      kustomization(kustomization) {
        const folder = kustomization.folder;
        for (const resource of kustomization.resources) {
          const path = join(folder, resource.value);
          if (path === undefined) continue; // outside the repository: not ours to read
          // A folder is a kustomization of its own.
          const exists =
            context.fileExists(path) ||
            ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some((name) =>
              context.fileExists(path ? `${path}/${name}` : name),
            );
          if (!exists)
            context.report({
              at: kustomization.at(resource.path),
              messageId: 'missing',
              data: { resource: resource.value },
            });
        }
      },
    };
  },
});
