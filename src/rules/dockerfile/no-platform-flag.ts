import { defineRule } from '../../core/rule.js';
import type { DockerStage } from '../../domains/dockerfile/index.js';
import { removeWithSpace } from './support/fixes.js';
import { flagAt } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/no-platform-flag',
    domain: 'dockerfile',
    description: '`FROM --platform` should use a build argument (`$BUILDPLATFORM`), not a hard-coded platform.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      redundant: '`--platform={{platform}}` is what FROM uses anyway: drop the flag.',
      hardCoded:
        '`--platform={{platform}}` pins this stage to one platform, so multi-platform builds emulate it: use `$BUILDPLATFORM` or `$TARGETPLATFORM`, or pass `--platform` to the build.',
    },
    equivalents: { hadolint: ['DL3029', 'DL3065'] },
  },
  create(context) {
    return {
      stage(stage: DockerStage) {
        const platform = stage.from.flags.find((flag) => flag.name === 'platform')?.value;
        if (!platform) return;
        if (/^\$\{?TARGETPLATFORM\}?$/.test(platform)) {
          const at = flagAt(stage.from, 'platform')!;
          context.report({
            at,
            messageId: 'redundant',
            data: { platform },
            fix: removeWithSpace(context.file, at, 'drop the flag'),
          });
          return;
        }
        if (platform.includes('$')) return;
        context.report({ at: flagAt(stage.from, 'platform')!, messageId: 'hardCoded', data: { platform } });
      },
    };
  },
});
