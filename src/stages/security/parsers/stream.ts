import { closeSync, openSync, readSync } from 'node:fs';
import { ReportError } from './util.js';

/**
 * Large scanner reports without their text in memory. A report of a million findings is hundreds of megabytes: one
 * `JSON.parse` needs the whole text as one string (V8 refuses strings over about 512 MB: "Invalid string length")
 * and then the whole tree at once. Instead, one pass over the bytes, in pieces of `CHUNK` bytes, finds the lists
 * that hold the findings (by their path, e.g. `runs[*].results`) and notes where each batch of consecutive elements
 * starts and ends; everything outside those lists (the "frame": tool, targets, rules) is kept as text and parsed
 * on its own. Each batch is then read back and parsed alone, so memory holds one batch of raw elements at a time.
 *
 * The scanner only tracks strings and brackets; `JSON.parse` of the frame and of every batch does the validation,
 * so a malformed report is still refused.
 */

/** A path of object keys; `*` stands for any index of an array. */
export type ListPattern = readonly string[];

/** Where one batch of consecutive elements of a list lies in the file (byte offsets, end exclusive). */
interface Batch {
  start: number;
  end: number;
  count: number;
}

/** One list of findings found in the report: its concrete path and its batches. */
export interface StreamedList {
  path: (string | number)[];
  kind: 'array' | 'object';
  batches: Batch[];
}

export interface ScannedReport {
  /** The report with every streamed list left empty. */
  frame: unknown;
  lists: StreamedList[];
}

const CHUNK = 4 * 1024 * 1024;
/** Elements per batch, and bytes per batch: each batch is one JSON.parse of a few megabytes. */
const BATCH_ELEMENTS = 5000;
const BATCH_BYTES = 8 * 1024 * 1024;
/** What may be kept outside the lists; a report whose frame is larger is refused rather than read whole. */
export const FRAME_LIMIT = 64 * 1024 * 1024;
/** One finding larger than this is not a finding but an attack. */
export const ELEMENT_LIMIT = 64 * 1024 * 1024;
const DEPTH_LIMIT = 1000;
const KEY_LIMIT = 256;
const NO_PATH: (string | number)[] = ['\u0000'];

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

interface Container {
  kind: 'array' | 'object';
  path: (string | number)[];
  /** Index of the next element (arrays). */
  index: number;
  /** The last key read in this object (the name of a container that opens next). */
  key: string | undefined;
  expectKey: boolean;
  list: StreamedList | undefined;
  /** Start offset of the element being read (streamed lists only), or -1 between elements. */
  elementStart: number;
}

