import { posix } from 'node:path';
import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { copiesWholeContext } from './support/copy.js';
import { keywordAt } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/dockerignore',
    domain: 'dockerfile',
    description: 'A Dockerfile that copies its whole build context needs a `.dockerignore`.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 4.0,
    messages: {
      missing:
        '`{{keyword}} {{source}}` sends the whole directory, `.git` and local `.env` files included, and there is no {{ignore}}: add one.',
    },
  },
  create(context) {
    let reported = false;
    const check = (instruction: DockerInstruction): void => {
      if (reported || !copiesWholeContext(instruction)) return;
      reported = true;
      const candidates = ignoreFileCandidates(context.file.path);
      if (candidates.some((path) => context.fileExists(path))) return;
      const source = instruction.args.split(/\s+/)[0] ?? '.';
      context.report({
        at: keywordAt(instruction),
        messageId: 'missing',
        data: { keyword: instruction.keyword, source, ignore: candidates[1]! },
      });
    };
    return { COPY: check, ADD: check };
  },
});

/**
 * `<Dockerfile>.dockerignore` beside it, or a `.dockerignore` in its folder or any folder above: the build context is
 * often an ancestor (`docker build -f docker/Dockerfile .`).
 */
function ignoreFileCandidates(dockerfilePath: string): string[] {
  const candidates = [`${dockerfilePath}.dockerignore`];
  for (let dir = posix.dirname(dockerfilePath); ; dir = posix.dirname(dir)) {
    candidates.push(posix.join(dir, '.dockerignore'));
    if (dir === '.' || dir === '/' || dir === '') break;
  }
  return candidates;
}
