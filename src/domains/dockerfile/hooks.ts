import type { DockerfileModel, DockerInstruction, DockerStage, InstructionKeyword } from './model.js';

/**
 * The hooks the Dockerfile walk emits, in this order: `file` (the model); for each instruction `stage` (on a FROM
 * that opens a stage), `instruction`, then the hook named by its keyword (`RUN`, `FROM`, … from
 * INSTRUCTION_KEYWORDS), whose node's `keyword` is that keyword; finally `exit` (the model).
 */
export type DockerfileHooks = {
  file: DockerfileModel;
  stage: DockerStage;
  instruction: DockerInstruction;
  exit: DockerfileModel;
} & { [Keyword in InstructionKeyword]: DockerInstruction & { keyword: Keyword } };

declare module '../../core/rule.js' {
  interface DomainHookMaps {
    dockerfile: { model: DockerfileModel; hooks: DockerfileHooks };
  }
}
