import rule from '../../../src/rules/gitlab-ci/trigger-any-source.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const deploy = 'deploy:\n  environment: production\n  script: [./deploy]\n  when: manual\n';

ruleTester(rule, {
  valid: [
    `workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "trigger" && $UPSTREAM_PROJECT == "group/app"\n${deploy}`,
    {
      name: 'no deploy job',
      code: 'workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "trigger"\nt:\n  script: [x]\n',
    },
    {
      name: 'forwarding yaml variables only',
      code: 'child:\n  trigger:\n    include: child.yml\n    forward:\n      yaml_variables: true\n      pipeline_variables: false\n',
    },
  ],
  invalid: [
    {
      code: `workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "trigger"\n${deploy}`,
      errors: [{ messageId: 'source', line: 3, column: 11 }],
    },
    {
      name: 'job rule, pipeline source',
      code: `${deploy}  rules:\n    - if: '$CI_PIPELINE_SOURCE == "pipeline"'\n`.replace('  when: manual\n', ''),
      errors: [{ messageId: 'source', line: 5, column: 11, message: /any `pipeline` pipeline/ }],
    },
    {
      name: 'forward pipeline variables',
      code: 'child:\n  trigger:\n    project: group/deployer\n    forward:\n      pipeline_variables: true\n',
      errors: [{ messageId: 'forward', line: 5, column: 7 }],
    },
  ],
});
