import type { Scalar } from 'yaml';
import type { Locatable, Span } from '../../core/finding.js';
import { pathString, type KeyPath } from '../yaml/document.js';
import type { FileContext } from './context.js';
import {
  accessesOf,
  parseCached,
  type ContextAccess,
  type ExprNode,
  type ExpressionError,
} from './expressions/index.js';
import type { Action, Expression, Job, Step, Str, Workflow } from './model.js';

/** One `${{ … }}` (or bare `if:` condition) of a string value; offsets, spans and the parse are worked out on first use. */
export class ExpressionImpl implements Expression {
  private parsed = false;
  private cachedAst: ExprNode | undefined = undefined;
  private cachedError: ExpressionError | undefined = undefined;
  private cachedAccesses: readonly ContextAccess[] | undefined = undefined;
  private cachedSpan: Span | undefined = undefined;
  private cachedPath: string | undefined = undefined;
  workflow: Workflow | undefined = undefined;
  action: Action | undefined = undefined;
  job: Job | undefined = undefined;
  step: Step | undefined = undefined;

  constructor(
    private readonly context: FileContext,
    /** The scalar holding the expression and its string value, for the value-to-file offset map. */
    private readonly scalar: Scalar,
    private readonly scalarValue: string,
    readonly text: string,
    readonly body: string,
    readonly form: 'embedded' | 'bare',
    /** Offsets into the value. */
    private readonly valueStart: number,
    private readonly valueBodyStart: number,
    readonly closed: boolean,
    readonly keyPath: KeyPath,
    readonly place: string,
    readonly entry: string | undefined,
    readonly value: Str,
    readonly whole: boolean,
    readonly owner: Expression['owner'],
  ) {}

  get path(): string {
    return (this.cachedPath ??= pathString(this.keyPath));
  }

  private map(offset: number): number {
    return this.context.offsets(this.scalar, this.scalarValue)(offset);
  }

  get start(): number {
    return this.map(this.valueStart);
  }

  get end(): number {
    return this.map(this.valueStart + this.text.length - 1) + 1;
  }

  get bodyStart(): number {
    return this.map(this.valueBodyStart);
  }

  get span(): Span {
    return (this.cachedSpan ??= this.context.file.spanOf(this.start, this.end));
  }

  atBody(start: number, end: number): Locatable {
    const from = this.map(this.valueBodyStart + start);
    const to = this.map(this.valueBodyStart + Math.max(start, end - 1)) + 1;
    return { span: this.context.file.spanOf(from, Math.max(to, from + 1)), path: this.path };
  }

  private parse(): void {
    if (this.parsed) return;
    this.parsed = true;
    const { ast, error } = parseCached(this.body);
    this.cachedAst = ast;
    this.cachedError = error;
  }

  get ast(): ExprNode | undefined {
    this.parse();
    return this.cachedAst;
  }

  get error(): ExpressionError | undefined {
    this.parse();
    return this.cachedError;
  }

  get accesses(): readonly ContextAccess[] {
    if (this.cachedAccesses) return this.cachedAccesses;
    const ast = this.ast;
    return (this.cachedAccesses = ast ? accessesOf(ast) : []);
  }
}
