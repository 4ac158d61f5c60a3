"""PyTorch references for the MTConv block (nn/cossim.ts, nn/mtconv-paper.ts, nn/mtconv-code.ts), written
from spec/modules.md §5 (and §7): the triplet cosine frame selection with the pre-1.12 eps rule and
ties to the earlier frame, SoftPool by its definition, the paper's MTConv/MTBlock and the official code's
two-stream MTConv/MTBlock with its state_dict names (load_state_dict(strict=True) checks them).

usage: block_mtconv.py DIR  (the protocol of batch.run_modules). Computes in float64: the float64
reference interpreter is compared with it, and the frame selection is then decided on the same scores
up to rounding far below any gap between the test data's scores.

Backward: each MTConv/MTBlock module has a "<module>_grad" entry that returns the vector-Jacobian product of
its outputs with the cotangents "grad_in:<output>": gradients of the inputs and every parameter
(block_grad.py)."""
import math
import os
import sys

import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import run_modules  # noqa: E402
from block_grad import module_vjp  # noqa: E402

torch.set_num_threads(1)
DT = torch.float64


# ---------------------------------------------------------------- triplet cosine frame selection (§5.3)

def triplet_scores(x, variant, eps=1e-4):
    """(N, C, T, H, W) -> (N, T-2) triplet scores of the interior frames."""
    code = variant == "code"
    g = F.avg_pool3d(x, kernel_size=(1, x.shape[-2], x.shape[-1])).flatten(2) if code else x.sum(dim=(3, 4))
    a, c = g[..., :-1], g[..., 1:]
    # PyTorch < 1.12 cosine_similarity: w12 / sqrt(clamp_min(w1 * w2, eps^2)); torch 1.13 clamps each norm
    w12, w1, w2 = (a * c).sum(1), (a * a).sum(1), (c * c).sum(1)
    s = w12 / (w1 * w2).clamp_min(eps * eps).sqrt()
    if code:
        return F.avg_pool1d((s ** 2).unsqueeze(1), kernel_size=2, stride=1).squeeze(1)
    return s[:, :-1] + s[:, 1:]


def select_indices(scores, k, largest):
    """topk with ties to the earlier frame (a stable sort), +1, ascending: (N, k) frame indices."""
    order = torch.sort(scores, dim=-1, descending=largest, stable=True).indices[:, :k]
    return torch.sort(order + 1, dim=-1).values


def temporal_cossim_pool(x, variant="code", eps=1e-4):
    T = x.shape[2]
    idx = select_indices(triplet_scores(x, variant, eps), math.floor(T / 2), largest=(variant == "code"))
    frames = x.permute(0, 2, 1, 3, 4)[torch.arange(x.shape[0])[:, None], idx]
    return frames.permute(0, 2, 1, 3, 4), idx


# ---------------------------------------------------------------- SoftPool (§5.4), exact math

def soft_pool_2x2(x):
    """Per frame: y = sum_r e^{x_r} x_r / sum_k e^{x_k} over each 2x2 window (last row/column dropped
    when odd), independently per channel. The window maximum is subtracted from the exponent (the ratio
    is unchanged)."""
    win = x.unfold(-2, 2, 2).unfold(-2, 2, 2).flatten(-2)
    e = torch.exp(win - win.max(dim=-1, keepdim=True).values)
    return (e * win).sum(-1) / e.sum(-1)


# ---------------------------------------------------------------- Squeeze and Recursion

class SqueezeRecursion(nn.Module):
    """GAP over H, W (any size), a GRU over T; the raw GRU output multiplies."""

    def __init__(self, planes, layers=2):
        super().__init__()
        self.op = nn.GRU(input_size=planes, hidden_size=planes, num_layers=layers)

    def gate(self, x):
        seq = x.mean(dim=(3, 4)).permute(2, 0, 1)  # (T, N, C)
        out, _ = self.op(seq)
        return out.permute(1, 2, 0)[..., None, None]


# ---------------------------------------------------------------- paper MTConv / MTBlock (§5.1)

def _triple(v):
    return (v, v, v) if isinstance(v, int) else tuple(v)


