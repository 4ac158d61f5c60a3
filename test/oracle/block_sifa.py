"""PyTorch oracle for the SIFA block (nn/sifa.ts), written from spec §3.2 (the official
DEFLocalTransBottleneck forward between relu(bn2(·)) and conv3), §6 and §7.

usage: block_sifa.py DIR   (the batch protocol of batch.py / nn_oracle.py)

Module "sifa", config {"kernel": K, "variant": "code" | "paper", "correlation": bool, "sampler": ...}:
inputs {"x": (N, C, T, H, W)}, params by the official state_dict keys conv_offset.weight and
def_cor.weight (loaded with strict=True). Outputs "y" and, with correlation, "correlation" (the
official defcor output (N, K^2, T, H, W)).

It follows the official code's own alignment (correlation index t = query frame t-1 with the samples of
frame t, aggregation, then the clone-and-shift and the last-frame mask), not the pair (t -> t+1) form
the graph uses, so the two are independent.

The bilinear sampler (config "sampler") is one of
  "gather"       four explicit corner reads (default; any H, W including 1),
  "grid_sample"  F.grid_sample(align_corners=True, zeros) with x_n = 2x/(W-1) - 1 (needs H, W > 1),
  "torchvision"  torchvision.ops.deform_conv2d with a one-hot weight that copies each (channel, tap) sample,
each with the rule that a sample is 0 unless -1 < y < H and -1 < x < W. Computes in float32, or in float64
with config "float64": true (outputs are stored as float32 either way).

Module "sifa_grad": the vector-Jacobian product of y with the cotangent "grad_in:y" by autograd in float64
(block_grad.py), through the same sampler."""
import os
import sys

import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import run_modules  # noqa: E402
from block_grad import module_vjp  # noqa: E402

torch.set_num_threads(1)


def _inside(y, x, H, W):
    return (y > -1) & (y < H) & (x > -1) & (x < W)


def sample_gather(img, y, x):
    """img (B, C, H, W); y, x (B, P) pixel coordinates -> (B, C, P), DCN bilinear with zero corners."""
    B, C, H, W = img.shape
    ok = _inside(y, x, H, W)
    y0f, x0f = torch.floor(y), torch.floor(x)
    ly, lx = y - y0f, x - x0f
    y0, x0 = y0f.long(), x0f.long()
    flat = img.reshape(B, C, H * W)
    out = torch.zeros(B, C, y.shape[1], dtype=img.dtype)
    for dy, dx, wgt in ((0, 0, (1 - ly) * (1 - lx)), (0, 1, (1 - ly) * lx), (1, 0, ly * (1 - lx)), (1, 1, ly * lx)):
        yy, xx = y0 + dy, x0 + dx
        use = ok & (yy >= 0) & (yy < H) & (xx >= 0) & (xx < W)
        idx = (yy.clamp(0, H - 1) * W + xx.clamp(0, W - 1)).unsqueeze(1).expand(B, C, -1)
        vals = torch.gather(flat, 2, idx)
        out = out + torch.where(use.unsqueeze(1), wgt.unsqueeze(1) * vals, torch.zeros((), dtype=img.dtype))
    return out


def sample_grid(img, y, x):
    B, C, H, W = img.shape
    if H < 2 or W < 2:
        raise ValueError("the grid_sample sampler needs H, W > 1 (found %d x %d)" % (H, W))
    grid = torch.stack([2 * x / (W - 1) - 1, 2 * y / (H - 1) - 1], dim=-1).unsqueeze(2)  # (B, P, 1, 2)
    out = F.grid_sample(img, grid, mode="bilinear", padding_mode="zeros", align_corners=True)[..., 0]
    return out * _inside(y, x, H, W).unsqueeze(1).to(img.dtype)


