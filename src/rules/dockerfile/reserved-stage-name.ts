import { defineRule } from '../../core/rule.js';
import type { DockerStage } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';

/** Names the builder gives a meaning of its own: `FROM scratch` is the empty image, `context` the build context. */
const RESERVED = new Set(['scratch', 'context']);

export default defineRule({
  meta: {
    id: 'docker/reserved-stage-name',
    domain: 'dockerfile',
    description: 'A stage must not be named `scratch` or `context`, which the builder reserves.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      reserved:
        'Stage name "{{name}}" is reserved: `FROM {{name}}` and `COPY --from={{name}}` would not mean this stage. Rename it.',
    },
    equivalents: { hadolint: ['DL3063'] },
  },
  create(context) {
    return {
      stage(stage: DockerStage) {
        if (stage.name === undefined || !RESERVED.has(stage.name)) return;
        const text = textOf(context.model, stage.from);
        const as = text.findPattern(/\bas\s+/i);
        const at = as ? text.at(as.offset + as.length, stage.name.length) : text.at(-1, 0);
        context.report({ at, messageId: 'reserved', data: { name: stage.name } });
      },
    };
  },
});
