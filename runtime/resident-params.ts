// Parameters that stay on a device across runs. A loaded program keeps the parameter tensors last bound,
// each with a version, and every set of device buffers it runs on records the version each of its parameter
// buffers holds: a run uploads its inputs, and only the parameters whose binding changed since those buffers
// last received them.
//   run(inputs, params)  binds the full set; a name bound to another Tensor object than before is uploaded
//                        again. A bound Tensor is taken as unchanging: to upload new values written into the
//                        same object, name it in setParams.
//   run(inputs)          runs on the parameters already bound.
//   setParams(some)      binds the given names anew; each is uploaded at the next run, same object or not.
//   advance(name, held)  a run wrote the parameter's new value into those buffers (runtime/updates.ts): they
//                        hold a version the host has no copy of until it is read back (settle).
import type { Tensor } from '../ir/tensor.ts';
import { InternalError } from '../ir/errors.ts';
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
  /** tensor undefined: only the device buffers that advanced it hold the newest value. */
  private readonly bound = new Map<string, { readonly tensor: Tensor | undefined; readonly version: number }>();
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
    const stale = new Set(this.stale());
    checkBindings(this.declared.filter((d) => !stale.has(d.name)), 'param', this.tensors());
  }

  /** The bound tensors the host holds in their newest version, by name. */
  tensors(): Map<string, Tensor> {
    return new Map([...this.bound].flatMap(([name, b]) => (b.tensor ? [[name, b.tensor] as const] : [])));
  }

  /** Parameters whose newest value only the device holds. */
  stale(): string[] {
    return [...this.bound].filter(([, b]) => !b.tensor).map(([name]) => name);
  }

  /** A run wrote `name`'s new value into the buffers that hold `held`. */
  advance(name: string, held: HeldVersions): void {
    const version = ++this.version;
    this.bound.set(name, { tensor: undefined, version });
    held.set(name, version);
  }

  /** The host copy of a parameter the device advanced, read back: the same version as the device's. */
  settle(name: string, tensor: Tensor): void {
    const b = this.bound.get(name);
    if (b && !b.tensor) this.bound.set(name, { tensor, version: b.version });
  }

  /** Upload to one set of buffers every parameter it does not hold in its bound version. */
  sync(held: HeldVersions, upload: (name: string, t: Tensor) => void): void {
    for (const [name, b] of this.bound) {
      if (held.get(name) === b.version) continue;
      if (!b.tensor) throw new InternalError(`parameter '${name}' was advanced on other buffers and not read back before this upload`);
      upload(name, b.tensor);
      held.set(name, b.version);
    }
  }

  private bind(name: string, tensor: Tensor): void {
    this.bound.set(name, { tensor, version: ++this.version });
  }
}
