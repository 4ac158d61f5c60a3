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
  /** The exception this one reports (kept for --debug's stack trace). */
  cause?: unknown;
}

export abstract class TempofuseError extends Error {
  abstract readonly code: string;
  loc?: string;
  node?: string;
  readonly expected?: string;
  readonly found?: string;
  readonly detail: string;

  constructor(detail: string, info: ErrorDetail = {}) {
    super(detail, { cause: info.cause });
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
/** An artifact whose manifest breaks its schema (a key missing or of the wrong type, a reference to nothing,
 *  sizes that disagree), is of another format version, or names files changed since compile. */
export class ManifestError extends TempofuseError { readonly code = 'E_MANIFEST'; }
/** A dataset that cannot be read as asked: an annotation line that is malformed or names a missing video or
 *  an unknown label (`loc` is "file:line"), a video ffmpeg cannot decode or that has fewer frames than
 *  asked, ffmpeg itself missing, or a bad dataset option or spec. */
export class DataError extends TempofuseError { readonly code = 'E_DATA'; }
/** A malformed .safetensors file. */
export class SafetensorsError extends TempofuseError { readonly code = 'E_SAFETENSORS'; }
/** A PyTorch checkpoint (.pth/.pt: zip + pickle) that is malformed or holds something this reader refuses. */
export class CheckpointError extends TempofuseError { readonly code = 'E_CHECKPOINT'; }
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
/** Loading a network took longer than its time limit (a build function that does not return). */
export class TimeoutError extends TempofuseError { readonly code = 'E_TIMEOUT'; }
/** An exception of the network's own code (not tempofuse's) while it was loaded or built; `loc` is the
 *  network's line that raised it and `cause` the exception itself. */
export class NetworkCodeError extends TempofuseError { readonly code = 'E_NETWORK_CODE'; }

/** An optimizer, parameter-group or learning-rate-schedule setting that is out of range or inconsistent (a
 *  parameter claimed by two groups, a group naming a parameter the network does not have). */
export class OptimizerError extends TempofuseError { readonly code = 'E_OPTIMIZER'; }

/** A training run that cannot go on as asked: its loss diverged, or a checkpoint to resume was written by a run
 *  with other settings. */
export class TrainingError extends TempofuseError { readonly code = 'E_TRAINING'; }

/** A gradient asked through a node whose op has no VJP expressible with the ops the graph has: the
 *  message names the node, its op, its location and the op its backward would need. */
export class NotDifferentiableError extends TempofuseError { readonly code = 'E_NOT_DIFFERENTIABLE'; }

/** A compiler bug: an invariant of tempofuse's own code that failed, whatever the input. Not a
 *  TempofuseError, so that no handler of bad input takes it for one; its message says so and what to
 *  send with a report. */
export class InternalError extends Error {
  readonly code = 'E_INTERNAL';
  readonly detail: string;
  readonly loc?: string;
  readonly node?: string;
  /** The kernel it happened in, when known. */
  readonly kernel?: string;

  constructor(detail: string, info: ErrorSite & { kernel?: string; cause?: unknown } = {}) {
    const where = [info.loc, info.node, info.kernel !== undefined ? `kernel ${info.kernel}` : undefined].filter(Boolean).join(' ');
    super(`${where ? `${where}: ` : ''}${detail}. This is a tempofuse bug; please report it with the command that was run ` +
      'and the network it was given (its file, or the graph as `tempofuse inspect --json` prints it)', { cause: info.cause });
    this.name = 'InternalError';
    this.detail = detail;
    this.loc = info.loc;
    this.node = info.node;
    this.kernel = info.kernel;
  }

  toLine(): string {
    return `${this.name}: ${this.message}`;
  }
}