function matches(path: (string | number)[], patterns: readonly ListPattern[]): boolean {
  return patterns.some(
    (pattern) =>
      pattern.length === path.length &&
      pattern.every((part, i) => (part === '*' ? typeof path[i] === 'number' : part === path[i])),
  );
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** One pass over the file: the frame's text and the batches of every list matching `patterns`. */
export function scanReport(file: string, patterns: readonly ListPattern[]): ScannedReport {
  const fd = openSync(file, 'r');
  try {
    return scan(fd, patterns);
  } finally {
    closeSync(fd);
  }
}

function scan(fd: number, patterns: readonly ListPattern[]): ScannedReport {
  const buffer = Buffer.allocUnsafe(CHUNK);
  const frame: Buffer[] = [];
  let frameBytes = 0;
  const lists: StreamedList[] = [];
  const stack: Container[] = [];
  let inString = false;
  let escaped = false;
  let key: number[] | undefined; // bytes of an object key being read
  let keyTooLong = false;
  /** Offset just past the last byte that was not white space (the end of an element). */
  let lastEnd = 0;
  /** Absolute offset of `buffer[0]`. */
  let base = 0;
  /** Frame text starts again here (absolute); -1 while inside a streamed list. */
  let copyFrom = 0;
  let streamedDepth = -1;

  const keepFrame = (from: number, to: number) => {
    if (to <= from) return;
    frameBytes += to - from;
    if (frameBytes > FRAME_LIMIT)
      throw new ReportError(
        `more than ${FRAME_LIMIT / 1024 / 1024} MiB outside its lists of findings; this report shape is not read`,
      );
    frame.push(Buffer.from(buffer.subarray(from - base, to - base)));
  };
  const closeElement = (container: Container) => {
    const list = container.list!;
    if (container.elementStart < 0) return;
    const start = container.elementStart;
    container.elementStart = -1;
    if (lastEnd - start > ELEMENT_LIMIT)
      throw new ReportError(
        `an element of ${describePath(list.path)} is larger than ${ELEMENT_LIMIT / 1024 / 1024} MiB`,
      );
    const batch = list.batches[list.batches.length - 1];
    if (batch && batch.count < BATCH_ELEMENTS && lastEnd - batch.start <= BATCH_BYTES) {
      batch.end = lastEnd;
      batch.count++;
    } else list.batches.push({ start, end: lastEnd, count: 1 });
  };

  let first = true;
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK, base);
    if (read === 0) break;
    let i = 0;
    if (first) {
      first = false;
      // A byte order mark is not part of the JSON text.
      if (read >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
        i = 3;
        copyFrom = 3;
      }
    }
    // Positions of the next quote and backslash in this piece (`read` when there is none), found with indexOf:
    // most of a report is string content, skipped here in one call instead of byte by byte.
    let nextQuote = -1;
    let nextBackslash = -1;
    const find = (byte: number, from: number) => {
      const found = buffer.indexOf(byte, from);
      return found < 0 || found >= read ? read : found;
    };
    for (; i < read; i++) {
      if (inString && !key) {
        if (escaped) {
          escaped = false;
          continue;
        }
        if (nextBackslash < i) nextBackslash = find(BACKSLASH, i);
        if (nextQuote < i) nextQuote = find(QUOTE, i);
        if (nextBackslash < nextQuote) {
          // Skip the backslash and the byte it escapes (which may be the first of the next piece).
          i = nextBackslash;
          escaped = true;
          continue;
        }
        if (nextQuote === read) {
          i = read;
          break;
        }
        i = nextQuote;
        inString = false;
        lastEnd = base + i + 1;
        continue;
      }
      const byte = buffer[i]!;
      const at = base + i;
      if (inString) {
        if (key && !keyTooLong) {
          if (key.length < KEY_LIMIT) key.push(byte);
          else keyTooLong = true;
        }
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) {
          inString = false;
          lastEnd = at + 1;
          if (key) {
            const top = stack[stack.length - 1]!;
            top.key = keyTooLong ? undefined : decodeKey(key);
            key = undefined;
          }
        }
        continue;
      }
      if (isSpace(byte)) continue;
      const top = stack[stack.length - 1];
      // The first byte of an element directly inside a streamed list.
      if (top?.list && top.elementStart < 0 && byte !== COMMA && byte !== 0x5d && byte !== 0x7d) top.elementStart = at;
      switch (byte) {
        case QUOTE:
          inString = true;
          if (top?.kind === 'object' && top.expectKey) {
            top.expectKey = false;
            // Only the keys of shallow objects can name a list.
            key = streamedDepth < 0 && stack.length <= 8 ? [QUOTE] : undefined;
            keyTooLong = false;
          }
          break;
        case 0x7b: // {
        case 0x5b: {
          // [
          if (stack.length >= DEPTH_LIMIT) throw new ReportError(`nested deeper than ${DEPTH_LIMIT} levels`);
          // Paths matter only above and up to the lists; inside a list (or deeper than any list) none is kept.
          const path: (string | number)[] = !top
            ? []
            : streamedDepth < 0 && stack.length <= 8
              ? [...top.path, top.kind === 'array' ? top.index : (top.key ?? '\u0000')]
              : NO_PATH;
          const kind = byte === 0x7b ? 'object' : 'array';
          const container: Container = {
            kind,
            path,
            index: 0,
            key: undefined,
            expectKey: kind === 'object',
            list: undefined,
            elementStart: -1,
          };
          // The top level is a list only when it is an array (gitleaks); an object at the top is the frame.
          if (
            streamedDepth < 0 &&
            stack.length <= 8 &&
            (path.length > 0 || kind === 'array') &&
            matches(path, patterns)
          ) {
            container.list = { path, kind, batches: [] };
            lists.push(container.list);
            keepFrame(copyFrom, at + 1);
            copyFrom = -1;
            streamedDepth = stack.length;
          }
          stack.push(container);
          break;
        }
        case 0x7d: // }
        case 0x5d: {
          // ]
          const closing = stack.pop();
          if (!closing || closing.kind !== (byte === 0x7d ? 'object' : 'array'))
            throw new ReportError('not valid JSON');
          if (closing.list) {
            closeElement(closing);
            streamedDepth = -1;
            copyFrom = at;
          }
          break;
        }
        case COMMA:
          if (top?.list) closeElement(top);
          if (top?.kind === 'array') top.index++;
          else if (top) top.expectKey = true;
          break;
        case COLON:
          break;
      }
      lastEnd = at + 1;
    }
    // Keep the frame text of this piece before the buffer is reused.
    if (copyFrom >= 0) {
      keepFrame(Math.max(copyFrom, base), base + read);
      copyFrom = base + read;
    }
    base += read;
  }
  if (inString || stack.length) throw new ReportError('not valid JSON (it ends too early)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(frame).toString('utf8'));
  } catch {
    throw new ReportError('not valid JSON');
  }
  return { frame: parsed, lists };
}

function decodeKey(bytes: number[]): string | undefined {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as string;
  } catch {
    return undefined;
  }
}

export function describePath(path: (string | number)[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('') || 'the top level';
}

/** Reads one batch back and parses it: an array of elements, or an object of members. */
export function readBatch(file: string, list: StreamedList, batch: Batch): unknown[] | Record<string, unknown> {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(batch.end - batch.start);
    let done = 0;
    while (done < bytes.length) {
      const read = readSync(fd, bytes, done, bytes.length - done, batch.start + done);
      if (read === 0) throw new ReportError('changed while it was read');
      done += read;
    }
    const text = bytes.toString('utf8');
    return JSON.parse(list.kind === 'array' ? `[${text}]` : `{${text}}`) as unknown[] | Record<string, unknown>;
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError(`not valid JSON (in ${describePath(list.path)})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts `value` at `path` inside `root` (the path exists: it was read from this document) and returns the document:
 * `value` itself when the list is the top level.
 */
export function withList(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return root;
}
