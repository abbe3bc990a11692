import { defineRule } from '../../core/rule.js';
import { inFolder, near, sameNamespace } from './support/folder.js';
import { containerAt } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/env-reference-missing',
    domain: 'kubernetes',
    description: 'An env variable taken from a ConfigMap or Secret defined beside it must name a key it has.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      missingKey:
        'Container "{{name}}" reads key `{{key}}` of {{kind}} `{{object}}`, which has no such key: the pod will not start.',
    },
    equivalents: { 'kube-linter': ['env-value-from'] },
  },
  create(context) {
    return {
      file() {
        inFolder(context, (folder) => {
          for (const workload of context.model.workloads) {
            for (const container of [...workload.pod.initContainers, ...workload.pod.containers]) {
              for (const variable of container.env) {
                for (const [kind, ref, field] of [
                  ['Secret', variable.secretKeyRef, 'secretKeyRef'],
                  ['ConfigMap', variable.configMapKeyRef, 'configMapKeyRef'],
                ] as const) {
                  if (!ref || ref.optional) continue;
                  // Only objects defined here can be judged: a Secret from a secret store is not in the repository.
                  const object = near(context.model.configs, folder.configs).find(
                    (config) => config.kind === kind && config.name === ref.name && sameNamespace(config, workload),
                  );
                  if (!object || object.keys.includes(ref.key)) continue;
                  context.report({
                    at: containerAt(container, [
                      ...variable.path.slice(container.path.length),
                      'valueFrom',
                      field,
                      'key',
                    ]),
                    messageId: 'missingKey',
                    data: { name: container.name, key: ref.key, kind, object: ref.name },
                  });
                }
              }
            }
          }
        });
      },
    };
  },
});
