import { inspect } from 'node:util';
import { Composer, Parser, parseAllDocuments } from 'yaml';
import { QuietParser } from '../../../src/domains/yaml/document.js';
import { generateWorkflows } from '../../../bench/github-actions.js';

const OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, merge: true, logLevel: 'error' } as const;

/** Documents as data: nodes, ranges, comments, errors (by message and position; stacks differ by caller). */
function shape(documents: unknown[]): string {
  return inspect(
    documents.map((document) => {
      const { errors, warnings, ...rest } = document as { errors: Error[]; warnings: Error[] };
      const plain = (list: Error[]) => list.map((error) => ({ ...error, message: error.message, stack: undefined }));
      return { ...rest, errors: plain(errors), warnings: plain(warnings) };
    }),
    { depth: 60 },
  );
}

describe('QuietParser', () => {
  const samples = [
    ...generateWorkflows(40, 11).map((file) => file.text),
    'a: 1\n---\nb: [1, {c: d}]\n...\n%YAML 1.2\n---\n- &x y\n- *x\n',
    'key: "quoted # not a comment" # comment\nblock: |\n  line # text\nfolded: >-\n  a\n  b\n',
    'jobs:\n  [broken\n  x: }\n',
    '"unterminated\n',
    '? complex\n: value\nmerge:\n  <<: {a: 1}\n',
    '\t- tab\n',
    '',
  ];

  test.each(samples.map((text, index) => [index, text]))(
    "gives the stock parser's tokens and documents (%i)",
    (_index, text) => {
      expect([...new QuietParser().parse(text)]).toEqual([...new Parser().parse(text)]);
      const quiet = Array.from(new Composer(OPTIONS).compose(new QuietParser().parse(text)));
      expect(shape(quiet)).toBe(shape(parseAllDocuments(text, OPTIONS) as unknown[]));
    },
  );
});
