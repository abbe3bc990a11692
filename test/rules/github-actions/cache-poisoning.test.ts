import rule from '../../../src/rules/github-actions/cache-poisoning.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (on: string, steps: string): string =>
  `on:\n${on}jobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
const TAGS = "  push:\n    tags: ['v*']\n";

ruleTester(rule, {
  valid: [
    // Caching in ordinary CI is the point.
    wf(
      '  push:\n    branches: [main]\n',
      '      - uses: actions/setup-node@v4\n        with:\n          cache: npm\n      - run: npm test\n',
    ),
    wf(
      TAGS,
      '      - uses: actions/setup-node@v4\n        with:\n          node-version: 22\n      - run: npm publish\n',
    ),
    wf(TAGS, '      - uses: actions/setup-go@v5\n        with:\n          cache: false\n'),
    // setup-node v5+ caches on its own only when package.json names a package manager.
    { code: wf(TAGS, '      - uses: actions/setup-node@v6\n'), files: { 'package.json': '{"name": "x"}' } },
    {
      code: wf(TAGS, '      - uses: actions/setup-node@v6\n        with:\n          package-manager-cache: false\n'),
      files: { 'package.json': '{"packageManager": "npm@10.9.0"}' },
    },
    wf(TAGS, '      - uses: actions/setup-go@v3\n'),
    // Saving only cannot restore a poisoned entry.
    wf(
      '  release:\n    types: [published]\n',
      '      - uses: actions/cache/save@v4\n        with:\n          path: x\n          key: y\n',
    ),
    // Tags and branches: not a release-only workflow, and the job does not publish.
    wf(
      "  push:\n    branches: [main]\n    tags: ['v*']\n",
      '      - uses: actions/cache@v4\n        with:\n          path: x\n          key: y\n',
    ),
    // Turned off, or a lookup that restores nothing.
    wf(
      TAGS,
      '      - uses: ramsey/composer-install@v3\n        with:\n          ignore-cache: yes\n      - uses: Swatinem/rust-cache@v2\n        with:\n          lookup-only: true\n',
    ),
    wf(
      TAGS,
      '      - uses: docker/setup-buildx-action@v3\n      - uses: docker/setup-buildx-action@v3\n        with:\n          version: v0.20.0\n          cache-binary: false\n',
    ),
    wf(TAGS, '      - uses: PyO3/maturin-action@v1\n        with:\n          sccache: false\n'),
  ],
  invalid: [
    {
      code: wf(
        TAGS,
        "      - uses: PyO3/maturin-action@v1\n        with:\n          sccache: 'true'\n      - uses: PyO3/maturin-action@v1\n        with:\n          sccache: ${{ github.ref_type != 'tag' }}\n",
      ),
      errors: [
        { messageId: 'release', line: 8, message: /`sccache` on/ },
        { messageId: 'release', line: 11, message: /set by an expression/ },
      ],
    },
    {
      code: wf(
        TAGS,
        '      - uses: ramsey/composer-install@v3\n      - uses: docker/setup-buildx-action@v3\n        with:\n          version: latest\n      - uses: actions/setup-node@v6\n        with:\n          package-manager-cache: true\n',
      ),
      files: { 'package.json': '{"name": "x"}' },
      errors: [
        { messageId: 'release', line: 8, message: /ignore-cache: true/ },
        { messageId: 'release', line: 9, message: /cache-binary: false/ },
        { messageId: 'release', line: 12, message: /package-manager-cache: true/ },
      ],
    },
    {
      code: wf(TAGS, '      - uses: actions/setup-node@v4\n        with:\n          cache: npm\n'),
      errors: [{ messageId: 'release', line: 8, column: 15 }],
    },
    {
      code: wf('  release:\n    types: [published]\n', '      - uses: actions/setup-go@v5\n'),
      errors: [{ messageId: 'release', line: 8, message: /by default since v4/ }],
    },
    {
      code: wf(
        '  push:\n    branches: [main]\n',
        '      - uses: actions/cache@v4\n        with:\n          path: x\n          key: y\n      - run: cargo publish\n',
      ),
      errors: [{ messageId: 'publish', line: 8 }],
    },
    {
      code: wf(TAGS, '      - uses: actions/setup-node@v6\n'),
      files: { 'package.json': '{"packageManager": "npm@10.9.0"}' },
      errors: [{ messageId: 'release', line: 8, message: /package-manager-cache: false/ }],
    },
    {
      code: wf(
        '  workflow_dispatch:\n',
        '      - uses: Swatinem/rust-cache@v2\n      - uses: docker/build-push-action@v6\n        with:\n          push: true\n',
      ),
      errors: [{ messageId: 'publish', line: 7 }],
    },
  ],
});
