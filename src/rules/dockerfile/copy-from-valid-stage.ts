import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { flagAt } from './support/locate.js';

/** An image reference has a registry, a path, a tag or a digest; a bare word is meant as a stage name. */
const LOOKS_LIKE_IMAGE = /[/:@.]/;

export default defineRule({
  meta: {
    id: 'docker/copy-from-valid-stage',
    domain: 'dockerfile',
    description: '`COPY --from` must name an earlier stage (or an image), never its own stage or a later one.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      self: '`--from={{ref}}` names the stage this COPY is in: a stage cannot copy from itself.',
      later: '`--from={{ref}}` names a stage defined later (line {{line}}): move that stage above this one.',
      unknown:
        'No stage is named "{{ref}}", so `--from={{ref}}` pulls the image `{{ref}}:latest`: check the stage name.',
    },
    equivalents: { hadolint: ['DL3022', 'DL3023'], trivy: ['DS006'] },
  },
  create(context) {
    const check = (instruction: DockerInstruction): void => {
      const ref = instruction.flags.find((flag) => flag.name === 'from')?.value;
      const stage = instruction.stage;
      if (!ref || !stage || ref.includes('$')) return;
      const at = flagAt(instruction, 'from')!;
      const wanted = ref.toLowerCase();
      const target = context.model.findStage(wanted);
      if (target === stage) context.report({ at, messageId: 'self', data: { ref } });
      else if (target && target.index > stage.index)
        context.report({ at, messageId: 'later', data: { ref, line: target.span.line } });
      else if (!target && (/^\d+$/.test(wanted) || !LOOKS_LIKE_IMAGE.test(wanted)))
        context.report({ at, messageId: 'unknown', data: { ref } });
    };
    return { COPY: check, ADD: check };
  },
});
