import rule from '../../../src/rules/dockerfile/no-curl-pipe-shell.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN curl -fsSLo install.sh https://example.com/install.sh && sha256sum -c sums && sh install.sh\n',
    'FROM debian:12\nRUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg\n',
    'FROM debian:12\nRUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSL https://get.example.com | sh\n',
      errors: [{ messageId: 'pipe', line: 2, column: 5, endColumn: 9 }],
    },
    {
      code: 'FROM debian:12\nRUN wget -qO- https://example.com/i.sh | tee /tmp/log | sudo bash -s -- --yes\n',
      errors: [{ messageId: 'pipe', line: 2, column: 5, message: /wget … \| bash/ }],
    },
    {
      code: 'FROM debian:12\nRUN sh -c "$(curl -fsSL https://example.com/install.sh)"\n',
      errors: [{ messageId: 'substitution', line: 2, column: 5 }],
    },
    {
      name: 'continuation lines',
      code: 'FROM debian:12\nRUN set -e; \\\n    curl -fsSL https://example.com/setup \\\n    | python3 -\n',
      errors: [{ messageId: 'pipe', line: 3, column: 5 }],
    },
  ],
});
