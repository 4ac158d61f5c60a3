// Typed errors. Every error on bad input is one of these: it names what was wrong (the node, op and
// source location when there is one), what was expected and what was found, in a single line.

export interface ErrorSite {
  /** Source location "file:line:col" of the node, when known. */
  loc?: string;
  /** The node, e.g. "%12 = conv". */
  node?: string;
}

export interface ErrorDetail extends ErrorSite {
  expected?: string;
  found?: string;
}

export abstract class TempofuseError extends Error {
  abstract readonly code: string;
  loc?: string;
  node?: string;
  readonly expected?: string;
  readonly found?: string;
  readonly detail: string;

  constructor(detail: string, info: ErrorDetail = {}) {
    super(detail);
    this.detail = detail;
    this.loc = info.loc;
    this.node = info.node;
    this.expected = info.expected;
    this.found = info.found;
    this.name = new.target.name;
    this.message = this.render();
  }

  /** Attach the node and location an error was raised for, unless it already names one. */
  at(site: ErrorSite): this {
    if (this.node === undefined && this.loc === undefined) {
      this.node = site.node;
      this.loc = site.loc;
      this.message = this.render();
    }
    return this;
  }

  private render(): string {
    const where = [this.loc, this.node].filter(Boolean).join(' ');
    const ef = this.expected !== undefined || this.found !== undefined
      ? ` (expected ${this.expected ?? '?'}, found ${this.found ?? '?'})`
      : '';
    return `${where ? where + ': ' : ''}${this.detail}${ef}`;
  }

  /** One line for a terminal: "ShapeError: examples/x.ts:3:9 %2 = add: ...". */
  toLine(): string {
    return `${this.name}: ${this.message}`;
  }
}

/** Shapes that do not fit the op's rule (broadcast, reduction axes, matmul inner dims, ...). */
export class ShapeError extends TempofuseError { readonly code = 'E_SHAPE'; }
/** A size, stride or index beyond what kernels index with 32-bit integers (ir/tensor.ts SIZE_LIMIT). */
export class SizeError extends TempofuseError { readonly code = 'E_SIZE'; }
/** A run that needs more host memory, or a tensor larger than the device binds, than there is. */
export class LimitError extends TempofuseError { readonly code = 'E_LIMIT'; }
/** A dtype the op does not accept, or operands whose dtypes differ. */
export class DTypeError extends TempofuseError { readonly code = 'E_DTYPE'; }
/** A missing, unknown or ill-typed attribute. */
export class AttrError extends TempofuseError { readonly code = 'E_ATTR'; }
/** An op name the registry does not know. */
export class UnknownOpError extends TempofuseError { readonly code = 'E_UNKNOWN_OP'; }
/** Wrong number of tensor inputs. */
export class ArityError extends TempofuseError { readonly code = 'E_ARITY'; }
/** A structurally bad graph: duplicate names, references to later or missing nodes, no outputs. */
export class GraphError extends TempofuseError { readonly code = 'E_GRAPH'; }
/** Text or JSON form that does not parse. `loc` is "line:col" in the parsed text. */
export class ParseError extends TempofuseError { readonly code = 'E_PARSE'; }
/** A file that is missing, unreadable, or of an unknown kind. */
export class FileError extends TempofuseError { readonly code = 'E_FILE'; }
/** A malformed .safetensors file. */
export class SafetensorsError extends TempofuseError { readonly code = 'E_SAFETENSORS'; }
/** Parameters given to a network whose names, shapes or dtypes do not match it. */
export class ParamMismatchError extends TempofuseError { readonly code = 'E_PARAMS'; }
/** Inputs given to a network whose names, shapes or dtypes do not match it. */
export class InputMismatchError extends TempofuseError { readonly code = 'E_INPUTS'; }
/** Bad values met while executing (an index out of range for gather, ...). */
export class ExecutionError extends TempofuseError { readonly code = 'E_EXEC'; }
/** A network definition module that does not export a graph builder. */
export class NetworkError extends TempofuseError { readonly code = 'E_NETWORK'; }
/** A target (backend) that is unknown, or not available on this machine. */
export class TargetError extends TempofuseError { readonly code = 'E_TARGET'; }
/** A GPU device error: validation failure or device loss, naming the kernel when there is one. */
export class DeviceError extends TempofuseError { readonly code = 'E_DEVICE'; }
/** Results that differ from the reference beyond the tolerance (tempofuse diff). */
export class MismatchError extends TempofuseError { readonly code = 'E_MISMATCH'; }
