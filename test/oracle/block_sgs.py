"""PyTorch oracle for the SGS block (nn/sgs.ts): the official ATFR computation (TSLayer + TemporalSampling
+ the sampling kernels, spec §4.2), written from the spec in float32, with the official variable length.

usage: block_sgs.py DIR (see batch.py for DIR's contents)

Module 'sgs'. config: training, latent, numBins (-1 = T), kernel, distance ('L2' | 'L1'), similarity
('code' | 'paper'), activation ('relu' | 'swish'), dropZeroBins, bnEps, bnMomentum, float64. Inputs: x (N, C, T, H, W).
With "float64": true the same f32-rounded inputs and params are computed in float64 (the truth the f32
computations are measured against); the linear kernel's constant stays 1 + 1e-7 as float32 rounds it
(1 + 2^-23, spec §7), so float64 differs from float32 by rounding only. Outputs are stored as float32.
Params by the official state_dict keys (fc.0.*, fc.2.*, bn.*), loaded strictly into the torch modules.

Outputs:
  y           (N, C, B', H, W): the official tensor, truncated to B' = the batch maximum of active bins
  lengths     (N,) int32: active bins per clip
  maxLength   int32 scalar: B'
  distances   (N, T): d = Δ · (2B / max Δ), the official scaling
  kernels     (N, B', T): the compacted, truncated kernels
  time_mean   (N, C, H, W): y averaged over its B' frames (AdaptiveAvgPool3d((1, H, W)) on the truncated tensor)
  running_mean, running_var: the BN1d buffers after the call
Module 'sgs_grad': the vector-Jacobian product of y with the cotangent "grad_in:y" in float64 (see sgs_grad).
Differences from the official files: the norm over L is explicit (the official pairwise_distance call on
(N, L, 1) and (N, L, T) reduced over L in torch 1.9 but reduces over T in later versions, spec §4.2)."""
import os
import sys

import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import run_modules  # noqa: E402
from block_grad import module_vjp  # noqa: E402

torch.set_num_threads(1)

EPS_KERNEL = 1e-7  # sampling_kernels._EPSILON
EPS_PAIRWISE = 1e-6  # F.pairwise_distance's default eps


class _Swish(nn.Module):
    def forward(self, v):
        return v * torch.sigmoid(v)


