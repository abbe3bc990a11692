export { contextAccesses, visit, type ContextAccess, type ExprNode, type PathSegment } from './ast.js';
export { ACTION_CONTEXTS, ALL_CONTEXTS, workflowAvailability, type Availability } from './contexts.js';
export { arityText, FUNCTIONS, type FunctionSpec } from './functions.js';
export { ExpressionError, tokenize, type Token } from './lexer.js';
export { parseExpression } from './parser.js';
export { accessesOf, parseCached } from './cache.js';
export { scanEmbedded, type Embedded } from './scan.js';
