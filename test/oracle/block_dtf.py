"""PyTorch oracle for the DTF block (nn/dtf.ts), written from spec §1.2 (official DTFBlock) and §7.

usage: block_dtf.py DIR   (the batch protocol of batch.py / nn_oracle.py)

The module keeps the official parameter names (weights_cor, filter_g.weight, linear1.complex_weight,
norm1.norm.running_mean/var, alpha1, bias) and loads them with load_state_dict(strict=True). The
correlation and aggregation follow the official kernels' indexing (backward-aligned: query frame
max(t-1, 0), keys frame t) with F.unfold for the K x K neighbourhood, as the official repository's own
test builds its reference; the aggregated frames are then shifted left with cat (no aliasing) and the
last frame masked. Computes in float64 (the graph reference does too); outputs are returned as float32.

Backward: dtf_train_grad and dtf_eval_grad return the vector-Jacobian product of y with the cotangent
"grad_in:y" (block_grad.py)."""
import os
import sys

import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import run_modules  # noqa: E402
from block_grad import module_vjp  # noqa: E402

torch.set_num_threads(1)


class FFTBatchNormRef(nn.Module):
    def __init__(self, dim, eps, momentum):
        super().__init__()
        self.norm = nn.BatchNorm3d(dim, eps=eps, momentum=momentum, affine=False)

    def forward(self, s):
        n, c, m, h, w = s.shape
        r = self.norm(torch.view_as_real(s).reshape(n, c, m, h, w * 2))
        return torch.view_as_complex(r.reshape(n, c, m, h, w, 2).contiguous())


class DTFRef(nn.Module):
    def __init__(self, dim, clip_len, K=3, G=16, variant="code", eps=1e-5, momentum=0.1):
        super().__init__()
        self.C, self.T, self.K, self.G, self.variant = dim, clip_len, K, G, variant
        self.M = clip_len // 2 + 1
        self.weights_cor = nn.Parameter(torch.full((dim, clip_len, K, K), 1.0 / dim), requires_grad=False)
        self.filter_g = nn.Conv2d((dim + K * K) * clip_len, dim * self.M * 2 // G, kernel_size=1, bias=False)
        if variant == "code":
            self.linear1 = nn.Module()
            self.linear1.complex_weight = nn.Parameter(torch.randn(dim, dim, 2) * 0.02)
            self.norm1 = FFTBatchNormRef(dim, eps, momentum)
            self.alpha1 = nn.Parameter(torch.zeros(1, dim, 1, 1, 1))
            self.bias = nn.Parameter(torch.zeros(1, dim, 1, 1, 1))

    def neighbourhood(self, x):
        """(N, C, T, H, W) -> (N, C, K*K, T, H, W): every frame's K x K window, zero padded, k = kh*K + kw."""
        n, c, t, h, w = x.shape
        frames = x.transpose(1, 2).reshape(n * t, c, h, w)
        u = F.unfold(frames, self.K, padding=(self.K - 1) // 2)  # (N*T, C*K*K, H*W)
        return u.reshape(n, t, c, self.K * self.K, h, w).permute(0, 2, 3, 1, 4, 5)

    def forward(self, x):
        n, c, t, h, w = x.shape
        assert t == self.T and c == self.C
        K2 = self.K * self.K
        keys = self.neighbourhood(x)
        # A: query of output t is frame max(t-1, 0)
        query = torch.cat([x[:, :, :1], x[:, :, :-1]], dim=2)
        wc = self.weights_cor.reshape(1, c, t, K2).permute(0, 1, 3, 2)[..., None, None]  # (1, C, K2, T, 1, 1)
        w_o = (wc * query[:, :, None] * keys).sum(1)  # (N, K2, T, H, W)
        # B, C: softmax over k, aggregate frame t's neighbourhood
        a = torch.softmax(w_o, dim=1)
        agg = (a[:, None] * keys).sum(2)  # (N, C, T, H, W)
        # D: shift left by one frame, last frame gets nothing
        shifted = torch.cat([agg[:, :, 1:], torch.zeros_like(agg[:, :, :1])], dim=2)
        xe = x + shifted
        # E
        spec = torch.fft.rfft(xe, dim=2, norm="ortho")
        # F
        fi = self.filter_g(torch.cat([xe, w_o], dim=1).reshape(n, (c + K2) * t, h, w))
        if self.variant == "paper":
            g = self.G
            f = fi.reshape(n, c // g, self.M, 2, h, w).permute(0, 1, 2, 4, 5, 3).contiguous()
            f = torch.view_as_complex(f).repeat_interleave(g, dim=1)  # channel c reads group c // G
            return {"y": x + torch.fft.irfft(spec * f, n=t, dim=2, norm="ortho")}
        final = fi.unsqueeze(2).repeat(1, 1, self.G, 1, 1).reshape(n, c, self.M, 2, h, w).permute(0, 1, 2, 4, 5, 3)
        s1 = spec * torch.view_as_complex(final.contiguous())
        # G
        wl = torch.view_as_complex(self.linear1.complex_weight.contiguous())
        s2 = torch.bmm(wl.unsqueeze(0).repeat(n, 1, 1), s1.reshape(n, c, -1)).reshape(n, c, self.M, h, w)
        s3 = self.norm1(s2)
        # H
        out = torch.fft.irfft(s3 * self.alpha1, n=t, dim=2, norm="ortho")
        y = x + out + self.bias
        return {"y": y, "running_mean": self.norm1.norm.running_mean, "running_var": self.norm1.norm.running_var}


def _module(cfg, p, training):
    m = DTFRef(cfg["channels"], cfg["clipLen"], K=cfg.get("K", 3), G=cfg.get("G", 16),
               variant=cfg.get("variant", "code"), eps=cfg.get("eps", 1e-5), momentum=cfg.get("momentum", 0.1))
    # no num_batches_tracked in our state: BatchNorm's loader fills it in for a dict without metadata
    m.load_state_dict(p, strict=True)
    return m.double().train(training)


def _dtf(training):
    def run(cfg, x, p):
        m = _module(cfg, p, training)
        outs = m(x["x"].double())
        return {k: v.float() for k, v in outs.items()}
    return run


def _dtf_grad(training):
    # x and "grad_in:y" in, "grad:x" and "grad:<param>" out (block_grad.py); weights_cor is frozen
    def run(cfg, x, p):
        return module_vjp(_module(cfg, p, training), x, lambda m, xs: {"y": m(xs["x"])["y"]})
    return run


MODULES = {"dtf_train": _dtf(True), "dtf_eval": _dtf(False), "dtf_train_grad": _dtf_grad(True), "dtf_eval_grad": _dtf_grad(False)}


if __name__ == "__main__":
    run_modules(sys.argv[1], MODULES)
