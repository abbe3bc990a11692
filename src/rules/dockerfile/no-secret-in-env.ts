import { defineRule } from '../../core/rule.js';
import type { DockerInstruction, DockerStage } from '../../domains/dockerfile/index.js';
import { argPairs } from '../../domains/dockerfile/parse.js';
import { derivedSlot } from './support/derived.js';
import { textOf } from './support/locate.js';
import { isHarmlessValue, isSecretName, looksLikeToken, referencedVariable } from './support/secrets.js';
import { declaredNames, envPairs, hasSecretMount, isShipped, positionInStage } from './support/stages.js';

export default defineRule({
  meta: {
    id: 'docker/no-secret-in-env',
    domain: 'dockerfile',
    description: 'Credentials must not be set in ENV, ARG or LABEL: they are readable in the image config and history.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.0,
    messages: {
      env: '`{{keyword}} {{name}}` sets a credential that anyone with the image can read (`docker inspect`): pass it at run time, or mount it with `RUN --mount=type=secret`.',
      envFromArg:
        '`ENV {{name}}=${{arg}}` copies a build argument into the image config, where anyone with the image can read it: use `RUN --mount=type=secret` for build-time secrets.',
      argDefault:
        '`ARG {{name}}` has a default credential, written into the Dockerfile and the image history: remove the default and use `RUN --mount=type=secret`.',
      argUsed:
        'Build argument `{{name}}` is used by the RUN on line {{line}}, which records its value in the image history: use `RUN --mount=type=secret,id={{id}}` instead.',
    },
    equivalents: { hadolint: ['DL3064'], trivy: ['DS031'] },
  },
  create(context) {
    const { model } = context;
    /** Outside the shipped image a leak is limited to build caches and logs. */
    const severityFor = (instruction: DockerInstruction) =>
      isShipped(model, instruction.stage) ? undefined : ('warning' as const);
    const nameAt = (instruction: DockerInstruction, name: string) => textOf(model, instruction).word(name);

    return {
      ENV(instruction: DockerInstruction) {
        for (const [name, value] of envPairs(instruction.args)) {
          // A value that is a known token format is docker/no-hardcoded-token's to report.
          if (!isSecretName(name) || isHarmlessValue(value) || looksLikeToken(value)) continue;
          const arg = referencedVariable(value);
          // `ENV X=$X` with no build argument X copies an earlier ENV (reported there) or nothing.
          if (arg && !declaresArg(instruction, arg)) continue;
          const messageId = arg ? 'envFromArg' : 'env';
          context.report({
            at: nameAt(instruction, name),
            messageId,
            data: { keyword: 'ENV', name, arg: arg ?? '' },
            severity: severityFor(instruction),
          });
        }
      },
      LABEL(instruction: DockerInstruction) {
        for (const [name, value] of argPairs(instruction.args)) {
          if (!isSecretName(name) || value === undefined || isHarmlessValue(value) || looksLikeToken(value)) continue;
          context.report({
            at: nameAt(instruction, name),
            messageId: 'env',
            data: { keyword: 'LABEL', name },
            severity: severityFor(instruction),
          });
        }
      },
      ARG(instruction: DockerInstruction) {
        for (const [name, value] of argPairs(instruction.args)) {
          if (!isSecretName(name)) continue;
          if (value !== undefined && !isHarmlessValue(value) && !looksLikeToken(value) && !referencedVariable(value)) {
            context.report({
              at: nameAt(instruction, name),
              messageId: 'argDefault',
              data: { name },
              severity: severityFor(instruction),
            });
            continue;
          }
          const user = firstLeakingRun(instruction, name);
          if (user) {
            const data = { name, line: user.span.line, id: name.toLowerCase() };
            context.report({
              at: nameAt(instruction, name),
              messageId: 'argUsed',
              data,
              severity: severityFor(instruction),
            });
          }
        }
      },
    };
  },
});

/** True when a build argument of that name is declared before the instruction, in its stage or one it builds FROM. */
const argNames = declaredNames<true>('ARG names', (instruction) =>
  instruction.keyword === 'ARG' ? argPairs(instruction.args).map(([name]): [string, true] => [name, true]) : [],
);

function declaresArg(instruction: DockerInstruction, name: string): boolean {
  return argNames.before(instruction, name) === true;
}

/**
 * The first later RUN of the same stage that expands the argument without a secret mount. An ARG that only names
 * what a `RUN --mount=type=secret` step reads leaks nothing.
 */
function firstLeakingRun(arg: DockerInstruction, name: string): DockerInstruction | undefined {
  const stage = arg.stage;
  if (!stage) return undefined;
  const runs = expandingRuns(stage).get(name) ?? [];
  const position = positionInStage(arg);
  // In stage order: the first one after the ARG, by binary search.
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (positionInStage(runs[mid]!) <= position) low = mid + 1;
    else high = mid;
  }
  return runs[low];
}

const expandingRunsSlot = derivedSlot<DockerStage, Map<string, DockerInstruction[]>>('RUNs by expanded variable');

/**
 * The RUNs of a stage without a secret mount, by the variables they expand (`$NAME`, `${NAME}`, `${NAME:-…}`),
 * indexed once per stage so that each secret-looking ARG does not scan the rest of the stage.
 */
function expandingRuns(stage: DockerStage): Map<string, DockerInstruction[]> {
  let index = expandingRunsSlot.get(stage);
  if (index) return index;
  index = new Map();
  for (const instruction of stage.instructions) {
    if (instruction.keyword !== 'RUN' || hasSecretMount(instruction)) continue;
    for (const match of instruction.args.matchAll(/\$(?:\{([A-Za-z_]\w*)[}:]|([A-Za-z_]\w*))/g)) {
      const name = match[1] ?? match[2]!;
      const runs = index.get(name);
      if (!runs) index.set(name, [instruction]);
      else if (runs[runs.length - 1] !== instruction) runs.push(instruction);
    }
  }
  return expandingRunsSlot.set(stage, index);
}
