import rule from '../../../src/rules/dockerfile/consecutive-run.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN make && make install\n',
    { name: 'chained RUNs were split on purpose', code: 'FROM debian:12\nRUN make\nRUN make test && make install\n' },
    { name: 'an instruction between', code: 'FROM debian:12\nRUN make\nCOPY . /src/\nRUN make install\n' },
    {
      name: 'different mounts',
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/root/.cache make\nRUN make install\n',
    },
    { name: 'different stages', code: 'FROM debian:12 AS a\nRUN make\nFROM debian:12\nRUN make install\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN mkdir /app\nRUN chown app /app\nRUN chmod 750 /app\n',
      errors: [
        { messageId: 'merge', line: 3, column: 1, endColumn: 4 },
        { messageId: 'merge', line: 4, column: 1 },
      ],
    },
  ],
});
