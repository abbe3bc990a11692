import { knownTag, TAG_COMMITS } from '../../../src/data/github-actions/tag-commits.js';
import rule from '../../../src/rules/github-actions/ref-version-mismatch.js';
import { ruleTester } from '../../helpers/rule-tester.js';

// Two SHAs the snapshot does not know (in-file checks only).
const A = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const B = '11bd71901bbe5b1630ceea73d27597364c9af683';
// In the snapshot: actions/checkout v4.1.7 and github/codeql-action v3.28.18.
const CHECKOUT_V417 = '692973e3d937129bcbf40652eb9f2f61becf3332';
const CODEQL_V32818 = 'ff0a06e83cb2de871e5a09832bc6a81e7276941f';
// A made-up SHA: no repository has it.
const UNKNOWN = '0123456789abcdef0123456789abcdef01234567';
const steps = (...uses: string[]): string =>
  `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${uses.map((u) => `      - uses: ${u}\n`).join('')}`;
const ID = 'gha/ref-version-mismatch';

ruleTester(rule, {
  valid: [
    steps(`actions/checkout@${A} # v4.1.1`, `actions/checkout@${A} # v4.1.1`),
    steps('actions/checkout@v4 # v4.1.1', 'actions/setup-node@v4.0.2 # v4'),
    // Different actions may share a version.
    steps(`actions/checkout@${A} # v4.1.1`, `actions/setup-node@${B} # v4.1.1`),
    // A SHA commented with a major and one with the full version of the same release line.
    steps(`actions/checkout@${A} # v4`, `actions/checkout@${B} # v4.2.0`),
    steps('actions/checkout@main # tracking the branch on purpose'),
    // A known commit with the exact tag, its major, its minor, or without the `v`.
    { name: 'known SHA, exact tag', code: steps(`actions/checkout@${CHECKOUT_V417} # v4.1.7`) },
    { name: 'known SHA, major', code: steps(`actions/checkout@${CHECKOUT_V417} # v4`) },
    {
      name: 'known SHA, minor and no v',
      code: steps(`actions/checkout@${CHECKOUT_V417} # v4.1`, `actions/checkout@${CHECKOUT_V417} # 4.1.7`),
    },
    // Both comments agree with the known tag: the in-file comparison does not flag `# v4` against `# v4.1.7`.
    {
      name: 'known SHA, major and full version in one file',
      code: steps(`actions/checkout@${CHECKOUT_V417} # v4`, `actions/checkout@${CHECKOUT_V417} # v4.1.7`),
    },
    // Owner, repository and SHA are compared without regard to case.
    { name: 'known SHA, other case', code: steps(`Actions/Checkout@${CHECKOUT_V417.toUpperCase()} # v4.1.7`) },
    // Sub-path actions share their repository's tags.
    {
      name: 'sub-path action',
      code: steps(
        `github/codeql-action/init@${CODEQL_V32818} # v3.28.18`,
        `github/codeql-action/analyze@${CODEQL_V32818} # v3`,
      ),
    },
    // An unknown SHA is never an error, whatever its comment says.
    { name: 'unknown SHA', code: steps(`actions/checkout@${UNKNOWN} # v99.1.0`) },
    // The snapshot is per repository: a checkout commit pinned for another action is unknown there.
    { name: 'known SHA of another repository', code: steps(`actions/setup-node@${CHECKOUT_V417} # v3.0.0`) },
    // No version comment, or a comment that names no version: nothing to compare.
    { name: 'known SHA without a version comment', code: steps(`actions/checkout@${CHECKOUT_V417} # pinned`) },
  ],
  invalid: [
    { code: steps('actions/checkout@v3 # v4.1.1'), errors: [{ messageId: 'tag', line: 6, column: 15 }] },
    {
      code: steps(`actions/checkout@${A} # v4.1.1`, `actions/checkout@${A} # v4.2.2`),
      errors: [{ messageId: 'sameShaTwoVersions', line: 7, column: 15, message: /`# v4\.1\.1` on line 6/ }],
    },
    {
      code: steps(`actions/checkout@${A} # v4.2.2`, `actions/checkout@${B} # v4.2.2`),
      errors: [{ messageId: 'sameVersionTwoShas', line: 7, message: /on line 6/ }],
    },
    {
      name: 'known SHA, another patch release',
      code: steps(`actions/checkout@${CHECKOUT_V417} # v4.2.2`),
      errors: [
        {
          messageId: 'knownSha',
          line: 6,
          column: 15,
          message: `"actions/checkout@${CHECKOUT_V417}" is commented \`# v4.2.2\`, but 692973e is the commit of actions/checkout v4.1.7 (snapshot of 2026-11-24): fix the comment or the pin.`,
        },
      ],
    },
    {
      name: 'known SHA, another major',
      code: steps(`actions/checkout@${CHECKOUT_V417} # v5`),
      errors: [
        {
          messageId: 'knownSha',
          line: 6,
          column: 15,
          message: /commented `# v5`, but 692973e is the commit of actions\/checkout v4\.1\.7/,
        },
      ],
    },
    {
      name: 'sub-path action, wrong comment',
      code: steps(`github/codeql-action/init@${CODEQL_V32818} # v3.29.0`),
      errors: [
        {
          messageId: 'knownSha',
          line: 6,
          column: 15,
          message: /ff0a06e is the commit of github\/codeql-action v3\.28\.18/,
        },
      ],
    },
    {
      name: 'a job-level reusable workflow is a repository use too',
      code: `on: push\njobs:\n  a:\n    uses: actions/checkout/.github/workflows/x.yml@${CHECKOUT_V417} # v4.0.0\n`,
      errors: [{ messageId: 'knownSha', line: 4, column: 11 }],
    },
    {
      // The wrong comment is reported once, as the snapshot sees it, not also as a second version of the same SHA.
      name: 'known SHA commented two ways: only the wrong one',
      code: steps(`actions/checkout@${CHECKOUT_V417} # v4.1.7`, `actions/checkout@${CHECKOUT_V417} # v4.2.2`),
      errors: [{ messageId: 'knownSha', line: 7, column: 15 }],
    },
    {
      name: 'known SHA commented two ways, the wrong one first',
      code: steps(`actions/checkout@${CHECKOUT_V417} # v4.2.2`, `actions/checkout@${CHECKOUT_V417} # v4.1.7`),
      errors: [{ messageId: 'knownSha', line: 6, column: 15 }],
    },
    {
      // One version on a known and an unknown commit: the unknown pin is the one that is not what it says.
      name: 'same version on a known and an unknown SHA',
      code: steps(`actions/checkout@${UNKNOWN} # v4.1.7`, `actions/checkout@${CHECKOUT_V417} # v4.1.7`),
      errors: [{ messageId: 'sameVersionTwoShas', line: 6, column: 15, message: /on line 7/ }],
    },
  ],
});

describe(`${ID}: the bundled tag snapshot`, () => {
  test('keys are lower-case owner/repo and full lower-case SHAs; values are exact tags', () => {
    for (const [repository, commits] of TAG_COMMITS) {
      expect(repository).toMatch(/^[a-z0-9-]+\/[a-z0-9._-]+$/);
      for (const [sha, tag] of commits) {
        expect(sha).toMatch(/^[0-9a-f]{40}$/);
        expect(tag).toMatch(/^v\d+\.\d+\.\d+$/);
      }
    }
  });

  test('one commit names one tag per repository, and one tag one commit', () => {
    for (const commits of TAG_COMMITS.values()) {
      const tags = [...commits.values()];
      expect(new Set(tags).size).toBe(tags.length);
    }
  });

  test('lookups ignore case and know nothing outside the table', () => {
    expect(knownTag('Actions/Checkout', CHECKOUT_V417.toUpperCase())).toBe('v4.1.7');
    expect(knownTag('actions/checkout', UNKNOWN)).toBeUndefined();
    expect(knownTag('someone/else', CHECKOUT_V417)).toBeUndefined();
  });
});
