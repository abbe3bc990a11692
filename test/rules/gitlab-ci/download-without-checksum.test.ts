import rule from '../../../src/rules/gitlab-ci/download-without-checksum.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'x:\n  script:\n    - curl -fsSLo tool.tar.gz https://example.com/tool-1.2.tar.gz\n    - echo "3b1f0c6e9a  tool.tar.gz" | sha256sum -c -\n    - tar -xzf tool.tar.gz\n',
    {
      name: 'data, not a tool',
      code: 'x:\n  script:\n    - curl -o report.json https://example.com/r.json\n    - jq . report.json\n',
    },
    {
      name: 'read-only permissions',
      code: 'x:\n  script:\n    - curl -o data.csv https://example.com/data.csv\n    - chmod 644 data.csv\n',
    },
    {
      name: 'signature checked',
      code: 'x:\n  script:\n    - wget https://example.com/app.deb https://example.com/app.deb.sig\n    - gpg --verify app.deb.sig app.deb\n    - dpkg -i app.deb\n',
    },
    {
      name: 'piped into a JSON reader',
      code: 'x:\n  script:\n    - curl -fsS https://api.example.com/status | jq .state\n',
    },
  ],
  invalid: [
    {
      code: 'x:\n  script:\n    - curl -fsSL -o tool.tar.gz https://example.com/tool.tar.gz\n    - tar -xzf tool.tar.gz\n',
      errors: [{ messageId: 'unverified', line: 3, column: 7, message: /unpacked, installed or run/ }],
    },
    {
      name: 'wget, octal chmod, run from the folder',
      code: 'docs:\n  before_script:\n    - wget https://gitlab.example.com/group/docs/raw/master/scripts/trigger-build\n    - chmod 755 trigger-build\n  script: [./trigger-build deploy]\n',
      errors: [{ messageId: 'unverified', line: 3, column: 7 }],
    },
    {
      name: 'a binary to a bin folder, made executable',
      code: 'x:\n  script:\n    - curl -fsSL -o /usr/local/bin/kubectl https://dl.example.com/kubectl\n    - chmod +x /usr/local/bin/kubectl\n',
      errors: [{ messageId: 'unverified', line: 3, column: 7 }],
    },
    {
      name: 'an archive never used in this job (an artifact for later jobs)',
      code: 'x:\n  script:\n    - wget -q https://example.com/helm-v3.14.0-linux-amd64.tar.gz\n',
      errors: [{ messageId: 'unverified', line: 3, column: 7, message: /helm-v3\.14\.0-linux-amd64\.tar\.gz/ }],
    },
    {
      name: 'streamed into tar',
      code: 'x:\n  script:\n    - curl -sSL https://example.com/tool.tgz | tar -xz -C /usr/local/bin\n',
      errors: [{ messageId: 'unverified', line: 3, column: 7, message: /unpacked as it arrives/ }],
    },
  ],
});
