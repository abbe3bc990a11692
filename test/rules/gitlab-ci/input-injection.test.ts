import rule from '../../../src/rules/gitlab-ci/input-injection.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const header =
  'spec:\n  inputs:\n    target:\n      default: app\n    env:\n      options: [dev, prod]\n      default: dev\n    tag:\n      regex: ^v\\d+$\n      default: v1\n---\n';

ruleTester(rule, {
  valid: [
    `${header}x:\n  variables:\n    TARGET: $[[ inputs.target ]]\n  script:\n    - make "$TARGET"\n    - deploy --env "$[[ inputs.env ]]" --tag '$[[ inputs.tag ]]'\n    - $[[ inputs.target ]] --version\n`,
  ],
  invalid: [
    {
      code: `${header}x:\n  script:\n    - echo "$[[ inputs.target | expand_vars ]]"\n`,
      errors: [{ messageId: 'expandVars', line: 14, column: 13 }],
    },
    {
      name: 'free-form string in quotes',
      code: `${header}x:\n  script:\n    - make "TARGET=$[[ inputs.target ]]"\n`,
      errors: [{ messageId: 'quoted', line: 14, column: 20 }],
    },
    {
      name: 'expand_vars after truncate',
      code: `${header}x:\n  script:\n    - run $[[ inputs.target | truncate(0,8) | expand_vars ]]\n`,
      errors: [{ messageId: 'expandVars', line: 14, column: 11 }],
    },
  ],
});