class PaperMTConv(nn.Module):
    def __init__(self, cin, cout, kernel=3, delta=0.875, selection="paper"):
        super().__init__()
        k = _triple(kernel)
        pad = tuple(i // 2 for i in k)
        self.cl = math.floor(delta * cout)
        self.cp = cout - self.cl
        self.selection = selection
        self.conv_local = nn.Conv3d(cin, self.cl, k, padding=pad, bias=False)
        self.bn_local = nn.BatchNorm3d(self.cl)
        self.conv_l2p = nn.Conv3d(self.cl, self.cp, k, padding=pad, bias=False)
        self.bn_l2p = nn.BatchNorm3d(self.cp)
        self.conv_p = nn.Conv3d(cin, self.cp, k, padding=pad, bias=False)
        self.bn_p = nn.BatchNorm3d(self.cp)

    def forward(self, a):
        T, H, W = a.shape[2:]
        a_l = F.relu(self.bn_local(self.conv_local(a)))
        sel = lambda v: temporal_cossim_pool(soft_pool_2x2(v), self.selection)[0]  # noqa: E731
        z_lp = self.bn_l2p(self.conv_l2p(sel(a_l)))
        z_p = self.bn_p(self.conv_p(sel(a)))
        a_p = F.interpolate(F.relu(z_lp) + F.relu(z_p), size=(T, H, W), mode="trilinear", align_corners=False)
        return torch.cat([a_l, a_p], dim=1)


class PaperMTBlock(nn.Module):
    def __init__(self, channels, width, kernel=3, delta=0.875, selection="paper", layers=2, gate="input"):
        super().__init__()
        self.conv1 = PaperMTConv(channels, width, 1, delta, selection)
        self.conv2 = PaperMTConv(width, width, kernel, delta, selection)
        self.conv3 = PaperMTConv(width, channels, 1, delta, selection)
        self.sr = SqueezeRecursion(channels, layers)
        self.gate_input = gate == "input"

    def forward(self, a):
        y = self.conv3(self.conv2(self.conv1(a)))
        g = self.sr.gate(a)
        return F.relu(y + a * g if self.gate_input else y * g + a)


# ---------------------------------------------------------------- code MTConv / MTBlock (§5.2)

class CodeMTConv(nn.Module):
    """groups = 1. Names as MTnet.py: conv_short, conv_long, conv_short2long, norm_short, norm_long."""

    def __init__(self, cin, cout, kernel=1, rate=0.875, stride=1, padding=0, no_lateral=False):
        super().__init__()
        self.no_lateral = no_lateral
        in_s, out_s = int(cin * rate), int(cout * rate)
        in_l, out_l = cin - in_s, cout - out_s
        k, s, p = _triple(kernel), _triple(stride), _triple(padding)
        self.conv_short = nn.Conv3d(in_s, out_s, k, stride=s, padding=p, bias=False)
        self.conv_long = nn.Conv3d(in_l, out_l, k, stride=s, padding=p, bias=False)
        if not no_lateral:
            self.conv_short2long = nn.Conv3d(out_s, out_l, 1, bias=False)
        self.norm_short = nn.BatchNorm3d(out_s)
        self.norm_long = nn.BatchNorm3d(out_l)

    def forward(self, x):
        xs, xl = x
        xs = self.conv_short(xs)
        xl = self.conv_long(xl)
        if not self.no_lateral:
            lat = F.avg_pool3d(xs, kernel_size=(1, 2, 2), stride=(1, 2, 2))  # pre-BN
            if lat.shape[2] > 2:
                lat = temporal_cossim_pool(lat, "code")[0]
            # the official size test compares 3 sizes with 2, so this always runs
            lat = F.interpolate(lat, size=tuple(xl.shape[2:]), mode="trilinear", align_corners=False)
            lat = self.conv_short2long(lat)
        xl = self.norm_long(xl)
        xs = self.norm_short(xs)
        if not self.no_lateral:
            xl = xl + self.norm_long(lat)  # the same BN module, a second time
        return xs, xl


class CodeMTBlock(nn.Module):
    """Names as MTnet.py's MTBlock: conv1_1, conv1_2, conv2, conv3, downsample, sr_short.op, sr_long.op."""

    def __init__(self, inplanes, planes, stride=1, downsample=None, base_width=64, rate=0.875, layers=2):
        super().__init__()
        width = int(planes * (base_width / 64.0))
        if downsample is None:
            downsample = stride != 1 or inplanes != planes
        self.conv1_1 = CodeMTConv(inplanes, width, 1, rate)
        self.conv1_2 = CodeMTConv(width, inplanes, 1, rate)
        self.conv2 = CodeMTConv(inplanes, width, 3, rate, stride=stride, padding=1)
        if downsample:
            self.conv3 = CodeMTConv(width, planes, 1, rate)
        else:
            self.conv3 = CodeMTConv(width, planes, (1, 3, 3), rate, padding=(0, 1, 1))
        self.downsample = CodeMTConv(inplanes, planes, 1, rate, stride=stride, no_lateral=True) if downsample else None
        self.sr_short = SqueezeRecursion(int(planes * rate), layers)
        self.sr_long = SqueezeRecursion(int(planes * (1 - rate)), layers)

    def forward(self, x):
        id_s, id_l = x
        relu = lambda v: (F.relu(v[0]), F.relu(v[1]))  # noqa: E731
        out = relu(self.conv1_1(x))
        out = relu(self.conv1_2(out))
        out = relu(self.conv2(out))
        out_s, out_l = self.conv3(out)
        if self.downsample is not None:
            if id_l.shape[3] < 3:  # the official test checks H twice
                id_l = F.interpolate(id_l, size=(id_l.shape[2], 3, 3), mode="trilinear", align_corners=False)
            id_s, id_l = self.downsample((id_s, id_l))
        if id_s.shape[2:] != out_s.shape[2:]:
            id_s = F.interpolate(id_s, size=tuple(out_s.shape[2:]), mode="trilinear", align_corners=False)
        if id_l.shape[2:] != out_l.shape[2:]:
            id_l = F.interpolate(id_l, size=tuple(out_l.shape[2:]), mode="trilinear", align_corners=False)
        out_s = out_s * self.sr_short.gate(out_s)
        out_l = out_l * self.sr_long.gate(out_l)
        return F.relu(out_s + id_s), F.relu(out_l + id_l)


# ---------------------------------------------------------------- case runners

def _prepare(module, cfg, params):
    module = module.to(DT)
    # our state has no num_batches_tracked; BatchNorm's loader fills it in for a dict without metadata
    module.load_state_dict(params, strict=True)
    return module.train(cfg["training"])


def _running(module, cfg):
    if not cfg["training"]:
        return {}
    return {k: v for k, v in module.state_dict().items() if k.endswith("running_mean") or k.endswith("running_var")}


def cossim(cfg, x, p):
    v = x["x"].to(DT)
    y, idx = temporal_cossim_pool(v, cfg["variant"], cfg.get("eps", 1e-4))
    return {"y": y, "indices": idx.to(torch.int32), "scores": triplet_scores(v, cfg["variant"], cfg.get("eps", 1e-4))}


def softpool(cfg, x, p):
    return {"y": soft_pool_2x2(x["x"].to(DT))}


def sr_gate(cfg, x, p):
    m = SqueezeRecursion(cfg["channels"], cfg.get("layers", 2)).to(DT)
    m.load_state_dict(p, strict=True)
    return {"y": m.gate(x["x"].to(DT))}


def _paper_conv(cfg):
    return PaperMTConv(cfg["in"], cfg["out"], cfg.get("kernel", 3), cfg.get("delta", 0.875), cfg.get("selection", "paper"))


def _paper_block(cfg):
    return PaperMTBlock(cfg["channels"], cfg["width"], cfg.get("kernel", 3), cfg.get("delta", 0.875),
                        cfg.get("selection", "paper"), cfg.get("layers", 2), cfg.get("gate", "input"))


def _code_conv(cfg):
    return CodeMTConv(cfg["in"], cfg["out"], cfg.get("kernel", 1), cfg.get("rate", 0.875), cfg.get("stride", 1),
                      cfg.get("padding", 0), no_lateral=not cfg.get("lateral", True))


def _code_block(cfg):
    return CodeMTBlock(cfg["inplanes"], cfg["planes"], cfg.get("stride", 1), cfg.get("downsample"),
                       cfg.get("baseWidth", 64), cfg.get("rate", 0.875), cfg.get("layers", 2))


def _one_stream(m, x):
    return {"y": m(x["x"].to(DT))}


def _two_streams(m, x):
    s, l = m((x["xs"].to(DT), x["xl"].to(DT)))
    return {"short": s, "long": l}


def _forward(build, forward):
    def run(cfg, x, p):
        m = _prepare(build(cfg), cfg, p)
        return {**forward(m, x), **_running(m, cfg)}
    return run


def _grad(build, forward):
    """The backward entry: the vector-Jacobian product of the outputs with the cotangents "grad_in:<output>",
    gradients of the inputs and every parameter (block_grad.py)."""
    def run(cfg, x, p):
        return module_vjp(_prepare(build(cfg), cfg, p), x, forward)
    return run


MODULES = {
    "cossim": cossim, "softpool": softpool, "sr_gate": sr_gate,
    "mtconv_paper": _forward(_paper_conv, _one_stream), "mtblock_paper": _forward(_paper_block, _one_stream),
    "mtconv_code": _forward(_code_conv, _two_streams), "mtblock_code": _forward(_code_block, _two_streams),
    "mtconv_paper_grad": _grad(_paper_conv, _one_stream), "mtblock_paper_grad": _grad(_paper_block, _one_stream),
    "mtconv_code_grad": _grad(_code_conv, _two_streams), "mtblock_code_grad": _grad(_code_block, _two_streams),
}


if __name__ == "__main__":
    run_modules(sys.argv[1], MODULES)
