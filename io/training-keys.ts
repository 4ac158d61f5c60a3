// How a training checkpoint marks itself and its optimizer state (train/checkpoint.ts writes them; the
// parameter loader of the runtimes reads past them): the header metadata key that holds the run's state,
// and the name prefix of the optimizer's tensors.
export const TRAINING_KEY = 'tempofuse.training';
export const OPTIMIZER_PREFIX = 'optim.';
