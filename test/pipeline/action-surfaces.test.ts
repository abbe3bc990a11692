/**
 * The root check action and the security action have their own input tables (src/actions/<name>/inputs.ts, which
 * test/meta checks against their action.yml) because they offer more than a pipeline stage: report formats,
 * baselines, allow-lists. Wherever they share an input name with the pipeline spec, they must mean the same:
 * the same accepted values, and a default that is the spec's — or empty, meaning "the repository's config file
 * decides, else the spec's default", which the description must say.
 */
import { CHECK_INPUTS } from '../../src/actions/check/inputs.js';
import { SECURITY_INPUTS } from '../../src/actions/security/inputs.js';
import { FAIL_ON_VALUES } from '../../src/stages/security/types.js';
import { merge, type InputSpec } from '../../src/pipeline/spec.js';

const spec = new Map(merge('lint', 'test', 'build', 'security').map((input) => [input.name, input]));

/** Values each action accepts for its choice inputs (what its inputs.ts validates against). */
const ACCEPTED: Record<string, readonly string[]> = {
  'fail-on': ['error', 'warning', 'note', 'never'],
  'severity-threshold': FAIL_ON_VALUES,
};

describe.each([
  ['action.yml', CHECK_INPUTS],
  ['actions/security/action.yml', SECURITY_INPUTS],
] as const)('%s agrees with the pipeline spec', (_path, inputs) => {
  const shared = Object.entries(inputs as Record<string, { description: string; default: string }>).filter(([name]) => spec.has(name));

  test('shares at least one input with the spec', () => {
    expect(shared.length).toBeGreaterThan(0);
  });

  test.each(shared)('%s', (name, input) => {
    const specInput = spec.get(name) as InputSpec;
    // A threshold is a choice, or (where empty means "the config decides") a pattern of alternatives.
    const allowed = specInput.options ?? (/^[a-z]+(\|[a-z]+)+$/.test(specInput.pattern ?? '') ? specInput.pattern!.split('|') : undefined);
    if (allowed) expect([name, [...(ACCEPTED[name] ?? [])]]).toEqual([name, [...allowed]]);
    if (input.default === '' && specInput.default !== undefined && specInput.default !== '') {
      expect(input.description).toMatch(new RegExp(`else ${String(specInput.default)}\\.?$`));
    } else {
      expect(input.default).toBe(String(specInput.default ?? ''));
    }
  });
});
