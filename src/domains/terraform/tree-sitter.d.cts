import TreeSitter = require('web-tree-sitter');
export = TreeSitter;
