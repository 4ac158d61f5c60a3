"""Oracle: unfold (sliding windows as a tap axis), from zero padding, slices and stack."""
import itertools

import torch


def _unfold(xs, a):
    x = xs[0]
    axes = [ax % x.dim() for ax in a["axes"]]
    pads = a["padding"] or [0] * len(axes)
    shape = list(x.shape)
    inner = [slice(None)] * x.dim()
    for ax, p in zip(axes, pads):
        shape[ax] += 2 * p
        inner[ax] = slice(p, p + x.shape[ax])
    padded = torch.zeros(shape, dtype=x.dtype)
    padded[tuple(inner)] = x
    taps = []
    for offs in itertools.product(*[range(k) for k in a["kernel"]]):
        sl = [slice(None)] * x.dim()
        for ax, k, off in zip(axes, a["kernel"], offs):
            sl[ax] = slice(off, off + shape[ax] - k + 1)
        taps.append(padded[tuple(sl)])
    at = a["at"] % (x.dim() + 1)
    return torch.stack(taps, dim=at)


OPS = {
    "unfold": _unfold,
}
