// The seeded generator lives in ir/ so that every layer (data/ included) draws from the same one.
export { Rng } from '../ir/random.ts';
