import rule from '../../../src/rules/gitlab-ci/trigger-any-source.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const deploy = 'deploy:\n  environment: production\n  script: [./deploy]\n  when: manual\n';

ruleTester(rule, {
  valid: [
    `workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "trigger" && $UPSTREAM_PROJECT == "group/app"\n${deploy}`,
    {
      name: 'a condition on the ref besides the source',
      code: 't:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "pipeline" && $CI_COMMIT_REF_PROTECTED == "true"\n  script: [x]\n',
    },
    {
      name: 'a never rule',
      code: 't:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "trigger"\n      when: never\n    - when: always\n  script: [x]\n',
    },
    {
      name: 'forwarding yaml variables only',
      code: 'child:\n  trigger:\n    include: child.yml\n    forward:\n      yaml_variables: true\n      pipeline_variables: false\n',
    },
  ],
  invalid: [
    {
      name: "any trigger runs a job that deploys nothing: variables are still the caller's",
      code: 'workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "trigger"\nt:\n  script: [x]\n',
      errors: [{ messageId: 'source', line: 3, column: 11, message: /any `trigger` pipeline/ }],
    },
    {
      name: 'regex over the source',
      code: 'child:\n  rules:\n    - if: $CI_PIPELINE_SOURCE =~ /^(trigger|api)$/\n  script: [make]\n',
      errors: [{ messageId: 'source', line: 3, column: 11 }],
    },
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
