import { defineRule } from '../../core/rule.js';

/** Host paths whose contents control the node: its runtime sockets, configuration, credentials and kernel views. */
const SENSITIVE = [
  '/',
  '/etc',
  '/root',
  '/var/run',
  '/run',
  '/proc',
  '/sys',
  '/boot',
  '/dev',
  '/var/lib/kubelet',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/etc/kubernetes',
  '/var/run/docker.sock',
  '/run/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
];

function normalise(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** The sensitive path a host path is, or lies inside (`/var/run/docker.sock` is inside `/var/run`). */
export function sensitiveRoot(path: string): string | undefined {
  const normal = normalise(path);
  if (normal === '/') return '/';
  return SENSITIVE.filter((root) => root !== '/' && (normal === root || normal.startsWith(`${root}/`))).sort(
    (a, b) => b.length - a.length,
  )[0];
}

export default defineRule({
  meta: {
    id: 'k8s/sensitive-host-path',
    domain: 'kubernetes',
    description: 'Pods must not mount the node’s runtime socket, configuration or system folders.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.5,
    messages: {
      sensitive:
        '{{kind}} {{name}} mounts `{{path}}` of the node (volume "{{volume}}"){{socket}}: whoever controls the pod controls the node.',
    },
    equivalents: {
      'kube-linter': ['sensitive-host-mounts', 'docker-sock'],
      checkov: ['CKV_K8S_27'],
    },
  },
  create(context) {
    return {
      workload(workload) {
        for (const volume of workload.pod.volumes) {
          if (volume.hostPath === undefined) continue;
          if (!sensitiveRoot(volume.hostPath)) continue;
          context.report({
            at: workload.at([...volume.path, 'hostPath', 'path']),
            messageId: 'sensitive',
            data: {
              kind: workload.kind,
              name: workload.name,
              path: volume.hostPath,
              volume: volume.name,
              socket: /\.sock$/.test(volume.hostPath) ? ', the container runtime’s socket' : '',
            },
          });
        }
      },
    };
  },
});
