import { formatMessage } from '../../src/core/rule.js';

/** The original one-regex reading of a template: formatMessage must give the same text. */
function byRegex(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

describe('formatMessage', () => {
  test.each<[string, Record<string, string | number> | undefined]>([
    ['no placeholder', { a: 1 }],
    ['{{a}}', { a: 'x' }],
    ['start {{ a }} middle {{b}} end', { a: 'A', b: 2 }],
    ['{{a}}{{a}}{{ a}}', { a: '$&' }],
    ['missing {{gone}} stays', { a: 1 }],
    ['no data {{a}}', undefined],
    ['{{ not a key }} {{a-b}} {{}} {{{a}}}', { a: 'x' }],
    ['inherited {{toString}}', {}],
    ['half {{a', { a: 1 }],
    ['', {}],
  ])('%s', (template, data) => {
    expect(formatMessage(template, data)).toBe(byRegex(template, data));
    // Twice: the second call reads the cut template from the cache.
    expect(formatMessage(template, data)).toBe(byRegex(template, data));
  });
});
