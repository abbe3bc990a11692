import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { unquote } from '../../domains/dockerfile/parse.js';

export default defineRule({
  meta: {
    id: 'docker/absolute-workdir',
    domain: 'dockerfile',
    description: '`WORKDIR` should be an absolute path.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      relative: '`WORKDIR {{dir}}` is relative to whatever the previous WORKDIR was: write the absolute path.',
    },
    equivalents: { hadolint: ['DL3000'], checkov: ['CKV_DOCKER_10'], trivy: ['DS009'] },
  },
  create(context) {
    return {
      WORKDIR(instruction: DockerInstruction) {
        const dir = unquote(instruction.args.trim());
        // Variables may hold an absolute path; `C:\app` and `C:/app` are absolute on Windows images.
        if (dir === '' || /^(?:\/|\$|[A-Za-z]:[\\/])/.test(dir) || dir.startsWith('\\')) return;
        context.report({
          at: { span: instruction.argsSpan, path: instruction.path },
          messageId: 'relative',
          data: { dir },
        });
      },
    };
  },
});
