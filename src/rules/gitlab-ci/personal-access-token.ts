import { defineRule } from '../../core/rule.js';
import type { GitlabJob, ScriptLine } from '../../domains/gitlab-ci/index.js';
import { JOB_SCOPED, variableRefs } from './support/util.js';

const PAT_NAME = /(?:^|_)(?:PAT|PERSONAL_ACCESS_TOKEN)(?:$|_)|^(?:GITLAB|GL)_(?:API_)?TOKEN$/;
const PRIVATE_TOKEN_HEADER = /PRIVATE-TOKEN:\s*\$\{?([A-Za-z_][A-Za-z0-9_]*)/;
const URL_CREDENTIAL = /https?:\/\/[^\s/:@]*:\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?@/;

export default defineRule({
  meta: {
    id: 'gitlab/personal-access-token',
    domain: 'gitlab-ci',
    description:
      'Jobs that authenticate with a long-lived personal access token (`PRIVATE-TOKEN` header, token in a clone URL, `*_PAT` variables) where `CI_JOB_TOKEN` or an expiring project token would do.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.0,
    messages: {
      pat: '`{{name}}` looks like a personal access token: it acts as a person, on every project they can reach, until it expires. Use `CI_JOB_TOKEN` (with the job token allowlist) or a project access token with an expiry date.',
    },
  },
  create(context) {
    return {
      script({ line }: { job: GitlabJob; line: ScriptLine }) {
        const header = PRIVATE_TOKEN_HEADER.exec(line.text) ?? URL_CREDENTIAL.exec(line.text);
        let name = header && !JOB_SCOPED.has(header[1]!) ? header[1]! : undefined;
        if (!name) name = variableRefs(line.text).find((ref) => PAT_NAME.test(ref.name))?.name;
        if (!name) return;
        const ref = variableRefs(line.text).find((candidate) => candidate.name === name)!;
        context.report({ at: context.model.find(line.node, ref.raw, line.path), messageId: 'pat', data: { name } });
      },
    };
  },
});
