import fc from 'fast-check';
import { escapeData, escapeProperty, workflowCommand } from '../../src/formats/annotations.js';
import { formatJunit } from '../../src/formats/junit.js';
import { markdownCell } from '../../src/formats/summary.js';
import { xmlAttribute, xmlText } from '../../src/formats/xml.js';
import { finding, latest, registry, style } from './fixtures.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** Any UTF-16 code units, lone surrogates and control characters included. */
const anyText = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 80,
});
/** Text biased towards the characters that matter to the escapers. */
const nastyText = fc.string({
  unit: fc.constantFrom(
    '%',
    '\r',
    '\n',
    ':',
    ',',
    '=',
    '<',
    '>',
    '&',
    '"',
    "'",
    '|',
    '`',
    '\\',
    '[',
    ']',
    '\u0000',
    '\u001b',
    '\ud800',
    'a',
    ' ',
    '::',
  ),
  maxLength: 40,
});
const text = fc.oneof(anyText, nastyText);

const unescapeCommand = (value: string): string =>
  value.replace(
    /%(25|0D|0A|3A|2C)/g,
    (_, code: string) => ({ '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' })[code]!,
  );

/** What the runner does with one stdout line: `::name k=v,k=v::message`. */
function parseCommand(line: string): { name: string; properties: Record<string, string>; message: string } | undefined {
  const match = /^::([A-Za-z-]+)(?: ([^]*?))?::([^]*)$/.exec(line);
  if (!match) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescapeCommand(pair.slice(eq + 1));
  }
  return { name: match[1]!, properties, message: unescapeCommand(match[3]!) };
}

const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const decodeXml = (value: string): string =>
  value.replace(
    /&(amp|lt|gt|quot|apos|#9|#10|#13);/g,
    (_, name: string) =>
      ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#9': '\t', '#10': '\n', '#13': '\r' })[name]!,
  );
const expectedXml = (value: string): string =>
  value.replace(new RegExp(XML_FORBIDDEN.source, 'g'), (char) =>
    char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff
      ? '\uFFFD'
      : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** A small well-formedness check: balanced tags, quoted attributes, text and attributes free of raw `<` and stray `&`. */
function checkWellFormed(xml: string): void {
  expect(xml).not.toMatch(XML_FORBIDDEN);
  const body = xml.replace(/^<\?xml [^?]*\?>\n/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z-]+)((?:\s+[A-Za-z-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const textPart = lt === -1 ? body.slice(i) : body.slice(i, lt);
    expect(textPart).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    expect(textPart).not.toContain('>');
    if (lt === -1) break;
    tag.lastIndex = lt;
    const match = tag.exec(body);
    expect(match ? 'tag' : `bad markup at ${JSON.stringify(body.slice(lt, lt + 40))}`).toBe('tag');
    const [whole, closing, name, attributes, selfClosing] = match!;
    expect(attributes).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name!);
    i = lt + whole.length;
  }
  expect(stack).toEqual([]);
}

describe('escaping holds for any text (property-based)', () => {
  test('workflow command data and properties: one line, nothing that ends a property, lossless', () => {
    fc.assert(
      fc.property(text, (value) => {
        const data = escapeData(value);
        const property = escapeProperty(value);
        expect(data).not.toMatch(/[\r\n]/);
        expect(property).not.toMatch(/[\r\n:,]/);
        expect(unescapeCommand(data)).toBe(value);
        expect(unescapeCommand(property)).toBe(value);
      }),
      { numRuns: RUNS },
    );
  });

  test('an annotation round-trips through the runner’s parsing: same file, title and message', () => {
    fc.assert(
      fc.property(text, text, text, (path, title, message) => {
        const line = workflowCommand(
          'warning',
          [
            ['file', path],
            ['line', 3],
            ['title', title],
          ],
          message,
        );
        expect(line).not.toMatch(/[\r\n]/);
        expect(parseCommand(line)).toEqual({ name: 'warning', properties: { file: path, line: '3', title }, message });
      }),
      { numRuns: RUNS },
    );
  });

  test('XML text and attributes: no forbidden characters, no raw markup, decode to the input', () => {
    fc.assert(
      fc.property(text, (value) => {
        const inText = xmlText(value);
        const inAttribute = xmlAttribute(value);
        for (const out of [inText, inAttribute]) {
          expect(out).not.toMatch(XML_FORBIDDEN);
          expect(out).not.toContain('<');
          expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#9|#10|#13);)/);
          expect(decodeXml(out)).toBe(expectedXml(value));
        }
        expect(inAttribute).not.toMatch(/["'\t\n\r]/);
      }),
      { numRuns: RUNS },
    );
  });

  test('JUnit reports stay well-formed whatever paths and messages contain', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, fc.boolean()), { minLength: 1, maxLength: 4 }), (entries) => {
        const findings = entries.map(([path, message, note], i) =>
          finding(note ? style : latest, note ? 'note' : 'warning', path, i + 1, 1, message),
        );
        checkWellFormed(formatJunit({ findings, notices: [], registry, checked: {} }));
      }),
      { numRuns: RUNS },
    );
  });

  test('summary cells: one line, every pipe escaped', () => {
    fc.assert(
      fc.property(text, (value) => {
        const cell = markdownCell(value);
        expect(cell).not.toMatch(/[\r\n]/);
        expect(cell.replace(/\\\\/g, '')).not.toMatch(/(^|[^\\])\|/);
      }),
      { numRuns: RUNS },
    );
  });
});
