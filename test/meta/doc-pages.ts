/** Reads a rule page in the format docs/rules/README.md describes. */

export interface DocExample {
  /** The section it is in, e.g. `Incorrect`. */
  section: string;
  lang: string;
  code: string;
  /** From `<!-- filename: … -->` right before the fence. */
  filename?: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
}

export interface DocPage {
  title: string;
  /** The first paragraph after the title. */
  description: string;
  /** The first table's first data row, by header. */
  table: Record<string, string>;
  /** `## ` headings in order. */
  sections: string[];
  /** Text of each section (without its heading). */
  sectionText: Record<string, string>;
  examples: DocExample[];
  /** `<!-- with-file: path -->` blocks per section: path → content. */
  withFiles: Record<string, Record<string, string>>;
}

const COMMENT = /^<!--\s*(filename|with-file)\s*:\s*(.+?)\s*-->$/;

export function parseDocPage(text: string): DocPage {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const page: DocPage = {
    title: '',
    description: '',
    table: {},
    sections: [],
    sectionText: {},
    examples: [],
    withFiles: {},
  };
  let section = '';
  let pending: { kind: string; value: string } | undefined;
  const sectionLines: Record<string, string[]> = {};
  const prose: string[] = [];
  const tableRows: string[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(`{3,}|~{3,})\s*([\w+-]*)\s*$/.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const body: string[] = [];
      let j = i + 1;
      const closing = new RegExp(`^\\s*\\${marker[0]}{${marker.length},}\\s*$`);
      while (j < lines.length && !closing.test(lines[j]!)) {
        body.push(lines[j]!);
        j++;
      }
      const code = body.length ? `${body.join('\n')}\n` : '';
      if (section) sectionLines[section]!.push(...lines.slice(i, j + 1));
      if (pending?.kind === 'with-file') {
        (page.withFiles[section] ??= {})[pending.value] = code;
      } else {
        page.examples.push({
          section,
          lang: fence[2] ?? '',
          code,
          line: i + 1,
          ...(pending?.kind === 'filename' ? { filename: pending.value } : {}),
        });
      }
      pending = undefined;
      i = j;
      continue;
    }
    const comment = COMMENT.exec(line.trim());
    if (comment) {
      pending = { kind: comment[1]!, value: comment[2]! };
      continue;
    }
    if (line.trim() !== '') pending = undefined;
    if (line.startsWith('# ') && !page.title) {
      page.title = line.slice(2).trim();
      continue;
    }
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) {
      section = heading[1]!;
      page.sections.push(section);
      sectionLines[section] = [];
      continue;
    }
    if (section) {
      sectionLines[section]!.push(line);
      continue;
    }
    if (line.trim().startsWith('|')) {
      tableRows.push(
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((cell) => cell.trim()),
      );
    } else if (page.title && tableRows.length === 0) {
      if (line.trim() === '' && prose.length > 0) {
        if (!page.description) page.description = prose.join(' ');
      } else if (line.trim() !== '' && !page.description) {
        prose.push(line.trim());
      }
    }
  }
  if (!page.description && prose.length > 0) page.description = prose.join(' ');
  const [header, , row] = tableRows;
  if (header && row) page.table = Object.fromEntries(header.map((name, i) => [name, row[i] ?? '']));
  for (const [name, body] of Object.entries(sectionLines)) page.sectionText[name] = body.join('\n').trim();
  return page;
}
