"""The batch loop shared by the oracle runners: read DIR/cases.json and DIR/inputs.safetensors, run each
case, write DIR/outputs.safetensors and DIR/errors.json ({case id: message} for cases that failed; one
failing case does not stop the batch)."""
import json
import os
import traceback

import torch

import safetensors_io


def run_batch(d, run_case):
    """run_case(case, tensors) -> ({output key: tensor}, {output key: IR dtype or None})."""
    with open(os.path.join(d, "cases.json")) as f:
        cases = json.load(f)
    tensors = safetensors_io.load(os.path.join(d, "inputs.safetensors"))
    outputs, dtypes, errors = {}, {}, {}
    for c in cases:
        try:
            with torch.no_grad():
                outs, dts = run_case(c, tensors)
            outputs.update(outs)
            dtypes.update(dts)
        except Exception as e:
            errors[c["id"]] = "%s: %s\n%s" % (type(e).__name__, e, traceback.format_exc(limit=3))
    safetensors_io.save(os.path.join(d, "outputs.safetensors"), outputs, dtypes)
    with open(os.path.join(d, "errors.json"), "w") as f:
        json.dump(errors, f)


def run_modules(d, modules):
    """The batch loop for module oracles: each case names a reference in `modules` (config, inputs by
    name, params by state_dict key -> outputs by name); outputs are keyed "<case id>/<output name>"."""
    def run_case(c, tensors):
        fn = modules.get(c["module"])
        if fn is None:
            raise KeyError("no oracle for module '%s'" % c["module"])
        ins = {k: tensors[v] for k, v in c["inputs"].items()}
        params = {k: tensors[v] for k, v in c["params"].items()}
        return {"%s/%s" % (c["id"], name): t for name, t in fn(c["config"], ins, params).items()}, {}
    run_batch(d, run_case)
