import fc from 'fast-check';
import {
  contextAccesses,
  ExpressionError,
  parseExpression,
  scanEmbedded,
  workflowAvailability,
} from '../../../src/domains/github-actions/expressions/index.js';

function errorOf(text: string): { message: string; offset: number } {
  try {
    parseExpression(text);
  } catch (error) {
    if (error instanceof ExpressionError) return { message: error.message, offset: error.offset };
    throw error;
  }
  throw new Error(`expected a syntax error in ${text}`);
}

describe('expression parser', () => {
  test.each([
    "github.event_name == 'push' && !cancelled()",
    "contains(github.event.pull_request.labels.*.name, 'deploy')",
    "format('{0}-{1}', matrix.os, matrix['node-version'])",
    'fromJSON(needs.plan.outputs.matrix)[0]',
    "steps.build-step.outputs.digest != ''",
    '-9.2 < 0xff',
    '-2.99e-2',
    "'It''s open source!'",
    'github.event.commits[*].message',
    "case(github.ref == 'refs/heads/main', 'prod', 'dev')",
    '(a || b) && c',
    'NaN',
    'github.event.inputs.null',
  ])('parses %s', (text) => {
    expect(() => parseExpression(text)).not.toThrow();
  });

  test.each([
    ['github.ref = 1', 'unexpected "=": use "==" to compare', 11],
    ['"double"', 'strings use single quotes, not double quotes', 0],
    ["'open", 'unterminated string literal', 0],
    ['a &&', 'unexpected end of expression', 4],
    ['contains(a, b', 'expected "," or ")", found end of expression', 13],
    ['a b', 'unexpected "b" after the end of the expression', 2],
    ['', 'empty expression', 0],
    ['a.', 'expected a property name after ".", found end of expression', 2],
    ['12abc', 'invalid number "12abc"', 0],
    ['a & b', 'unexpected "&": use "&&"', 2],
  ])('rejects %j: %s at %d', (text, message, offset) => {
    expect(errorOf(text)).toEqual({ message, offset });
  });

  test('builds the tree with offsets', () => {
    const node = parseExpression("startsWith(github.ref, 'refs/tags/')");
    expect(node).toMatchObject({ kind: 'call', name: 'startsWith', start: 0, end: 36 });
    if (node.kind !== 'call') throw new Error('not a call');
    expect(node.args[0]).toMatchObject({ kind: 'property', name: 'ref', nameStart: 18, start: 11, end: 21 });
    expect(node.args[1]).toMatchObject({ kind: 'literal', type: 'string', value: 'refs/tags/', start: 23, end: 35 });
  });

  test('precedence: && binds tighter than ||, comparison tighter than ==', () => {
    const node = parseExpression('a || b && c == d < e');
    expect(node).toMatchObject({
      kind: 'binary',
      op: '||',
      right: { kind: 'binary', op: '&&', right: { kind: 'binary', op: '==', right: { kind: 'binary', op: '<' } } },
    });
  });
});

describe('context accesses', () => {
  test('yields whole chains with segments and offsets', () => {
    const accesses = contextAccesses(parseExpression("needs.build.outputs['version'] == matrix[inputs.key]"));
    expect(
      accesses.map((a) => [
        a.context,
        a.path.map((s) => ('name' in s ? s.name : 'star' in s ? '*' : '?')).join('.'),
        a.start,
        a.end,
      ]),
    ).toEqual([
      ['needs', 'build.outputs.version', 0, 30],
      ['matrix', '?', 34, 52],
      ['inputs', 'key', 41, 51],
    ]);
  });
  test('context names are case-insensitive', () => {
    expect(contextAccesses(parseExpression('GitHub.ref'))[0]!.context).toBe('github');
  });
});

describe('embedded expressions', () => {
  test('finds placeholders; }} inside a string does not close', () => {
    expect(scanEmbedded("echo ${{ github.ref }} and ${{ format('}}{0}', x) }} ${{ open")).toEqual([
      { start: 5, end: 22, body: ' github.ref ', bodyStart: 8, closed: true },
      { start: 27, end: 52, body: " format('}}{0}', x) ", bodyStart: 30, closed: true },
      { start: 53, end: 61, body: ' open', bodyStart: 56, closed: false },
    ]);
  });
});

describe('context availability', () => {
  test.each([
    [['run-name'], 'run-name', 'github inputs vars'],
    [['env', 'X'], 'env', 'github inputs secrets vars'],
    [['jobs', 'build', 'runs-on'], 'jobs.<job_id>.runs-on', 'github inputs matrix needs strategy vars'],
    [['jobs', 'build', 'runs-on', 0], 'jobs.<job_id>.runs-on', 'github inputs matrix needs strategy vars'],
    [
      ['jobs', 'build', 'steps', 2, 'if'],
      'jobs.<job_id>.steps.if',
      'env github inputs job matrix needs runner steps strategy vars',
    ],
    [
      ['jobs', 'build', 'steps', 2, 'with', 'token'],
      'jobs.<job_id>.steps.*',
      'env github inputs job matrix needs runner secrets steps strategy vars',
    ],
  ])('%j is %s', (path, key, contexts) => {
    const row = workflowAvailability(path);
    expect(row?.key).toBe(key);
    expect([...row!.contexts].sort().join(' ')).toBe(contexts.split(' ').sort().join(' '));
  });
  test('keys outside the table are not checked', () => {
    expect(workflowAvailability(['on', 'push', 'branches', 0])).toBeUndefined();
  });
});

describe('never throws anything but ExpressionError, with offsets inside the text', () => {
  const pieces = [
    'github',
    '.',
    'event',
    '[',
    ']',
    '*',
    "'x'",
    "''",
    '(',
    ')',
    ',',
    '==',
    '!=',
    '&&',
    '||',
    '!',
    '<',
    '>=',
    '1',
    '-2.5e3',
    '0x1F',
    'null',
    'true',
    'contains',
    ' ',
    '"',
    '=',
    '&',
    '|',
    '}}',
    '${{',
  ];
  test('token soup and arbitrary text', () => {
    const soup = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(soup, fc.string({ maxLength: 60 })), (text) => {
        try {
          const node = parseExpression(text);
          expect(node.start).toBeGreaterThanOrEqual(0);
          expect(node.end).toBeLessThanOrEqual(text.length);
          contextAccesses(node);
        } catch (error) {
          expect(error).toBeInstanceOf(ExpressionError);
          const { offset } = error as ExpressionError;
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 3000, seed: 20261124 },
    );
  });
});
