"""Oracle: reshape, permute, expand, slice, pad, concat, flip, roll. Values move unchanged, so every
dtype goes through as it arrives (u32 as int64)."""
import torch
import torch.nn.functional as F


def _slice(x, a):
    index = [slice(None)] * x.dim()
    steps = a["steps"] or [1] * len(a["axes"])
    for axis, start, end, step in zip(a["axes"], a["starts"], a["ends"], steps):
        index[axis] = slice(start, end, step)
    return x[tuple(index)]


def _torch_pad(pads):
    """F.pad's order: last axis first, (before, after) each."""
    return [p for pair in reversed(pads) for p in pair]


def _replicate_expressible(x, pads):
    # replication_pad{1,2,3}d: float only; pads the last k axes of a rank k+1 or k+2 tensor
    padded = [k for k, (lo, hi) in enumerate(pads) if lo or hi]
    if x.dtype != torch.float32 or not padded:
        return False
    k = x.dim() - padded[0]
    return 1 <= k <= 3 and x.dim() in (k + 1, k + 2)


def _pad(x, a):
    pads = a["pads"]
    if a["mode"] == "zero":
        return F.pad(x, _torch_pad(pads), mode="constant", value=a["value"])
    if _replicate_expressible(x, pads):
        k = x.dim() - min(k for k, (lo, hi) in enumerate(pads) if lo or hi)
        return F.pad(x, _torch_pad(pads[-k:]), mode="replicate")
    # elsewhere replicate is index clamping, one axis at a time
    for k, (lo, hi) in enumerate(pads):
        n = x.shape[k]
        idx = torch.clamp(torch.arange(-lo, n + hi), 0, max(n - 1, 0))
        x = torch.index_select(x, k, idx)
    return x


OPS = {
    "reshape": lambda xs, a: torch.reshape(xs[0], a["shape"]),
    "permute": lambda xs, a: xs[0].permute(a["perm"]),
    "expand": lambda xs, a: xs[0].expand(a["shape"]),
    "slice": lambda xs, a: _slice(xs[0], a),
    "pad": lambda xs, a: _pad(xs[0], a),
    "concat": lambda xs, a: torch.cat(xs, dim=a["axis"]),
    "flip": lambda xs, a: torch.flip(xs[0], a["axes"]),
    "roll": lambda xs, a: torch.roll(xs[0], a["shifts"], a["axes"]),
}