def _sample_taps(img, off, K, sampler):
    """img (B, C, H, W), off (B, 2K^2, H, W) in DCN layout -> (B, C, K^2, H, W)."""
    B, C, H, W = img.shape
    K2, pad = K * K, K // 2
    if sampler == "torchvision":
        from torchvision.ops import deform_conv2d
        weight = torch.zeros(C * K2, C, K, K, dtype=img.dtype)
        for c in range(C):
            for k in range(K2):
                weight[c * K2 + k, c, k // K, k % K] = 1
        # deform_conv2d applies its own -1 < coord < size rule (the same as the official kernel)
        return deform_conv2d(img, off, weight, padding=(pad, pad)).reshape(B, C, K2, H, W)
    hh = torch.arange(H, dtype=img.dtype).view(1, 1, H, 1)
    ww = torch.arange(W, dtype=img.dtype).view(1, 1, 1, W)
    kh = (torch.arange(K2) // K).to(img.dtype).view(1, K2, 1, 1)
    kw = (torch.arange(K2) % K).to(img.dtype).view(1, K2, 1, 1)
    y = hh - pad + kh + off[:, 0::2]
    x = ww - pad + kw + off[:, 1::2]
    fn = {"gather": sample_gather, "grid_sample": sample_grid}[sampler]
    return fn(img, y.reshape(B, -1), x.reshape(B, -1)).reshape(B, C, K2, H, W)


class DefCorFixW(nn.Module):
    """Holds the frozen correlation weight under the official name (def_cor.weight)."""

    def __init__(self, channels, times, K):
        super().__init__()
        self.weight = nn.Parameter(torch.full((channels, times, K, K), 1.0 / channels), requires_grad=False)


class SIFA(nn.Module):
    """The SIFA part of DEFLocalTransBottleneck: conv_offset and def_cor carry the official names."""

    def __init__(self, channels, times, K=3, variant="code", sampler="gather"):
        super().__init__()
        self.K, self.variant, self.sampler = K, variant, sampler
        self.conv_offset = nn.Conv3d(channels, 2 * K * K, kernel_size=(1, 3, 3), stride=1, padding=(0, 1, 1), bias=False)
        self.def_cor = DefCorFixW(channels, times, K)

    def samples(self, x, offset):
        """S[n, c, k, t, h, w]: frame t of x sampled at the taps deformed by offset[:, :, t]."""
        N, C, T, H, W = x.shape
        img = x.permute(0, 2, 1, 3, 4).reshape(N * T, C, H, W)
        off = offset.permute(0, 2, 1, 3, 4).reshape(N * T, -1, H, W)
        s = _sample_taps(img, off, self.K, self.sampler)  # (N*T, C, K^2, H, W)
        return s.reshape(N, T, C, self.K * self.K, H, W).permute(0, 2, 3, 1, 4, 5)

    def forward(self, x):
        N, C, T, H, W = x.shape
        K2 = self.K * self.K
        # motion saliency, exactly as the official clone-and-shift
        prev = x.clone()
        prev[:, :, 1:] = x[:, :, :-1]
        msm = torch.sigmoid(x - prev) * x + x
        offset = self.conv_offset(msm)
        s = self.samples(x, offset)  # (N, C, K^2, T, H, W)
        # defcor: W[c, t, kh, kw] * X[c, max(t-1, 0)] * S[c, k, t]
        w = self.def_cor.weight.reshape(C, T, K2).permute(0, 2, 1)  # (C, K^2, T)
        corr = (w[None, :, :, :, None, None] * prev[:, :, None] * s).sum(1)  # (N, K^2, T, H, W)
        # defagg: Σ_k corr[k] * S[c, k]
        agg = (corr[:, None] * s).sum(2)  # (N, C, T, H, W)
        # shift left and mask the last frame
        mask = torch.ones_like(x)
        mask[:, :, -1] = 0
        shifted = agg.clone()
        shifted[:, :, :-1] = agg[:, :, 1:]
        y = x + shifted * mask
        if self.variant == "paper":
            # the last frame with itself: the whole pair computation on (X[T-1], X[T-1]), as the official
            # t = 0 self pair: saliency sigmoid(0)·X + X = 1.5·X[T-1], its own offsets, samples of frame T-1,
            # query X[T-1], weight slot T-1
            last = x[:, :, -1:]
            off_self = self.conv_offset(torch.sigmoid(last - last) * last + last)
            s_self = self.samples(last, off_self)[:, :, :, 0]  # (N, C, K^2, H, W)
            c_self = (w[None, :, :, -1, None, None] * x[:, :, -1, None] * s_self).sum(1)  # (N, K^2, H, W)
            y = y.clone()
            y[:, :, -1] = x[:, :, -1] + (c_self[:, None] * s_self).sum(2)
        return y, corr


def _module(cfg, p, x):
    _, C, T, _, _ = x.shape
    m = SIFA(C, T, K=cfg.get("kernel", 3), variant=cfg.get("variant", "code"), sampler=cfg.get("sampler", "gather"))
    m.load_state_dict(p, strict=True)
    return m


def sifa(cfg, x, p):
    xx = x["x"]
    m = _module(cfg, p, xx)
    if cfg.get("float64", False):
        # the same f32-rounded inputs and params, computed in float64: separates f32 rounding (amplified by
        # large offsets: an offset error moves the sample along the image gradient) from real differences
        m, xx = m.double(), xx.double()
    y, corr = m(xx)
    out = {"y": y}
    if cfg.get("correlation", False):
        out["correlation"] = corr
    return out


def sifa_grad(cfg, x, p):
    """x and "grad_in:y" in; "grad:x" and "grad:conv_offset.weight" out (def_cor is frozen), float64."""
    return module_vjp(_module(cfg, p, x["x"]), x, lambda m, xs: {"y": m(xs["x"])[0]})


MODULES = {"sifa": sifa, "sifa_grad": sifa_grad}

if __name__ == "__main__":
    run_modules(sys.argv[1], MODULES)
