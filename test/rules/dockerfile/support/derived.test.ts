import { derivedSlot } from '../../../../src/rules/dockerfile/support/derived.js';

describe('derivedSlot', () => {
  test('keeps a value on its key, out of sight of comparisons and JSON', () => {
    const lengths = derivedSlot<{ name: string }, number>('length');
    const key = { name: 'build' };
    expect(lengths.get(key)).toBeUndefined();
    expect(lengths.set(key, 5)).toBe(5);
    expect(lengths.get(key)).toBe(5);
    expect(lengths.get({ name: 'build' })).toBeUndefined();
    expect(key).toEqual({ name: 'build' });
    expect(JSON.stringify(key)).toBe('{"name":"build"}');
    expect(Object.keys(key)).toEqual(['name']);
  });

  test('slots of the same description do not share values', () => {
    const a = derivedSlot<object, string>('text');
    const b = derivedSlot<object, string>('text');
    const key = {};
    a.set(key, 'a');
    expect(b.get(key)).toBeUndefined();
  });
});
