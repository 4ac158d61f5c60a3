"""Run a batch of single-op cases with PyTorch.

usage: run_ops.py DIR
DIR/cases.json: [{"id": str, "op": str, "attrs": {...}, "inputs": [tensor keys], "dtype": out dtype}]
DIR/inputs.safetensors: the input tensors by key.
Writes DIR/outputs.safetensors (one tensor per case id) and DIR/errors.json ({id: message}) for cases
PyTorch rejects or that have no oracle."""
import json
import os
import sys
import traceback

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import safetensors_io  # noqa: E402
from ops import OPS  # noqa: E402

torch.set_num_threads(1)


def main(d):
    with open(os.path.join(d, "cases.json")) as f:
        cases = json.load(f)
    tensors = safetensors_io.load(os.path.join(d, "inputs.safetensors"))
    outputs, errors = {}, {}
    for c in cases:
        fn = OPS.get(c["op"])
        if fn is None:
            errors[c["id"]] = "no oracle for op '%s'" % c["op"]
            continue
        try:
            args = [tensors[k] for k in c["inputs"]]
            outputs[c["id"]] = fn(args, c["attrs"])
        except Exception as e:  # report, do not stop the batch
            errors[c["id"]] = "%s: %s" % (type(e).__name__, e) + "\n" + traceback.format_exc(limit=3)
    safetensors_io.save(os.path.join(d, "outputs.safetensors"), outputs, {c["id"]: c["dtype"] for c in cases})
    with open(os.path.join(d, "errors.json"), "w") as f:
        json.dump(errors, f)


if __name__ == "__main__":
    main(sys.argv[1])
