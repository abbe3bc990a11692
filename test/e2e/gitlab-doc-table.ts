/** The inputs table of docs/gitlab-kit.md, rendered from a template's `spec:inputs` header (the generator's own). */
export { gitlabInputsTable } from '../../src/pipeline/render.js';
