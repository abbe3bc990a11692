/** Tokens of the GitHub Actions expression language, with offsets into the expression text. */
export type TokenKind =
  | 'null'
  | 'boolean'
  | 'number'
  | 'string'
  | 'identifier'
  | 'star'
  | 'dot'
  | 'comma'
  | 'lparen'
  | 'rparen'
  | 'lbracket'
  | 'rbracket'
  | 'not'
  | 'op'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** The token's text (for strings: the unescaped value). */
  text: string;
  start: number;
  end: number;
  value?: string | number | boolean | null;
}

export class ExpressionError extends Error {
  constructor(
    message: string,
    /** Offset in the expression text where the problem starts. */
    readonly offset: number,
    readonly length = 1,
  ) {
    super(message);
  }
}

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>'];

function isIdentStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

function isIdentPart(code: number): boolean {
  return isIdentStart(code) || (code >= 48 && code <= 57) || code === 45;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const NUMBER = /^-?(?:0x[0-9a-fA-F]+|0o[0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|Infinity)/;

/** Splits an expression into tokens; throws ExpressionError at the first bad character. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      i++;
      continue;
    }
    const start = i;
    const previous = tokens[tokens.length - 1];
    // After a value, `.` is a dereference; elsewhere `.5` is a number.
    const afterValue =
      previous !== undefined &&
      ['identifier', 'rparen', 'rbracket', 'star', 'string', 'number', 'null', 'boolean'].includes(previous.kind);
    if (code === 39) {
      let value = '';
      i++;
      for (;;) {
        if (i >= n) throw new ExpressionError('unterminated string literal', start, n - start);
        if (text.charCodeAt(i) === 39) {
          if (text.charCodeAt(i + 1) === 39) {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ kind: 'string', text: value, start, end: i, value });
      continue;
    }
    if (code === 34) throw new ExpressionError('strings use single quotes, not double quotes', start);
    if (
      isDigit(code) ||
      ((code === 45 || code === 46) &&
        !afterValue &&
        (isDigit(text.charCodeAt(i + 1)) ||
          text.startsWith('Infinity', i + 1) ||
          (code === 45 && text.charCodeAt(i + 1) === 46)))
    ) {
      const match = NUMBER.exec(text.slice(i));
      if (!match) throw new ExpressionError('invalid number', start);
      i += match[0].length;
      if (i < n && isIdentPart(text.charCodeAt(i)) && text.charCodeAt(i) !== 45) {
        while (i < n && isIdentPart(text.charCodeAt(i))) i++;
        throw new ExpressionError(`invalid number "${text.slice(start, i)}"`, start, i - start);
      }
      const raw = match[0];
      const negative = raw.startsWith('-');
      const body = negative ? raw.slice(1) : raw;
      let value = body.startsWith('0x')
        ? parseInt(body.slice(2), 16)
        : body.startsWith('0o')
          ? parseInt(body.slice(2), 8)
          : Number(body);
      if (negative) value = -value;
      tokens.push({ kind: 'number', text: raw, start, end: i, value });
      continue;
    }
    if (isIdentStart(code)) {
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      const afterDot = previous?.kind === 'dot';
      if (!afterDot && word === 'null') tokens.push({ kind: 'null', text: word, start, end: i, value: null });
      else if (!afterDot && (word === 'true' || word === 'false'))
        tokens.push({ kind: 'boolean', text: word, start, end: i, value: word === 'true' });
      else if (!afterDot && (word === 'NaN' || word === 'Infinity'))
        tokens.push({ kind: 'number', text: word, start, end: i, value: Number(word) });
      else tokens.push({ kind: 'identifier', text: word, start, end: i });
      continue;
    }
    const two = text.slice(i, i + 2);
    const op = OPERATORS.find((candidate) => candidate === two) ?? OPERATORS.find((candidate) => candidate === text[i]);
    if (op) {
      i += op.length;
      tokens.push({ kind: 'op', text: op, start, end: i });
      continue;
    }
    const single: Record<string, TokenKind> = {
      '.': 'dot',
      ',': 'comma',
      '(': 'lparen',
      ')': 'rparen',
      '[': 'lbracket',
      ']': 'rbracket',
      '!': 'not',
      '*': 'star',
    };
    const kind = single[text[i]!];
    if (!kind) {
      if (text[i] === '=') throw new ExpressionError('unexpected "=": use "==" to compare', start);
      if (text[i] === '&' || text[i] === '|')
        throw new ExpressionError(`unexpected "${text[i]}": use "${text[i]}${text[i]}"`, start);
      throw new ExpressionError(`unexpected character "${text[i]}"`, start);
    }
    i++;
    tokens.push({ kind, text: text.slice(start, i), start, end: i });
  }
  tokens.push({ kind: 'eof', text: '', start: n, end: n });
  return tokens;
}
