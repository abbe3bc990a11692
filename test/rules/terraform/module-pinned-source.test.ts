import rule from '../../../src/rules/terraform/module-pinned-source.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const moduleWith = (body: string): string => `module "m" {\n${body}}\n`;

ruleTester(rule, {
  valid: [
    moduleWith('  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.8.1"\n'),
    moduleWith('  source = "./modules/network"\n'),
    moduleWith('  source = "../shared"\n'),
    moduleWith('  source = "git::https://example.com/network.git?ref=v1.2.0"\n'),
    moduleWith('  source = "github.com/acme/network?ref=0f4c9e1b2a3d4c5e6f708192a3b4c5d6e7f80912"\n'),
    { name: 'archive over HTTPS', code: moduleWith('  source = "https://example.com/network.zip"\n') },
    {
      name: 'source from a local',
      code: `locals {\n  src = "git::https://example.com/n.git?ref=v2"\n}\n${moduleWith('  source = local.src\n')}`,
    },
  ],
  invalid: [
    {
      code: moduleWith('  source = "terraform-aws-modules/vpc/aws"\n'),
      errors: [{ messageId: 'noVersion', line: 2, column: 3 }],
    },
    {
      name: 'registry module on another host',
      code: moduleWith('  source = "app.terraform.io/acme/vpc/aws"\n'),
      errors: [{ messageId: 'noVersion', line: 2 }],
    },
    {
      code: moduleWith('  source = "git::https://example.com/network.git"\n'),
      errors: [{ messageId: 'noRef', line: 2 }],
    },
    { code: moduleWith('  source = "github.com/acme/network"\n'), errors: [{ messageId: 'noRef', line: 2 }] },
    {
      code: moduleWith('  source = "git@github.com:acme/network.git?ref=main"\n'),
      errors: [{ messageId: 'movingRef', line: 2, message: /branch `main`/ }],
    },
  ],
});
