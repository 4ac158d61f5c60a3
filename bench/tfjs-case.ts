// What a case written with TF.js ops is: given TF.js and the graph's tensors by input/param name, the
// outputs by the graph's output names. (Its own file so that the case table and the blocks it lists
// import it without importing each other.)
import type * as tfType from '@tensorflow/tfjs-core';

export type TfCase = (tf: typeof tfType, t: Record<string, tfType.Tensor>) => Record<string, tfType.Tensor>;
