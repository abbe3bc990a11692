import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';

const PIPE_TO_SHELL =
  /\b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|da|k)?sh\b|\b(?:ba|z|da|k)?sh\s+(?:-c\s+)?["']?\$\((?:curl|wget)\b|\b(?:bash|source|\.)\s+<\((?:curl|wget)\b/;
/**
 * A download piped into an interpreter that reads its program from standard input (`| python3`, `| node -`).
 * `| python3 -m json.tool` or `| node -e '…'` read the download as data, and are not reported.
 */
const PIPE_TO_INTERPRETER =
  /\b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:python[0-9.]*|node|perl|ruby|php)(?:\s+-)?\s*(?=$|[;&|)])/;
export default defineRule({
  meta: {
    id: 'gitlab/curl-pipe-shell',
    domain: 'gitlab-ci',
    description:
      'Scripts fetched and run in one go (`curl … | sh`, `bash <(curl …)`): what runs is whatever the server returns that day.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.0,
    messages: {
      pipe: 'A script downloaded here is run without being verified: download it to a file, check its SHA-256, then run it.',
    },
    equivalents: { poutine: ['unverified_script_exec'], pipefort: ['best-prac-1-pipe-to-shell'] },
  },
  create(context) {
    return {
      job(job: GitlabJob) {
        for (const line of job.scripts) {
          const pipe = PIPE_TO_SHELL.exec(line.text) ?? PIPE_TO_INTERPRETER.exec(line.text);
          if (pipe) context.report({ at: context.model.find(line.node, pipe[0], line.path), messageId: 'pipe' });
        }
      },
    };
  },
});
