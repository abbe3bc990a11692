/**
 * The root check action and the security action take an input they share with a pipeline stage from that stage
 * (src/pipeline/spec.ts), so it means one thing everywhere. What the spec cannot say is which values the action's
 * own code accepts for a threshold: that list must be the spec's alternatives.
 */
import { CHECK_FAIL_ON, CHECK_INPUTS } from '../../src/actions/check/inputs.js';
import { SECURITY_INPUTS } from '../../src/actions/security/inputs.js';
import { FAIL_ON_VALUES } from '../../src/stages/security/types.js';
import { GITLAB_REDEFINED, STAGES, SURFACES } from '../../src/pipeline/spec.js';

const stageInputs = new Map(
  Object.values(STAGES).flatMap((inputs) => inputs.map((input) => [input.name, input] as const)),
);

test.each([
  ['fail-on', CHECK_INPUTS['fail-on'], CHECK_FAIL_ON],
  ['severity-threshold', SECURITY_INPUTS['severity-threshold'], FAIL_ON_VALUES],
] as const)('%s: the action accepts exactly the spec’s alternatives', (_name, input, accepted) => {
  expect(input.pattern!.split('|')).toEqual([...accepted]);
});

test('every surface declares a stage input as the stage defines it (GitLab’s deliberate redefinitions excepted)', () => {
  const different: string[] = [];
  for (const surface of SURFACES) {
    for (const input of surface.inputs) {
      const stage = stageInputs.get(input.name);
      if (!stage || (surface.platform === 'gitlab' && GITLAB_REDEFINED.has(input.name))) continue;
      if (JSON.stringify(stage) !== JSON.stringify(input)) different.push(`${surface.path}: ${input.name}`);
    }
  }
  expect(different).toEqual([]);
  expect(SURFACES.find((surface) => surface.path === 'action.yml')!.inputs).toContain(
    STAGES.lint.find((input) => input.name === 'fail-on'),
  );
});
