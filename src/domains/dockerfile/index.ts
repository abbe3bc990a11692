import type { Domain } from '../../core/domain.js';
import type { DockerfileHooks } from './hooks.js';
import type { DockerfileModel } from './model.js';
import { parseDockerfile } from './parse.js';

export type { DockerfileHooks } from './hooks.js';
export type {
  DockerfileModel,
  DockerInstruction,
  DockerStage,
  DockerImageRef,
  InstructionKeyword,
} from './model.js';
export { INSTRUCTION_KEYWORDS } from './model.js';

/**
 * Hooks (DockerfileHooks): `file` (the model), `stage`, `instruction`, one per keyword (`RUN`, `FROM`, …), then
 * `exit`. Instructions of a stage are walked right after the stage; an ONBUILD's trigger (`trigger`, whose `onbuild` is
 * set) right after the ONBUILD.
 */
export const dockerfileDomain: Domain<DockerfileModel, DockerfileHooks> = {
  id: 'dockerfile',
  parse: parseDockerfile,
  walk(model, emit) {
    emit('file', model);
    for (const instruction of model.instructions) {
      if (instruction.keyword === 'FROM' && instruction.stage) emit('stage', instruction.stage);
      emit('instruction', instruction);
      emit(instruction.keyword, instruction);
      const { trigger } = instruction;
      if (trigger) {
        emit('instruction', trigger);
        emit(trigger.keyword, trigger);
      }
    }
    emit('exit', model);
  },
};

export { isDockerfileName } from './name.js';
