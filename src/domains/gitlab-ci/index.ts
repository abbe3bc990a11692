import type { Domain } from '../../core/domain.js';
import type { GitlabCiHooks } from './hooks.js';
import type { GitlabCiModel } from './model.js';
import { parseGitlabCi } from './parse.js';

export type { GitlabCiModel, GitlabInclude, GitlabInput, GitlabJob, ProjectView, ScriptLine } from './model.js';
export type { GitlabCiHooks, JobScriptLine } from './hooks.js';
export { UnresolvedReference } from './model.js';
export type { ResolvedPipeline } from './pipeline.js';
export { isPlainObject } from './parse.js';

/**
 * Hooks (GitlabCiHooks): `file` (the model), `include` (each include entry), `job` (every job, hidden `.templates` too, in file
 * order), `script` (each own script line of a job, right after its job), then `exit`.
 *
 * Each file is checked on its own: a file reached through `include: local` is classified and checked as its own
 * file (findings land where the text is), and the including file only checks the include entries themselves.
 * Cross-file lookups (an `extends` or `needs` target, declared stages) go through `model.project(readFile)`; the job
 * as the pipeline runs it (templates of local includes merged) is `model.withIncludes(job, readFile)`, and what GitLab
 * validates for the file (includes, `extends`, `!reference`, input defaults, each resolved once) is
 * `model.pipeline(readFile)`. Aliases are shared, never copied, in all of them.
 */
export const gitlabCiDomain: Domain<GitlabCiModel, GitlabCiHooks> = {
  id: 'gitlab-ci',
  parse: parseGitlabCi,
  walk(model, emit) {
    emit('file', model);
    for (const include of model.includes) emit('include', include);
    for (const job of model.jobs) {
      emit('job', job);
      for (const line of job.scripts) emit('script', { job, line });
    }
    emit('exit', model);
  },
};
