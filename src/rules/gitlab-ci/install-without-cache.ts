import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';

const INSTALL =
  /\b(?:npm\s+(?:ci|install|i)\b|yarn\s+install\b|pnpm\s+(?:install|i)\b|pip3?\s+install\s+(?:[^\n]*\s)?-r\b|poetry\s+install\b|bundle\s+install\b|composer\s+install\b|go\s+mod\s+download\b)/;

export default defineRule({
  meta: {
    id: 'gitlab/install-without-cache',
    domain: 'gitlab-ci',
    description: 'Jobs that install dependencies (`npm ci`, `pip install -r`, `go mod download`, …) with no `cache:`.',
    category: 'performance',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      noCache:
        '`{{command}}` downloads every dependency on every run: add a `cache:` keyed on the lockfile (`key: files: [package-lock.json]`).',
    },
  },
  create(context) {
    return {
      job(written: GitlabJob) {
        // Templates from local includes count: the job as the pipeline runs it.
        const job = context.model.withIncludes(written, (path) => context.readFile(path));
        if (job.hidden || !job.complete) return;
        const cache = context.model.effective(job, 'cache');
        if (cache !== undefined && cache !== null && !(Array.isArray(cache) && cache.length === 0)) return;
        for (const line of job.scripts) {
          const match = INSTALL.exec(line.text);
          if (!match) continue;
          context.report({
            at: context.model.find(line.node, match[0], line.path),
            messageId: 'noCache',
            data: { command: match[0] },
          });
          return;
        }
      },
    };
  },
});
