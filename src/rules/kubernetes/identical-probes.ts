import { defineRule } from '../../core/rule.js';
import { containerAt } from './support/pods.js';

/** The handler part of a probe (what is checked), without timing fields. */
function handlerOf(data: Record<string, unknown>): string | undefined {
  for (const key of ['httpGet', 'tcpSocket', 'grpc', 'exec'])
    if (data[key] !== undefined) return `${key}:${JSON.stringify(data[key])}`;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'k8s/identical-probes',
    domain: 'kubernetes',
    description: 'A container’s liveness and readiness probes should not check the same thing.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      identical:
        'Container "{{name}}" has a livenessProbe that checks what its readinessProbe checks: when a dependency is slow, the pod is restarted instead of taken out of rotation, which can cascade.',
    },
    equivalents: { 'kube-score': ['pod-probes-identical'] },
  },
  create(context) {
    return {
      container(container) {
        const { livenessProbe, readinessProbe } = container;
        if (!livenessProbe || !readinessProbe) return;
        const handler = handlerOf(livenessProbe.data);
        if (!handler || handler !== handlerOf(readinessProbe.data)) return;
        context.report({
          at: containerAt(container, ['livenessProbe'], { key: true }),
          messageId: 'identical',
          data: { name: container.name },
        });
      },
    };
  },
});
