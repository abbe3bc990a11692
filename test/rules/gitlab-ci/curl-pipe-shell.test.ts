import rule from '../../../src/rules/gitlab-ci/curl-pipe-shell.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'the download read as data by an interpreter',
      code: "x:\n  script:\n    - curl -fsS https://api.example.com/v1 | python3 -m json.tool\n    - curl -fsS https://api.example.com/v1 | node -e 'process.stdin.pipe(process.stdout)'\n",
    },
    'x:\n  script:\n    - curl -fsSLo install.sh https://example.com/install-1.2.sh\n    - echo "3b1f0c6e9a  install.sh" | sha256sum -c -\n    - sh install.sh\n',
    {
      name: 'an unverified download run later is gitlab/download-without-checksum, not this rule',
      code: 'x:\n  script:\n    - curl -fsSL -o /usr/local/bin/kubectl https://dl.example.com/kubectl\n    - chmod +x /usr/local/bin/kubectl\n',
    },
    'x:\n  script:\n    - curl -fsS https://api.example.com/status | jq .state\n    - curl -o report.json https://example.com/r.json\n',
    'x:\n  script:\n    - curl -o data.csv https://example.com/data.csv\n    - chmod 644 data.csv\n',
    'x:\n  script:\n    - curl -fsSLo fixtures.json https://example.com/fixtures.json\n    - ./gradlew test\n',
  ],
  invalid: [
    {
      name: 'piped into python reading its program from stdin',
      code: 'x:\n  script:\n    - curl -sSL https://install.example.com/get.py | python3 -\n    - wget -qO- https://example.com/setup.js | sudo node\n',
      errors: [
        { messageId: 'pipe', line: 3, column: 7 },
        { messageId: 'pipe', line: 4, column: 7 },
      ],
    },
    {
      code: 'x:\n  script:\n    - curl -sSL https://get.example.com | sh\n',
      errors: [{ messageId: 'pipe', line: 3, column: 7 }],
    },
    {
      name: 'wget into sudo bash',
      code: 'x:\n  script:\n    - wget -qO- https://example.com/i.sh | sudo -E bash\n',
      errors: [{ messageId: 'pipe', line: 3, column: 7 }],
    },
    {
      name: 'bash <(curl)',
      code: 'x:\n  script:\n    - bash <(curl -s https://example.com/i.sh)\n',
      errors: [{ messageId: 'pipe', line: 3, column: 7 }],
    },
  ],
});
