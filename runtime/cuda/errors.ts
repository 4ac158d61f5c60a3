// Errors of the CUDA runtime. The addon throws plain Errors carrying a code ('E_NO_CUDA_DEVICE', 'E_CUDA',
// 'E_NVRTC') and, for a failed CUDA call, the call and its CUresult; fromNative() turns them into the typed
// errors of ir/errors.ts:
//   NoCudaDeviceError (a TargetError): no driver, a driver that cannot start, or no device with that ordinal;
//   CudaError (a DeviceError): a CUDA call that failed, with cudaCall ("cuMemAlloc_v2") and cudaResult
//   ("CUDA_ERROR_OUT_OF_MEMORY") as fields and in the message.
import { DeviceError, TargetError, type ErrorDetail } from '../../ir/errors.ts';

/** The CUDA target is not usable on this machine (no driver, no device, or no device with that ordinal). */
export class NoCudaDeviceError extends TargetError {}

/** A CUDA driver or NVRTC call that failed. */
export class CudaError extends DeviceError {
  /** The entry point that failed, as resolved (e.g. "cuMemAlloc_v2", "cuStreamSynchronize", "nvrtcCompileProgram"). */
  readonly cudaCall?: string;
  /** The CUresult (or nvrtcResult) name, e.g. "CUDA_ERROR_ILLEGAL_ADDRESS". */
  readonly cudaResult?: string;
  readonly cudaCode?: number;

  constructor(detail: string, info: ErrorDetail & { cudaCall?: string; cudaResult?: string; cudaCode?: number } = {}) {
    super(detail, info);
    this.cudaCall = info.cudaCall;
    this.cudaResult = info.cudaResult;
    this.cudaCode = info.cudaCode;
  }
}

interface NativeError extends Error {
  code?: string;
  cudaCall?: string;
  cudaResult?: string;
  cudaCode?: number;
}

/** The typed error for an exception thrown by the addon; `context` ("loading kernel k0_add") prefixes the
 *  message. TypeErrors and RangeErrors (bad arguments: a bug of the caller) pass through unchanged. */
export function fromNative(e: unknown, context?: string): Error {
  if (!(e instanceof Error)) return new CudaError(`${context ? context + ': ' : ''}${String(e)}`);
  const n = e as NativeError;
  const prefix = context ? `${context}: ` : '';
  if (n.code === 'E_NO_CUDA_DEVICE') return new NoCudaDeviceError(n.message);
  if (n.code === 'E_CUDA' || n.code === 'E_NVRTC') {
    return new CudaError(prefix + n.message, { cudaCall: n.cudaCall, cudaResult: n.cudaResult, cudaCode: n.cudaCode });
  }
  if (context && (e instanceof TypeError || e instanceof RangeError)) e.message = prefix + e.message;
  return e;
}

/** Run a call into the addon, rethrowing its failure as a typed error. */
export function native<T>(context: string | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw fromNative(e, context);
  }
}

/** Await a Promise from the addon, rejecting with a typed error. */
export async function nativeAsync<T>(context: string | undefined, p: () => Promise<T>): Promise<T> {
  try {
    return await p();
  } catch (e) {
    throw fromNative(e, context);
  }
}