class _Embedding(nn.Module):
    """TSLayer's parameterised part, with its attribute names (so the state_dict keys are the official ones)."""

    def __init__(self, c, latent, relu, eps, momentum):
        super().__init__()
        self.fc = nn.Sequential(nn.Linear(c, c // 2), nn.ReLU() if relu else _Swish(), nn.Linear(c // 2, latent))
        self.bn = nn.BatchNorm1d(latent, eps=eps, momentum=momentum)

    def forward(self, x):
        n, c, t = x.shape[:3]
        pooled = nn.functional.adaptive_avg_pool3d(x, (t, 1, 1)).view(n, c, t)
        return self.bn(self.fc(pooled.transpose(1, 2)).transpose(1, 2))  # (N, L, T)


def _frame_scalar(z, similarity, distance):
    """Δ (N, T) from Z (N, L, T), the norm taken over L (dim 1) explicitly."""
    p = 2 if distance == "L2" else 1
    if similarity == "code":
        v = z.mean(dim=2, keepdim=True) - z + EPS_PAIRWISE  # pairwise_distance(x1=mean, x2=Z): x1 - x2 + eps
    else:
        v = z
    return torch.linalg.vector_norm(v, ord=p, dim=1)


def _kernels(d, num_bins, kind):
    """The official binning: centres from create_bins over [0, max d], then the kernel (N, B, T)."""
    n, t = d.shape
    top = d.max(dim=1)[0].view(-1, 1)
    step = top / num_bins  # bin size (= 2 up to rounding)
    centres = step / 2 + torch.arange(num_bins, dtype=d.dtype).view(1, -1) * step  # (N, B)
    mu = centres.unsqueeze(2).expand(-1, -1, t)
    dd = d.unsqueeze(1).expand(-1, num_bins, -1)
    size = step.unsqueeze(2).expand(-1, num_bins, t)
    if kind.startswith("linear"):
        # 1 + 1e-7 is a Python float; against a float32 tensor it acts as a float32 value (1 + 2^-23), which
        # the float64 run keeps
        one = torch.tensor(1 + EPS_KERNEL, dtype=torch.float32).to(d.dtype)
        k = torch.max(torch.zeros(1, dtype=d.dtype), one - (dd - mu).abs())
    else:
        k = ((dd - mu).abs() <= size / 2).to(d.dtype)
    if kind.endswith("_normalized"):
        count = (k != 0).sum(dim=2, keepdim=True)
        count = torch.where(count == 0, torch.ones_like(count), count)
        k = k / count
    return k


def _drop_empty(k):
    """Per clip, move the bins with a non-zero total to the front (ascending bin order), zero the rest, and
    truncate to the batch maximum. Returns (kernels (N, B', T), counts (N,))."""
    n = k.shape[0]
    out = torch.zeros_like(k)
    counts = []
    for i in range(n):
        keep = (k[i].sum(dim=1) != 0).nonzero().view(-1)
        out[i, : keep.numel()] = k[i, keep]
        counts.append(keep.numel())
    return out[:, : max(counts)], torch.tensor(counts, dtype=torch.int32)


def _embedding(cfg, p, c):
    emb = _Embedding(c, cfg.get("latent", 8), cfg.get("activation", "relu") == "relu", cfg.get("bnEps", 1e-5), cfg.get("bnMomentum", 0.1))
    # strict: names and shapes are checked; BatchNorm fills in num_batches_tracked for a dict without metadata
    emb.load_state_dict(p, strict=True)
    return emb.train(cfg["training"])


def sgs(cfg, ins, p):
    x = ins["x"]
    emb = _embedding(cfg, p, x.shape[1])
    if cfg.get("float64", False):
        emb, x = emb.double(), x.double()
    return _sample(cfg, emb, x)


def sgs_grad(cfg, ins, p):
    """x and "grad_in:y" (N, C, B, H, W) in; the cotangent is cut to y's B' frames (the graph's frames past
    B' are padding); "grad:x" and "grad:<param>" out (block_grad.py), float64."""
    emb = _embedding(cfg, p, ins["x"].shape[1])
    return module_vjp(emb, ins, lambda m, xs: {"y": _sample(cfg, m, xs["x"])["y"]}, narrow=True)


def _sample(cfg, emb, x):
    n, c, t, h, w = x.shape
    num_bins = cfg.get("numBins", -1)
    num_bins = t if num_bins == -1 else num_bins
    z = emb(x)
    delta = _frame_scalar(z, cfg.get("similarity", "code"), cfg.get("distance", "L2"))
    d = delta * (2 * num_bins / delta.max(dim=1)[0].view(-1, 1))
    k = _kernels(d, num_bins, cfg.get("kernel", "linear"))
    if cfg.get("dropZeroBins", True):
        k, counts = _drop_empty(k)
    else:
        counts = torch.full((n,), num_bins, dtype=torch.int32)
    b_out = k.shape[1]
    frames = x.permute(0, 2, 1, 3, 4).flatten(start_dim=2)  # (N, T, C·H·W)
    y = torch.bmm(k, frames).view(n, b_out, c, h, w).transpose(1, 2)
    return {
        "y": y, "lengths": counts, "maxLength": torch.tensor(b_out, dtype=torch.int32), "distances": d, "kernels": k,
        "time_mean": y.mean(dim=2), "running_mean": emb.bn.running_mean, "running_var": emb.bn.running_var,
    }


MODULES = {"sgs": sgs, "sgs_grad": sgs_grad}


if __name__ == "__main__":
    run_modules(sys.argv[1], MODULES)
