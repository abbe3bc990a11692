import { defineRule } from '../../core/rule.js';
import type { DockerStage } from '../../domains/dockerfile/index.js';
import { argPairs } from '../../domains/dockerfile/parse.js';
import { textOf, variableReference } from './support/locate.js';
import { declaredNames, envPairs } from './support/stages.js';

export default defineRule({
  meta: {
    id: 'docker/global-arg-in-stage',
    domain: 'dockerfile',
    description:
      'An ARG declared before the first FROM must be declared again (`ARG NAME`) in each stage that uses it.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      notInScope:
        '`${{name}}` does not see the ARG on line {{line}}: an ARG declared before FROM is visible to FROM lines only. Add `ARG {{name}}` to this stage.',
    },
  },
  create(context) {
    const { model } = context;
    const globalLines = new Map<string, number>();
    for (const instruction of model.instructions) {
      if (instruction.stage || instruction.keyword !== 'ARG') continue;
      for (const [name] of argPairs(instruction.args))
        if (!globalLines.has(name)) globalLines.set(name, instruction.span.line);
    }
    return {
      stage(stage: DockerStage) {
        if (globalLines.size === 0) return;
        const inScope = new Set<string>();
        const reported = new Set<string>();
        // ARGs and ENVs of the stages this one builds FROM are visible here as well.
        const base = stage.image.stage;
        const visible = (name: string): boolean =>
          inScope.has(name) || (base !== undefined && argsAndEnvs.inChain(base, name) === true);
        for (const instruction of stage.instructions.slice(1)) {
          if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ONBUILD') {
            for (const match of instruction.args.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
              const name = match[1]!;
              const line = globalLines.get(name);
              if (line === undefined || visible(name) || reported.has(name)) continue;
              // A shell variable of the same name set inside the RUN is a different variable.
              if (
                instruction.keyword === 'RUN' &&
                new RegExp(
                  `(?:^|[\\s;&|(])(?:export\\s+|local\\s+|readonly\\s+)?${name}=|\\b(?:for|read)\\s+${name}\\b`,
                ).test(instruction.args)
              )
                continue;
              reported.add(name);
              const text = textOf(model, instruction);
              const found = text.findPattern(variableReference(name));
              context.report({
                at: text.at(found?.offset ?? -1, found?.length ?? 0),
                messageId: 'notInScope',
                data: { name, line },
              });
            }
          }
          collect(instruction, inScope);
        }
      },
    };
  },
});

/** Names an ARG or ENV declares. */
const argsAndEnvs = declaredNames<true>('ARG and ENV names', (instruction) => {
  const names = new Set<string>();
  collect(instruction, names);
  return [...names].map((name): [string, true] => [name, true]);
});

function collect(instruction: { keyword: string; args: string }, names: Set<string>): void {
  if (instruction.keyword === 'ARG') for (const [name] of argPairs(instruction.args)) names.add(name);
  if (instruction.keyword === 'ENV') for (const [name] of envPairs(instruction.args)) names.add(name);
}
