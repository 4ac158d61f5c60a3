// Parameters that stay on a device across runs. A loaded program keeps the parameter tensors last bound,
// each with a version, and every set of device buffers it runs on records the version each of its parameter
// buffers holds: a run uploads its inputs, and only the parameters whose binding changed since those buffers
// last received them.
//   run(inputs, params)  binds the full set; a name bound to another Tensor object than before is uploaded
//                        again. A bound Tensor is taken as unchanging: to upload new values written into the
//                        same object, name it in setParams.
//   run(inputs)          runs on the parameters already bound.
//   setParams(some)      binds the given names anew; each is uploaded at the next run, same object or not.
import type { Tensor } from '../ir/tensor.ts';
import { checkBindings, type Declared } from './bindings.ts';

/** Host-to-device copies a loaded program has made, by what they carried (diagnostics; tests count them). */
export interface UploadCounts {
  inputs: number;
  params: number;
  constants: number;
  bytes: number;
}

export const noUploads = (): UploadCounts => ({ inputs: 0, params: 0, constants: 0, bytes: 0 });

/** Which version of each parameter one set of device buffers holds, by name. */
export type HeldVersions = Map<string, number>;

export class ResidentParams {
  private readonly bound = new Map<string, { readonly tensor: Tensor; readonly version: number }>();
  private version = 0;

  constructor(private readonly declared: readonly Declared[]) {}

  /** Bind every parameter (checked as a run's params are); a name given another Tensor gets a new version. */
  bindAll(params: ReadonlyMap<string, Tensor>): void {
    checkBindings(this.declared, 'param', params);
    for (const [name, tensor] of params) if (this.bound.get(name)?.tensor !== tensor) this.bind(name, tensor);
  }

  /** Bind some parameters anew: every one given is uploaded again at the next run. */
  update(params: ReadonlyMap<string, Tensor>): void {
    checkBindings(this.declared, 'param', params, { partial: true });
    for (const [name, tensor] of params) this.bind(name, tensor);
  }

  /** ParamMismatchError naming each parameter never bound, when a run gives none. */
  requireAll(): void {
    checkBindings(this.declared, 'param', this.tensors());
  }

  /** The bound tensors, by name. */
  tensors(): Map<string, Tensor> {
    return new Map([...this.bound].map(([name, b]) => [name, b.tensor] as const));
  }

  /** Upload to one set of buffers every parameter it does not hold in its bound version. */
  sync(held: HeldVersions, upload: (name: string, t: Tensor) => void): void {
    for (const [name, b] of this.bound) {
      if (held.get(name) === b.version) continue;
      upload(name, b.tensor);
      held.set(name, b.version);
    }
  }

  private bind(name: string, tensor: Tensor): void {
    this.bound.set(name, { tensor, version: ++this.version });
  }
}
