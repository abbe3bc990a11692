/** Kept in step with package.json by a test. */
export const VERSION = '0.1.0';
export const TOOL_NAME = 'shipshape';
export const REPOSITORY_URL = 'https://github.com/shipshape-ci/shipshape';
