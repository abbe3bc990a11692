import { parseAllDocuments, visit, type Document } from 'yaml';
import { SourceFile } from '../../../src/core/source.js';
import { parseYaml } from '../../../src/domains/yaml/document.js';

/** Every node of the documents: its type, range and value, in visiting order. */
function shape(documents: Document[]): string[] {
  return documents.map((document) => {
    const nodes: string[] = [];
    visit(document, {
      Node(_, node) {
        const { range } = node as { range?: number[] };
        nodes.push(
          `${node.constructor.name}@${range}=${JSON.stringify((node as { toJSON?: () => unknown }).toJSON?.())}`,
        );
      },
    });
    return nodes.join(' ');
  });
}

const deployment = (name: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  labels: {app: ${name}}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app # the server\n          image: "r/${name}:1"\n          args: [--port, "8080"]\n          command: |\n            run\n`;

describe('files of several documents', () => {
  test.each([
    ['two documents', `${deployment('a')}---\n${deployment('b')}`],
    ['a leading marker and a trailing comment', `---\n${deployment('a')}---\n${deployment('b')}# end\n`],
    ['comments before the first marker (left to yaml)', `# generated\n---\n${deployment('a')}`],
    ['an empty document (left to yaml)', `${deployment('a')}---\n---\n${deployment('b')}`],
    ['a marker at the end (left to yaml)', `${deployment('a')}---\n`],
    ['a marker with trailing spaces', `${deployment('a')}---  \n${deployment('b')}`],
    ['many documents', Array.from({ length: 50 }, (_, i) => deployment(`app${i}`)).join('---\n')],
  ])('%s: the same nodes, values and ranges as yaml', (_, text) => {
    const ours = parseYaml(new SourceFile('deploy/app.yaml', text));
    const theirs = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false, strict: true, merge: true });
    expect(ours.problems).toEqual([]);
    expect(shape(ours.documents)).toEqual(shape(Array.isArray(theirs) ? theirs : [theirs]));
  });

  test('a duplicate key in the second document is still a problem at its line', () => {
    const text = `${deployment('a')}---\napiVersion: v1\nkind: Service\nkind: Service\n`;
    const { problems } = parseYaml(new SourceFile('deploy/app.yaml', text));
    expect(problems.map((problem) => problem.at.span.line)).toEqual([18]);
  });
});
