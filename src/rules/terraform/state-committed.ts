import picomatch from 'picomatch';
import { defineRule } from '../../core/rule.js';
import { inModule } from './support/module.js';

/** Files that only exist once Terraform has run in the folder: state, its backup, and what `init` downloads. */
const RUN_FILES = [
  'terraform.tfstate',
  'terraform.tfstate.backup',
  '.terraform/terraform.tfstate',
  '.terraform/modules/modules.json',
  '.terraform/environment',
];

export default defineRule({
  meta: {
    id: 'tf/state-committed',
    domain: 'terraform',
    description: 'No Terraform state file or `.terraform/` folder sits in the repository.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 7.5,
    messages: {
      state:
        '`{{path}}` is in the repository: state holds every resource attribute in clear text, passwords and keys included. Delete it from the history, keep state in a remote backend and ignore `*.tfstate*` and `.terraform/`.',
    },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          if (module.anchor !== file) return;
          const prefix = module.folder ? `${module.folder}/` : '';
          // What .gitignore (at the root or beside the module) leaves out is not in the repository.
          const patterns = [
            context.readFile('.gitignore'),
            module.folder ? context.readFile(`${prefix}.gitignore`) : undefined,
          ]
            .flatMap((text) => text?.split('\n') ?? [])
            .map((line) => line.trim())
            .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'))
            .map((line) => line.replace(/^\//, '').replace(/\/$/, ''));
          const ignored = picomatch(patterns.length > 0 ? patterns : ['\0'], { dot: true, basename: true });
          for (const name of RUN_FILES) {
            const path = `${prefix}${name}`;
            if (
              name.startsWith('.terraform/') ? ignored('.terraform') || ignored(path) : ignored(name) || ignored(path)
            )
              continue;
            if (!context.fileExists(path)) continue;
            context.report({
              at: {
                span: file.blocks[0]?.span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
                path: `state:${name}`,
              },
              messageId: 'state',
              data: { path },
            });
          }
        });
      },
    };
  },
});
