// Tests compare tensors the way `tempofuse diff` does.
export { compareTensors, type Diff } from '../../runtime/compare.ts';
