"""The blocks as PyTorch modules, for the benchmarks: the oracle's modules (test/oracle/block_*.py, written
from the official code as spec/modules.md describes it), built from a config and loaded with the
parameters tempofuse drew (same state_dict keys, strict). Eval mode, float32."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "oracle"))
from block_dtf import DTFRef  # noqa: E402
from block_tam import TAM  # noqa: E402

# the oracle modules pin one thread for reproducible tests; a benchmark uses the machine
torch.set_num_threads(os.cpu_count() or 1)


def build_block(block, cfg, params):
    """An eval-mode module whose forward takes the block's input x and returns its output y."""
    if block == "tam":
        m = TAM(cfg["channels"], cfg["segments"])
        forward = m
    elif block == "dtf":
        m = DTFRef(cfg["channels"], cfg["clipLen"])
        forward = lambda x: m(x)["y"]  # noqa: E731
    else:
        raise KeyError("no PyTorch module for block '%s'" % block)
    m.load_state_dict(params, strict=True)
    m.eval()
    return m, forward
