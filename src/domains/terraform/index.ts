import type { Domain } from '../../core/domain.js';
import { loadHclParser } from './grammar.js';
import type { TerraformHooks } from './hooks.js';
import { TOP_LEVEL_BLOCKS, type TerraformFile, type TopLevelBlock } from './model.js';
import { parseHcl } from './parse.js';
import { parseTerraformJson } from './parse-json.js';

export type { TerraformHooks } from './hooks.js';
export type { TerraformFile, TfAttribute, TfBlock, TfExpression, TfObjectEntry, TopLevelBlock } from './model.js';
export { addressOf, blockOf, blocksOf, TOP_LEVEL_BLOCKS } from './model.js';
export { folderOf } from './parse.js';

const TOP_LEVEL = new Set<string>(TOP_LEVEL_BLOCKS);

/** The Terraform domain, once its grammar is loaded (a run loads it on its first `.tf` file). */
export async function loadTerraformDomain(): Promise<Domain<TerraformFile, TerraformHooks>> {
  const parser = await loadHclParser();
  return {
    id: 'terraform',
    parse: (file) => (file.path.endsWith('.json') ? parseTerraformJson(file) : parseHcl(parser, file)),
    walk(model, emit) {
      emit('file', model);
      for (const block of model.blocks) {
        emit('block', block);
        if (TOP_LEVEL.has(block.type)) emit(block.type as TopLevelBlock, block);
      }
      emit('exit', model);
    },
  };
}
