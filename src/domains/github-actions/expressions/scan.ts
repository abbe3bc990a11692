/** One `${{ … }}` in a string: offsets of the whole placeholder and of the expression inside, into that string. */
export interface Embedded {
  start: number;
  end: number;
  /** The text between `${{` and `}}`, untrimmed. */
  body: string;
  bodyStart: number;
  /** False when the closing `}}` is missing. */
  closed: boolean;
}

/** Finds `${{ … }}` placeholders; a `}}` inside a single-quoted string literal does not close one. */
export function scanEmbedded(text: string): Embedded[] {
  const out: Embedded[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('${{', from);
    if (open < 0) return out;
    const bodyStart = open + 3;
    let i = bodyStart;
    let inString = false;
    let close = -1;
    while (i < text.length) {
      const char = text.charCodeAt(i);
      if (char === 39) inString = !inString;
      else if (!inString && char === 125 && text.charCodeAt(i + 1) === 125) {
        close = i;
        break;
      }
      i++;
    }
    if (close < 0) {
      out.push({ start: open, end: text.length, body: text.slice(bodyStart), bodyStart, closed: false });
      return out;
    }
    out.push({ start: open, end: close + 2, body: text.slice(bodyStart, close), bodyStart, closed: true });
    from = close + 2;
  }
}
