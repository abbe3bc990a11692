import rule from '../../../src/rules/dockerfile/no-chmod-777.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN chmod 755 /app/run.sh\n',
    'FROM debian:12\nRUN chmod 1777 /scratch && chmod u+w,g+w /data && chmod +x /app/run.sh\n',
    'FROM debian:12\nCOPY --chmod=644 app.conf /etc/app.conf\n',
    {
      name: 'scratch directory deleted in the same RUN',
      code: 'FROM debian:12\nRUN tmp="$(mktemp -d)" && chmod 777 "$tmp" && make -C "$tmp" && rm -rf "$tmp"\n',
    },
    { name: 'builder stage', code: 'FROM debian:12 AS build\nRUN chmod -R 777 /build\nFROM debian:12\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN chmod -R 777 /app\n',
      errors: [{ messageId: 'worldWritable', line: 2, column: 14, endColumn: 17 }],
    },
    {
      code: 'FROM debian:12\nRUN chmod a+rwx /data && chmod o+w /logs\n',
      errors: [
        { messageId: 'worldWritable', line: 2, column: 11 },
        { messageId: 'worldWritable', line: 2, column: 32 },
      ],
    },
    {
      code: 'FROM debian:12\nCOPY --chmod=0666 app.conf /etc/app.conf\n',
      errors: [{ messageId: 'worldWritable', line: 2, column: 6, endColumn: 18 }],
    },
  ],
});
