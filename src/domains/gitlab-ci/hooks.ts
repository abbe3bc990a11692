import type { GitlabCiModel, GitlabInclude, GitlabJob, ScriptLine } from './model.js';

/** A job's own script line, with the job it belongs to (the node of the `script` hook). */
export interface JobScriptLine {
  job: GitlabJob;
  line: ScriptLine;
}

/**
 * The hooks the GitLab CI walk emits, in this order: `file` (the model), `include` (each include entry), then for
 * each job (hidden `.templates` too, in file order) `job` followed by `script` for each of its own script lines;
 * finally `exit` (the model).
 */
export interface GitlabCiHooks {
  file: GitlabCiModel;
  include: GitlabInclude;
  job: GitlabJob;
  script: JobScriptLine;
  exit: GitlabCiModel;
}

declare module '../../core/rule.js' {
  interface DomainHookMaps {
    'gitlab-ci': { model: GitlabCiModel; hooks: GitlabCiHooks };
  }
}
