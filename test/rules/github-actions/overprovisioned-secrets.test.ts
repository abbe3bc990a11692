import rule from '../../../src/rules/github-actions/overprovisioned-secrets.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const step = (value: string): string =>
  `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./x.sh\n        env:\n          V: \${{ ${value} }}\n`;

ruleTester(rule, {
  valid: [step('secrets.NPM_TOKEN'), step("secrets['NPM_TOKEN']"), step('toJSON(github)'), step('toJSON(secrets.A)')],
  invalid: [
    { code: step('toJSON(secrets)'), errors: [{ messageId: 'whole', line: 8, column: 18, endColumn: 33 }] },
    { code: step("secrets[format('{0}_TOKEN', matrix.env)]"), errors: [{ messageId: 'dynamic', line: 8, column: 18 }] },
    { code: step('secrets[inputs.name]'), errors: [{ messageId: 'dynamic', line: 8 }] },
  ],
});
