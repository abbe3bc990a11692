import { defineRule } from '../../core/rule.js';
import type { GitlabCiModel, GitlabJob, ScriptLine } from '../../domains/gitlab-ci/index.js';
import type { KeyPath } from '../../domains/yaml/document.js';
import { isPlainObject, JOB_SCOPED, variableRefs } from './support/util.js';

/** Names that hold a person's or a group's long-lived token by convention. */
const PAT_NAME =
  /(?:^|_)(?:PAT|PERSONAL_ACCESS_TOKEN|GROUP_(?:ACCESS_)?TOKEN)(?:$|_)|(?:^|_)(?:GITLAB|GL)_(?:API_|ACCESS_)?TOKEN$/i;
/** A `PRIVATE-TOKEN` header (personal, group or project access token) fed from a variable. */
const PRIVATE_TOKEN_HEADER = /PRIVATE-TOKEN:\s*\$\{?([A-Za-z_][A-Za-z0-9_]*)/;
const URL_CREDENTIAL = /https?:\/\/[^\s/:@]*:\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?@/;

export default defineRule({
  meta: {
    id: 'gitlab/personal-access-token',
    domain: 'gitlab-ci',
    description:
      'Jobs that authenticate with a long-lived access token (`PRIVATE-TOKEN` header, token in a clone URL, `*_PAT` or `GITLAB_TOKEN` variables) where `CI_JOB_TOKEN` or an expiring project token would do.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.0,
    messages: {
      pat: '`{{name}}` looks like a personal access token: it acts as a person, on every project they can reach, until it expires. Use `CI_JOB_TOKEN` (with the job token allowlist) or a project access token with an expiry date.',
      variable:
        'Variable `{{name}}` carries a long-lived access token into the pipeline: it acts as its owner on every project they can reach, and any job (and its log) can read it. Use `CI_JOB_TOKEN` (with the job token allowlist) or a project access token with an expiry date.',
    },
    equivalents: { pipefort: ['cicd-sec-2-gl-pat-secret'] },
  },
  create(context) {
    const checkVariables = (model: GitlabCiModel, variables: unknown, path: KeyPath): void => {
      if (!isPlainObject(variables)) return;
      for (const [name, raw] of Object.entries(variables)) {
        if (!PAT_NAME.test(name)) continue;
        const value = isPlainObject(raw) ? raw.value : raw;
        // Empty, or the job's own token under another name: nothing long-lived is carried.
        if (value === undefined || value === null || value === '') continue;
        if (typeof value === 'string' && variableRefs(value).some((ref) => JOB_SCOPED.has(ref.name))) continue;
        context.report({ at: model.locate([...path, name], { key: true }), messageId: 'variable', data: { name } });
      }
    };
    return {
      file(model: GitlabCiModel) {
        checkVariables(model, model.data.variables, ['variables']);
      },
      job(job: GitlabJob) {
        checkVariables(context.model, job.own.variables, [job.name, 'variables']);
      },
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
