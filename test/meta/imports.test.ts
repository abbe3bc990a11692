import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

interface Import {
  /** Importing file, relative to src/. */
  from: string;
  /** The specifier as written. */
  specifier: string;
  /** For relative specifiers: the target relative to src/ (e.g. `core/engine.js`). */
  target?: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Static imports, re-exports and dynamic imports with a literal specifier. */
export function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  for (const match of text.matchAll(
    /(?:^|[;\s])(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    specifiers.push((match[1] ?? match[2] ?? match[3])!);
  }
  return specifiers;
}

const imports: Import[] = sourceFiles(SRC).flatMap((file) => {
  const from = relative(SRC, file).split('\\').join('/');
  return importsOf(readFileSync(file, 'utf8')).map((specifier) => ({
    from,
    specifier,
    ...(specifier.startsWith('.')
      ? {
          target: relative(SRC, resolve(dirname(file), specifier))
            .split('\\')
            .join('/'),
        }
      : {}),
  }));
});
const layer = (path: string): string => (path.includes('/') ? path.slice(0, path.indexOf('/')) : path);
const show = (entry: Import): string => `src/${entry.from} imports ${entry.specifier}`;

describe('import boundaries: actions/, cli/ → formats/, … → rules/ → domains/ → core/', () => {
  test('the scan sees the source tree', () => {
    expect(imports.some((entry) => entry.from.startsWith('core/'))).toBe(true);
    expect(imports.some((entry) => entry.specifier === '@actions/core')).toBe(true);
  });

  test('only src/actions/** imports @actions/* (the same code runs from the CLI in GitLab jobs)', () => {
    expect(
      imports
        .filter((entry) => entry.specifier.startsWith('@actions/') && !entry.from.startsWith('actions/'))
        .map(show),
    ).toEqual([]);
  });

  test('src/core/** imports nothing of the project outside core', () => {
    expect(
      imports
        .filter((entry) => entry.from.startsWith('core/') && entry.target && !entry.target.startsWith('core/'))
        .map(show),
    ).toEqual([]);
  });

  test('nothing below the entry points imports src/actions/** or src/cli/**', () => {
    const entryLayers = ['actions', 'cli'];
    expect(
      imports
        .filter(
          (entry) =>
            entry.target && entryLayers.includes(layer(entry.target)) && layer(entry.target) !== layer(entry.from),
        )
        .map(show),
    ).toEqual([]);
  });

  test('src/formats/** imports only core, formats and version', () => {
    expect(
      imports
        .filter(
          (entry) =>
            entry.from.startsWith('formats/') &&
            entry.target &&
            !['core', 'formats', 'version.js'].includes(layer(entry.target)),
        )
        .map(show),
    ).toEqual([]);
  });

  test('importsOf reads every import form', () => {
    expect(
      importsOf(
        "import a from './a.js';\nimport { b,\n c } from \"../b.js\";\nimport type { T } from './t.js';\nexport * from './e.js';\nimport './side.js';\nconst m = await import('@actions/core');\nconst s = 'import x from \"nope\"';",
      ),
    ).toEqual(['./a.js', '../b.js', './t.js', './e.js', './side.js', '@actions/core']);
  });
});
