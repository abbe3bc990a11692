import rule from '../../../src/rules/github-actions/unredacted-secrets.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const step = (value: string): string =>
  `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./x.sh\n        env:\n          V: \${{ ${value} }}\n`;

ruleTester(rule, {
  valid: [
    step('secrets.DB_PASSWORD'),
    step('fromJSON(vars.CONFIG).region'),
    step("fromJSON('[1, 2]')"),
    step('fromJSON(steps.cfg.outputs.json)'),
  ],
  invalid: [
    {
      code: step('fromJSON(secrets.AZURE_CREDENTIALS).clientSecret'),
      errors: [{ messageId: 'parsed', line: 8, column: 18, endColumn: 53 }],
    },
    { code: step("fromJSON(secrets['DB']).password"), errors: [{ messageId: 'parsed', line: 8, column: 18 }] },
  ],
});
