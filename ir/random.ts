// A small seeded generator (mulberry32) with normal draws (Box-Muller): deterministic across runs and
// machines, so "--seed 0" means the same parameters and inputs everywhere.
export class Rng {
  private s: number;
  private spare: number | undefined;

  constructor(seed: number) {
    this.s = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  uniform(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /** Integer in [low, high). */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low));
  }

  normal(mean = 0, std = 1): number {
    if (this.spare !== undefined) {
      const v = this.spare;
      this.spare = undefined;
      return mean + std * v;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    const th = 2 * Math.PI * this.next();
    this.spare = r * Math.sin(th);
    return mean + std * r * Math.cos(th);
  }
}
