// web-tree-sitter's CommonJS build: its ES module build finds Node's helpers through `import("module")`, which the
// bundler rewrites into something that no longer works.
module.exports = require('web-tree-sitter');
