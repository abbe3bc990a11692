import { defineRule } from '../../core/rule.js';
import type { DockerStage } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/unique-stage-names',
    domain: 'dockerfile',
    description: 'Stage names (`FROM … AS name`) must be unique.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      duplicate:
        'Stage name "{{name}}" is already used on line {{line}}: `--from={{name}}` and `--target {{name}}` become ambiguous.',
    },
    equivalents: { hadolint: ['DL3024'], checkov: ['CKV_DOCKER_11'], trivy: ['DS012'] },
  },
  create(context) {
    const seen = new Map<string, DockerStage>();
    return {
      stage(stage: DockerStage) {
        if (!stage.name) return;
        const first = seen.get(stage.name);
        if (!first) {
          seen.set(stage.name, stage);
          return;
        }
        const text = textOf(context.model, stage.from);
        const as = text.findPattern(/\s[Aa][Ss]\s+/);
        const at = text.at(as ? text.findWord(stage.from.args.split(/\s+/).pop()!, as.offset) : -1, stage.name.length);
        context.report({ at, messageId: 'duplicate', data: { name: stage.name, line: first.span.line } });
      },
    };
  },
});
