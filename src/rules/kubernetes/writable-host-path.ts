import { defineRule } from '../../core/rule.js';
import { containerAt } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/writable-host-path',
    domain: 'kubernetes',
    description: 'A container that mounts a folder of the node should mount it read-only.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.0,
    messages: {
      writable:
        'Container "{{name}}" mounts host path `{{path}}` writable at `{{mountPath}}`: add `readOnly: true` unless it must write to the node.',
    },
    equivalents: { 'kube-linter': ['writable-host-mount'] },
  },
  create(context) {
    return {
      container(container) {
        const volumes = container.workload.pod.volumes;
        for (const mount of container.volumeMounts) {
          if (mount.readOnly) continue;
          const volume = volumes.find((candidate) => candidate.name === mount.name);
          if (volume?.hostPath === undefined) continue;
          context.report({
            at: containerAt(container, mount.path.slice(container.path.length)),
            messageId: 'writable',
            data: { name: container.name, path: volume.hostPath, mountPath: mount.mountPath },
          });
        }
      },
    };
  },
});
