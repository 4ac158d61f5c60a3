// What a run gives when asked for every value it stored (runKernels): the executors produce it and the
// sessions pass it on, so it lives below both (the session opens the executors).
import type { Tensor } from '../ir/tensor.ts';

/** The outputs, and every stored value (inputs, params, constants, intermediates, outputs) by node id. */
export interface KernelValues {
  readonly outputs: Map<string, Tensor>;
  readonly values: Map<number, Tensor>;
}
