import { defineRule } from '../../core/rule.js';
import { containerAt } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/probe-port-not-exposed',
    domain: 'kubernetes',
    description: 'A probe that names a port must name one the container declares.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      unknownName:
        'The {{probe}} of container "{{name}}" checks port `{{port}}`, which no `ports[].name` of the container declares: the pod is rejected.',
      undeclared:
        'The {{probe}} of container "{{name}}" checks port {{port}}, which the container does not declare in `ports`: check the probe targets the port the server listens on.',
    },
    equivalents: { 'kube-linter': ['liveness-port', 'readiness-port', 'startup-port'] },
  },
  create(context) {
    return {
      container(container) {
        for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) {
          if (!probe || probe.port === undefined) continue;
          const kind = String(probe.path[probe.path.length - 1]);
          const port = probe.port;
          const at = containerAt(container, [...probe.path.slice(container.path.length), probe.handler!, 'port']);
          if (typeof port === 'string' && !/^\d+$/.test(port)) {
            if (!container.ports.some((declared) => declared.name === port))
              context.report({ at, messageId: 'unknownName', data: { probe: kind, name: container.name, port } });
          } else if (
            // A number is judged only against a container that declares ports: many declare none at all.
            container.ports.length > 0 &&
            !container.ports.some((declared) => declared.containerPort === Number(port))
          ) {
            context.report({
              at,
              messageId: 'undeclared',
              severity: 'warning',
              data: { probe: kind, name: container.name, port },
            });
          }
        }
      },
    };
  },
});
