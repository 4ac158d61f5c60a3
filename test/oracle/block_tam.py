"""PyTorch oracle for the TAM block (nn/tam.ts), written from spec/modules.md §2 and §7.

usage: block_tam.py DIR (the batch protocol of batch.py / run_modules)

The module has the official structure and attribute names (G and L as nn.Sequential), so
load_state_dict(strict=True) checks our parameter names and shapes. Config: channels, segments, and
optionally alpha (2), beta (4), kernel (K, 3), localKernel (default K as in the official code; mmaction2
uses 3), eps, momentum. The adaptive aggregation is the grouped F.conv2d of the official forward with
temporal padding K//2 (the official code hard-codes 1, which only fits K = 3).

Modules: tam_train (batch statistics; also returns the updated running statistics, as "G.1.running_mean"
and so on) and tam_eval (running statistics; returns y only).
Input x is the official TSN layout (N*T, C, H, W), or with config "layout": "ncthw" a clip (N, C, T, H, W):
that one is permuted to the TSN layout, run through the official forward, and the output permuted back.
Computes in float32.

Backward: tam_train_grad and tam_eval_grad (TSN layout) return the gradients of y's vector-Jacobian
product with the cotangent "grad_in:y" by autograd in float64 (block_grad.py)."""
import os
import sys

import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import run_modules  # noqa: E402
from block_grad import module_vjp  # noqa: E402

torch.set_num_threads(1)


class TAM(nn.Module):
    def __init__(self, channels, segments, alpha=2, beta=4, kernel=3, local_kernel=None, eps=1e-5, momentum=0.1):
        super().__init__()
        local_kernel = kernel if local_kernel is None else local_kernel
        self.segments = segments
        self.kernel = kernel
        hidden = alpha * segments
        # global branch, per (n, c) row of length T
        self.G = nn.Sequential(
            nn.Linear(segments, hidden, bias=False),
            nn.BatchNorm1d(hidden, eps=eps, momentum=momentum),
            nn.ReLU(),
            nn.Linear(hidden, kernel, bias=False),
            nn.Softmax(dim=-1),
        )
        # local branch on (N, C, T)
        self.L = nn.Sequential(
            nn.Conv1d(channels, channels // beta, local_kernel, padding=local_kernel // 2, bias=False),
            nn.BatchNorm1d(channels // beta, eps=eps, momentum=momentum),
            nn.ReLU(),
            nn.Conv1d(channels // beta, channels, 1, bias=False),
            nn.Sigmoid(),
        )

    def forward(self, x):
        nt, c, h, w = x.shape
        t = self.segments
        n = nt // t
        clip = x.reshape(n, t, c, h, w).permute(0, 2, 1, 3, 4)  # (N, C, T, H, W)
        squeezed = clip.mean(dim=(3, 4))  # (N, C, T)
        theta = self.G(squeezed.reshape(n * c, t))  # (N*C, K)
        v = self.L(squeezed)  # (N, C, T)
        z = clip * v[..., None, None]
        y = F.conv2d(z.reshape(1, n * c, t, h * w), theta.reshape(n * c, 1, self.kernel, 1),
                     padding=(self.kernel // 2, 0), groups=n * c)
        return y.reshape(n, c, t, h, w).permute(0, 2, 1, 3, 4).reshape(nt, c, h, w)


def _module(cfg, p, training):
    m = TAM(cfg["channels"], cfg["segments"], alpha=cfg.get("alpha", 2), beta=cfg.get("beta", 4),
            kernel=cfg.get("kernel", 3), local_kernel=cfg.get("localKernel"),
            eps=cfg.get("eps", 1e-5), momentum=cfg.get("momentum", 0.1))
    # our state has no num_batches_tracked; BatchNorm's loader fills it in for a dict without metadata
    m.load_state_dict(p, strict=True)
    return m.train(training)


def _tam(training):
    def run(cfg, x, p):
        m = _module(cfg, p, training)
        xx = x["x"]
        if cfg.get("layout", "tsn") == "ncthw":
            n, c, t, h, w = xx.shape
            tsn = xx.permute(0, 2, 1, 3, 4).reshape(n * t, c, h, w)
            y = m(tsn).reshape(n, t, c, h, w).permute(0, 2, 1, 3, 4)
        else:
            y = m(xx)
        out = {"y": y}
        for name in ("G.1", "L.1") if training else ():
            bn = m.get_submodule(name)
            out[name + ".running_mean"] = bn.running_mean
            out[name + ".running_var"] = bn.running_var
        return out
    return run


def _tam_grad(training):
    # the TSN layout; x and "grad_in:y" in, "grad:x" and "grad:<param>" out (block_grad.py), float64
    def run(cfg, x, p):
        return module_vjp(_module(cfg, p, training), x, lambda m, xs: {"y": m(xs["x"])})
    return run


MODULES = {"tam_train": _tam(True), "tam_eval": _tam(False), "tam_train_grad": _tam_grad(True), "tam_eval_grad": _tam_grad(False)}


if __name__ == "__main__":
    run_modules(sys.argv[1], MODULES)
