"""Run a batch of single-op cases with PyTorch.

usage: run_ops.py DIR
DIR/cases.json: [{"id": str, "op": str, "attrs": {...}, "inputs": [tensor keys], "dtype": out dtype}]
DIR/inputs.safetensors: the input tensors by key.
Writes DIR/outputs.safetensors (one tensor per case id, converted to the dtype the graph declares) and
DIR/errors.json for cases PyTorch rejects or that have no oracle."""
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import run_batch  # noqa: E402
from ops import OPS  # noqa: E402

torch.set_num_threads(1)


def run_case(c, tensors):
    fn = OPS.get(c["op"])
    if fn is None:
        raise KeyError("no oracle for op '%s'" % c["op"])
    return {c["id"]: fn([tensors[k] for k in c["inputs"]], c["attrs"])}, {c["id"]: c["dtype"]}


if __name__ == "__main__":
    run_batch(sys.argv[1], run_case)
