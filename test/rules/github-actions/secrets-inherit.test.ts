import rule from '../../../src/rules/github-actions/secrets-inherit.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'on: push\njobs:\n  call:\n    uses: ./.github/workflows/build.yml\n    secrets: inherit\n',
    'on: push\njobs:\n  call:\n    uses: octo/shared/.github/workflows/build.yml@v1\n    secrets:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n',
    'on: push\njobs:\n  call:\n    uses: octo/shared/.github/workflows/build.yml@v1\n',
  ],
  invalid: [
    {
      code: 'on: push\njobs:\n  call:\n    uses: octo/shared/.github/workflows/build.yml@v1\n    secrets: inherit\n',
      errors: [
        {
          messageId: 'inherit',
          line: 5,
          column: 14,
          endColumn: 21,
          message: /"octo\/shared\/\.github\/workflows\/build\.yml@v1"/,
        },
      ],
    },
  ],
});
