import { defineRule } from '../../core/rule.js';
import { inFolder, near, sameNamespace } from './support/folder.js';

export default defineRule({
  meta: {
    id: 'k8s/ingress-missing-service',
    domain: 'kubernetes',
    description: 'An Ingress backend should name a Service (and a port of it) defined beside it.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missing:
        'Ingress {{name}} routes to Service `{{service}}`, which is not defined in this folder: requests get 503.',
      legacy:
        'Ingress {{name}} is `networking.k8s.io/v1` but names its backend with `serviceName`/`servicePort`, fields of the removed v1beta1 API: write `service: {name: {{service}}, port: …}`.',
      port: 'Ingress {{name}} routes to port `{{port}}` of Service `{{service}}`, which has no such port.',
    },
    equivalents: { 'kube-score': ['ingress-targets-service'], 'kube-linter': ['dangling-ingress'] },
  },
  create(context) {
    return {
      file() {
        inFolder(context, (folder) => {
          const services = near(context.model.services, folder.services);
          for (const ingress of context.model.ingresses) {
            for (const backend of ingress.backends) {
              if (backend.legacyFields) {
                context.report({
                  at: ingress.at(backend.path, { key: true }),
                  messageId: 'legacy',
                  severity: 'error',
                  data: { name: ingress.name, service: backend.serviceName },
                });
                continue;
              }
              // No Service here at all: the application is defined elsewhere.
              if (services.length === 0) continue;
              const service = services.find(
                (candidate) => candidate.name === backend.serviceName && sameNamespace(candidate, ingress),
              );
              if (!service) {
                context.report({
                  at: ingress.at(backend.path),
                  messageId: 'missing',
                  data: { name: ingress.name, service: backend.serviceName },
                });
                continue;
              }
              const { port } = backend;
              if (port === undefined || service.ports.length === 0) continue;
              const known = service.ports.some((candidate) =>
                typeof port === 'number' ? candidate.port === port : candidate.name === port,
              );
              if (!known)
                context.report({
                  at: ingress.at(backend.path),
                  messageId: 'port',
                  data: { name: ingress.name, service: backend.serviceName, port },
                });
            }
          }
        });
      },
    };
  },
});
