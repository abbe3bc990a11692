import rule from '../../../src/rules/github-actions/unpinned-images.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (body: string): string =>
  `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n${body}    steps:\n      - run: make\n`;

ruleTester(rule, {
  valid: [
    wf('    container: node:22-bookworm\n'),
    wf(
      '    container:\n      image: ghcr.io/acme/build@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    ),
    wf('    container: ${{ matrix.image }}\n'),
    wf('    services:\n      db:\n        image: localhost:5000/postgres:16\n'),
    // Every image the matrix gives is pinned; an empty value means no container.
    wf(
      "    strategy:\n      matrix:\n        image: ['node:22', '']\n        include:\n          - image: python:3.13-slim\n    container: ${{ matrix.image }}\n",
    ),
    wf('    strategy:\n      matrix: ${{ fromJSON(vars.MATRIX) }}\n    container: ${{ matrix.image }}\n'),
  ],
  invalid: [
    { code: wf('    container: node\n'), errors: [{ messageId: 'untagged', line: 5, column: 16, endColumn: 20 }] },
    { code: wf('    container:\n      image: node:latest\n'), errors: [{ messageId: 'latest', line: 6, column: 14 }] },
    {
      code: wf(
        '    services:\n      db:\n        image: localhost:5000/postgres\n      redis:\n        image: redis:latest\n',
      ),
      errors: [
        { messageId: 'untagged', line: 7, column: 16 },
        { messageId: 'latest', line: 9, column: 16 },
      ],
    },
    {
      code: wf(
        "    strategy:\n      matrix:\n        image: ['node:22']\n        include:\n          - image: python\n          - image: redis:latest\n    container:\n      image: ${{ matrix.image }}\n",
      ),
      errors: [
        {
          messageId: 'matrixUntagged',
          line: 12,
          column: 14,
          message: /gives `image` the image "python", which has no tag/,
        },
        { messageId: 'matrixLatest', line: 12, column: 14, message: /"redis:latest"/ },
      ],
    },
  ],
});
