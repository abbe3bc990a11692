import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { splitImage } from '../../domains/dockerfile/parse.js';
import { flagAt } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/no-latest-copy-from',
    domain: 'dockerfile',
    description: 'Images named by `COPY --from` must be pinned to a version or digest, like base images.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      latest: '`--from={{image}}` copies from whatever `latest` is today: pin a version or a digest.',
      untagged: '`--from={{image}}` has no tag, so it means `latest`: pin a version or a digest.',
    },
  },
  create(context) {
    const check = (instruction: DockerInstruction): void => {
      const ref = instruction.flags.find((flag) => flag.name === 'from')?.value;
      const stage = instruction.stage;
      if (!ref || !stage || ref.includes('$') || context.model.findStage(ref, stage) || context.model.findStage(ref))
        return;
      // A bare word that is not a stage is reported by docker/copy-from-valid-stage.
      if (!/[/:@.]/.test(ref)) return;
      const image = splitImage(ref);
      if (image.digest) return;
      const at = flagAt(instruction, 'from')!;
      if (image.tag === undefined) context.report({ at, messageId: 'untagged', data: { image: ref } });
      else if (image.tag === 'latest') context.report({ at, messageId: 'latest', data: { image: ref } });
    };
    return { COPY: check, ADD: check };
  },
});
