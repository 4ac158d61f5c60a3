// The one line `run` prints per output: statistics over the finite values, with NaN and ±Inf counted.
import { describe, expect, it } from 'vitest';
import { describeTensor } from '../../cli/common.ts';
import { Tensor } from '../../ir/tensor.ts';

describe('describeTensor', () => {
  it('gives mean, std, min and max of a finite tensor', () => {
    expect(describeTensor('y', Tensor.from('f32', [2, 2], [1, 2, 3, 4])))
      .toBe('y  f32  [2,2]  mean 2.5000  std 1.1180  min 1.0000  max 4.0000');
  });

  it('counts NaN and infinities and leaves them out of the statistics', () => {
    expect(describeTensor('y', Tensor.from('f32', [6], [1, NaN, 3, Infinity, NaN, -Infinity])))
      .toBe('y  f32  [6]  mean 2.0000  std 1.0000  min 1.0000  max 3.0000  nan 2  inf 2');
  });

  it('says so when no value is finite, rather than printing min Infinity max -Infinity', () => {
    expect(describeTensor('y', Tensor.from('f32', [3], [NaN, NaN, NaN]))).toBe('y  f32  [3]  no finite values  nan 3');
    expect(describeTensor('y', Tensor.from('f32', [1], [-Infinity]))).toBe('y  f32  [1]  no finite values  inf 1');
  });

  it('an empty tensor is empty', () => {
    expect(describeTensor('y', Tensor.from('f32', [0, 3], []))).toBe('y  f32  [0,3]  empty');
  });
});
