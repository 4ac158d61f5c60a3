// Source ops have no inputs: the backward sweep ends at them.
import { noGradient, type VjpRule } from '../rule.ts';

export const SOURCE_VJPS: Record<string, VjpRule> = { input: noGradient, param: noGradient, const: noGradient };
