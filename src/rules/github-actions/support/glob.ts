/** Problems of one branch, tag or path filter pattern (GitHub's filter pattern cheat sheet). */
export function checkFilterPattern(pattern: string, kind: 'ref' | 'path'): string | undefined {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body.trim() === '') return 'the pattern is empty';
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') {
      if (depth > 0) return 'nested "[" in a character class';
      if (body[i + 1] === ']') return 'empty character class "[]"';
      depth++;
    } else if (char === ']' && depth > 0) depth--;
  }
  if (depth > 0) return 'unclosed "[" character class';
  if (kind === 'ref') {
    if (/^refs\/(heads|tags)\//.test(body))
      return `"${body}" starts with refs/…: filters match the short name (write "${body.replace(/^refs\/(heads|tags)\//, '')}")`;
    if (/\s/.test(body)) return 'git ref names cannot contain spaces';
    if (/[~^:]|\.\.|@\{/.test(body)) return 'git ref names cannot contain "~", "^", ":", ".." or "@{"';
  } else {
    if (body.startsWith('./')) return 'path filters are relative to the repository root without "./"';
  }
  return undefined;
}
