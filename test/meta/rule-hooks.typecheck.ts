/**
 * Compile-time checks of the typed rule hooks (core/rule.ts, domains/<domain>/hooks.ts). Not a jest file: the type
 * check (`npm run typecheck`, part of `npm test`) compiles it, and each `@ts-expect-error` must meet an error, so
 * the file fails the type check if a misspelled hook compiles again (hooks typed `any`) or a handler's parameter
 * loses its node type. Each expected error sits on a line of its own so that no other error can stand in for it.
 */
import type { Emit } from '../../src/core/domain.js';
import { defineRule, type HandlersOf, type HooksOf, type ModelOf, type RuleMeta } from '../../src/core/rule.js';
import type { DockerfileHooks, DockerfileModel, DockerInstruction } from '../../src/domains/dockerfile/index.js';
import type {
  Action,
  Expression,
  GhaModel,
  GitHubActionsHooks,
  Job,
  Step,
  Workflow,
} from '../../src/domains/github-actions/index.js';
import type { GitlabCiHooks, GitlabCiModel, JobScriptLine } from '../../src/domains/gitlab-ci/index.js';

/** True only when A and B are the same type (an `any` is not the same as anything else). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function same<A, B>(proof: Same<A, B>): void {
  void proof;
}

const base = {
  description: 'type check only',
  category: 'style',
  defaultSeverity: 'note',
  recommended: false,
  messages: {},
} satisfies Omit<RuleMeta, 'id' | 'domain'>;

// dockerfile: the file/stage/instruction/exit hooks and one hook per instruction keyword.
same<ModelOf<'dockerfile'>, DockerfileModel>(true);
same<HooksOf<'dockerfile'>, DockerfileHooks>(true);
defineRule({
  meta: { ...base, id: 'docker/typecheck', domain: 'dockerfile' },
  create: (context) => {
    same<typeof context.model, DockerfileModel>(true);
    return {
      RUN(instruction) {
        same<typeof instruction.keyword, 'RUN'>(true);
      },
      instruction(instruction) {
        same<typeof instruction, DockerInstruction>(true);
      },
      exit(model) {
        same<typeof model, DockerfileModel>(true);
      },
    };
  },
});
defineRule({
  meta: { ...base, id: 'docker/typecheck', domain: 'dockerfile' },
  // @ts-expect-error WORKDIRR is no hook of the dockerfile domain
  create: () => ({ WORKDIRR() {} }),
});
defineRule({
  meta: { ...base, id: 'docker/typecheck', domain: 'dockerfile' },
  // @ts-expect-error hook names are case-sensitive: the keyword hooks are upper-case
  create: () => ({ workdir() {} }),
});
defineRule({
  meta: { ...base, id: 'docker/typecheck', domain: 'dockerfile' },
  // @ts-expect-error a misspelled hook beside correct ones is still an error
  create: () => ({ RUN() {}, stages() {} }),
});
defineRule({
  meta: { ...base, id: 'docker/typecheck', domain: 'dockerfile' },
  // @ts-expect-error handlers built ahead of the return are checked too
  create: () => {
    const handlers = { FROM() {}, ONBUILDD() {} };
    return handlers;
  },
});
// Hooks chosen at run time: an object typed HandlersOf<domain> takes that domain's hook names only.
defineRule({
  meta: { ...base, id: 'docker/typecheck', domain: 'dockerfile' },
  create: () => {
    const handlers: HandlersOf<'dockerfile'> = {};
    for (const keyword of ['COPY', 'ADD'] as const) handlers[keyword] = (instruction) => void instruction.flags;
    // @ts-expect-error a computed hook name must be a hook of the domain
    handlers['COPYY' as string] = () => {};
    return handlers;
  },
});
defineRule({
  meta: { ...base, id: 'docker/typecheck', domain: 'dockerfile' },
  create: () => ({
    // @ts-expect-error a stage hook receives a DockerStage, not a workflow
    stage(stage: Workflow) {
      void stage;
    },
  }),
});

// github-actions: workflow/action/job/step/expression/exit.
same<ModelOf<'github-actions'>, GhaModel>(true);
same<HooksOf<'github-actions'>, GitHubActionsHooks>(true);
defineRule({
  meta: { ...base, id: 'gha/typecheck', domain: 'github-actions' },
  create: () => ({
    workflow(workflow) {
      same<typeof workflow, Workflow>(true);
    },
    action(action) {
      same<typeof action, Action>(true);
    },
    job(job) {
      same<typeof job, Job>(true);
    },
    step(step) {
      same<typeof step, Step>(true);
    },
    expression(expression) {
      same<typeof expression, Expression>(true);
    },
  }),
});
defineRule({
  meta: { ...base, id: 'gha/typecheck', domain: 'github-actions' },
  // @ts-expect-error `steps` is no hook: the step hook is `step`
  create: () => ({ steps() {} }),
});
defineRule({
  meta: { ...base, id: 'gha/typecheck', domain: 'github-actions' },
  // @ts-expect-error a Dockerfile hook on a GitHub Actions rule never runs
  create: () => ({ RUN() {} }),
});

// gitlab-ci: file/include/job/script/exit.
same<ModelOf<'gitlab-ci'>, GitlabCiModel>(true);
same<HooksOf<'gitlab-ci'>, GitlabCiHooks>(true);
defineRule({
  meta: { ...base, id: 'gitlab/typecheck', domain: 'gitlab-ci' },
  create: () => ({
    script(script) {
      same<typeof script, JobScriptLine>(true);
    },
  }),
});
defineRule({
  meta: { ...base, id: 'gitlab/typecheck', domain: 'gitlab-ci' },
  // @ts-expect-error `includes` is no hook: the include hook is `include`
  create: () => ({ includes() {} }),
});
defineRule({
  meta: { ...base, id: 'gitlab/typecheck', domain: 'gitlab-ci' },
  // @ts-expect-error a GitHub Actions hook on a GitLab CI rule never runs
  create: () => ({ workflow() {} }),
});

// shipshape: the engine reports these rules' findings; there is no walk, so no hook at all.
defineRule({
  meta: { ...base, id: 'shipshape/typecheck', domain: 'shipshape' },
  create: () => ({}),
});
defineRule({
  meta: { ...base, id: 'shipshape/typecheck', domain: 'shipshape' },
  // @ts-expect-error the shipshape domain has no walk, so no hook is ever called
  create: () => ({ exit() {} }),
});

// The walks: `emit` accepts the domain's hooks only, each with its node type.
declare const dockerfileEmit: Emit<DockerfileHooks>;
declare const gitlabEmit: Emit<GitlabCiHooks>;
declare const instruction: DockerInstruction;
export function walkChecks(model: DockerfileModel, job: JobScriptLine): void {
  dockerfileEmit('file', model);
  dockerfileEmit(instruction.keyword, instruction);
  // @ts-expect-error a walk cannot emit a hook the map does not declare
  dockerfileEmit('stages', model);
  // @ts-expect-error nor emit a hook with another hook's node
  dockerfileEmit('stage', model);
  gitlabEmit('script', job);
  // @ts-expect-error the script hook's node is the job with the line
  gitlabEmit('script', job.line);
}
