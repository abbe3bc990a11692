// Apart from the parser, so that telling a Dockerfile by its name does not load dockerfile-ast.
const DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|dockerfile)$/;

export function isDockerfileName(baseName: string): boolean {
  return DOCKERFILE_NAME.test(baseName);
}
