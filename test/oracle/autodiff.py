"""Oracle for gradients: runs a graph (the nodes of its JSON form) with the op oracles of ops.py in float64
under autograd, and returns PyTorch's vector-Jacobian product for the named inputs and parameters.

usage: autodiff.py DIR (the protocol of batch.py). A case is
  {"id", "nodes": [{"op", "inputs", "attrs"}...], "outputs": [{"name", "node"}...],
   "values": {input or param name: tensor key}, "cotangents": {output name: tensor key}, "wrt": [names]}
and gives "<id>/grad:<name>" for each name of wrt: the gradient of sum over outputs of Re(conj(c) * y)."""
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import run_batch  # noqa: E402
from ops import OPS  # noqa: E402

torch.set_num_threads(1)

WIDE = {torch.float32: torch.float64, torch.float16: torch.float64, torch.complex64: torch.complex128}


def widen(t):
    return t.to(WIDE[t.dtype]) if t.dtype in WIDE else t


def const(a):
    v = torch.tensor(a["value"], dtype=torch.float64)
    if a["dtype"] == "c64":
        v = torch.complex(v[0::2], v[1::2])
    elif a["dtype"] in ("i32", "u32"):
        v = v.to(torch.int64 if a["dtype"] == "u32" else torch.int32)
    elif a["dtype"] == "bool":
        v = v != 0
    n = 1
    for d in a["shape"]:
        n *= d
    return (v.expand(n) if v.numel() == 1 else v).reshape(a["shape"])


def cast(x, a):
    # among floats and to c64 the oracle stays in double precision
    if a["to"] in ("f32", "f16") and x.is_floating_point():
        return x.to(torch.float64)
    if a["to"] == "c64":
        return x.to(torch.complex128)
    return OPS["cast"]([x], a)


def run_case(c, tensors):
    wrt = {}
    values = []
    with torch.enable_grad():
        for node in c["nodes"]:
            op, a = node["op"], node["attrs"]
            if op in ("input", "param"):
                v = widen(tensors[c["values"][a["name"]]])
                if a["name"] in c["wrt"]:
                    v = v.clone().requires_grad_(True)
                    wrt[a["name"]] = v
            elif op == "const":
                v = const(a)
            elif op == "cast":
                v = cast(values[node["inputs"][0]], a)
            else:
                v = OPS[op]([values[i] for i in node["inputs"]], a)
            values.append(v)
        loss = 0
        for o in c["outputs"]:
            if o["name"] not in c["cotangents"]:
                continue
            y = values[o["node"]]
            g = widen(tensors[c["cotangents"][o["name"]]])
            loss = loss + (torch.conj(g) * y).real.sum() if y.is_complex() else loss + (g * y).sum()
        names = list(c["wrt"])
        grads = torch.autograd.grad(loss, [wrt[n] for n in names], allow_unused=True)
    out, dtypes = {}, {}
    for n, g in zip(names, grads):
        key = "%s/grad:%s" % (c["id"], n)
        out[key] = torch.zeros_like(wrt[n]) if g is None else g
        dtypes[key] = "c64" if out[key].is_complex() else "f32"
    return out, dtypes


if __name__ == "__main__":
    run_batch(sys.argv[1], run_case)
