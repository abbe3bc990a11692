import { defineRule } from '../../core/rule.js';
import type { DockerStage } from '../../domains/dockerfile/index.js';
import { textOf, variableReference } from './support/locate.js';

/** Arguments BuildKit defines for FROM lines without a declaration. */
const AUTOMATIC = new Set([
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE',
  'BUILDKIT_SYNTAX',
]);

export default defineRule({
  meta: {
    id: 'docker/undeclared-arg-in-from',
    domain: 'dockerfile',
    description: 'A FROM line may only use build arguments declared with ARG before the first FROM.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      undeclared:
        '`${{name}}` is not declared before the first FROM, so it expands to an empty string here: add `ARG {{name}}=<default>` at the top of the file.',
    },
  },
  create(context) {
    return {
      stage(stage: DockerStage) {
        const { from } = stage;
        const text = textOf(context.model, from);
        // Both the image and `--platform=` are expanded with the global ARGs.
        const expanded = [from.args.split(/\s+/)[0] ?? '', ...from.flags.map((flag) => flag.value ?? '')].join(' ');
        for (const match of expanded.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
          const name = match[1]!;
          if (context.model.globalArgs.has(name) || AUTOMATIC.has(name)) continue;
          const found = text.findPattern(variableReference(name), text.start);
          context.report({
            at: text.at(found?.offset ?? -1, found?.length ?? 0),
            messageId: 'undeclared',
            data: { name },
          });
        }
      },
    };
  },
});
