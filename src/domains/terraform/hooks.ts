import type { TerraformFile, TfBlock, TopLevelBlock } from './model.js';

/**
 * The hooks the Terraform walk emits, in this order: `file` (the model); for each top-level block `block`, then the
 * hook named by its type (`resource`, `data`, `module`, `provider`, `variable`, `locals`, `output`, `terraform`);
 * finally `exit` (the model). Blocks of other types (`moved`, `import`, `check`, …) get `block` only.
 */
export type TerraformHooks = {
  file: TerraformFile;
  block: TfBlock;
  exit: TerraformFile;
} & { [Type in TopLevelBlock]: TfBlock };

declare module '../../core/rule.js' {
  interface DomainHookMaps {
    terraform: { model: TerraformFile; hooks: TerraformHooks };
  }
}
