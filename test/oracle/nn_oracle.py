"""PyTorch references for the nn/ compositions (nn/*.ts), run on whole modules.

usage: nn_oracle.py DIR
DIR/cases.json: [{"id": str, "module": str, "config": {...}, "inputs": {name: key}, "params": {name: key}}]
DIR/inputs.safetensors: every tensor by key.
Writes DIR/outputs.safetensors ("<id>/<output name>" for each output of each case) and DIR/errors.json
({id: message}). Params are state_dict entries loaded with load_state_dict(strict=True) into the real
torch.nn module, so their names and shapes are checked as well as the math. Computes in float32."""
import os
import sys

import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import run_modules  # noqa: E402

torch.set_num_threads(1)


def _loaded(module, params):
    module.load_state_dict(params, strict=True)
    return module


def softmax(cfg, x, p):
    return {"y": torch.softmax(x["x"], dim=cfg["axis"])}


def log_softmax(cfg, x, p):
    return {"y": torch.log_softmax(x["x"], dim=cfg["axis"])}


def layer_norm(cfg, x, p):
    m = _loaded(nn.LayerNorm(cfg["shape"], eps=cfg.get("eps", 1e-5), elementwise_affine=cfg.get("affine", True)), p)
    return {"y": m(x["x"])}


_BN = {2: nn.BatchNorm1d, 3: nn.BatchNorm1d, 4: nn.BatchNorm2d, 5: nn.BatchNorm3d}


def _batch_norm(training):
    def run(cfg, x, p):
        xx = x["x"]
        m = _BN[xx.dim()](cfg["features"], eps=cfg.get("eps", 1e-5), momentum=cfg.get("momentum", 0.1),
                          affine=cfg.get("affine", True))
        # our state has no num_batches_tracked; BatchNorm's loader fills it in for a dict without metadata
        _loaded(m, p).train(training)
        y = m(xx)
        return {"y": y, "running_mean": m.running_mean, "running_var": m.running_var}
    return run


def linear(cfg, x, p):
    m = _loaded(nn.Linear(cfg["in"], cfg["out"], bias=cfg.get("bias", True)), p)
    return {"y": m(x["x"])}


def gru_cell(cfg, x, p):
    m = _loaded(nn.GRUCell(cfg["input"], cfg["hidden"], bias=cfg.get("bias", True)), p)
    return {"y": m(x["x"], x.get("h"))}


def gru(cfg, x, p):
    m = _loaded(nn.GRU(cfg["input"], cfg["hidden"], num_layers=cfg.get("layers", 1), bias=cfg.get("bias", True),
                       batch_first=cfg.get("batchFirst", False)), p)
    out, hn = m(x["x"], x.get("h0"))
    return {"output": out, "hidden": hn}


def _pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def softpool(cfg, x, p):
    # independent of the composition: gather every window with unfold, then torch.softmax over it
    kh, kw = _pair(cfg.get("kernel", 2))
    sh, sw = _pair(cfg.get("stride", (kh, kw)))
    win = x["x"].unfold(-2, kh, sh).unfold(-2, kw, sw).flatten(-2)
    return {"y": (torch.softmax(win, dim=-1) * win).sum(-1)}


MODULES = {
    "softmax": softmax, "log_softmax": log_softmax, "layer_norm": layer_norm,
    "batch_norm_train": _batch_norm(True), "batch_norm_eval": _batch_norm(False),
    "linear": linear, "gru_cell": gru_cell, "gru": gru, "softpool": softpool,
}


if __name__ == "__main__":
    run_modules(sys.argv[1], MODULES)
