"""Oracle: matmul, conv, avgpool, maxpool.

f16 inputs are computed in float64 and the result cast back to f16 by the writer: torch 1.13 on CPU has
no half kernels for addmm, slow_conv2d, avg_pool or max_pool. Rounding a float64 result once to f16 is
what the reference does, so the comparison stays within tolerance."""
import torch
import torch.nn.functional as F


def _compute_dtype(x):
    return torch.float64 if x.dtype == torch.float16 else x.dtype


def _per_axis(v, n, fallback):
    """The IR's per-spatial-axis attribute: [] means `fallback` on every axis."""
    return list(v) if len(v) else list(fallback)


def _matmul(xs, a):
    x, y = xs
    dt = _compute_dtype(x)
    return torch.matmul(x.to(dt), y.to(dt))


def _spread(x, r):
    """x with r[d] - 1 zeros between neighbours along each spatial axis d (conv's inputDilation)."""
    sizes = [(s - 1) * k + 1 for s, k in zip(x.shape[2:], r)]
    out = x.new_zeros(list(x.shape[:2]) + sizes)
    out[(slice(None), slice(None)) + tuple(slice(None, None, k) for k in r)] = x
    return out


def _conv(xs, a):
    x, w = xs
    dt = _compute_dtype(x)
    n = w.dim() - 2
    fn = {1: F.conv1d, 2: F.conv2d, 3: F.conv3d}[n]
    x = _spread(x, _per_axis(a.get("inputDilation", []), n, [1] * n))
    return fn(x.to(dt), w.to(dt), stride=_per_axis(a["stride"], n, [1] * n), padding=_per_axis(a["padding"], n, [0] * n),
              dilation=_per_axis(a["dilation"], n, [1] * n), groups=a["groups"])


def _avgpool(xs, a):
    (x,) = xs
    k = a["kernel"]
    n = len(k)
    fn = {1: F.avg_pool1d, 2: F.avg_pool2d, 3: F.avg_pool3d}[n]
    return fn(x.to(_compute_dtype(x)), k, stride=_per_axis(a["stride"], n, k), padding=_per_axis(a["padding"], n, [0] * n),
              ceil_mode=a["ceilMode"], count_include_pad=a["countIncludePad"])


def _maxpool(xs, a):
    (x,) = xs
    k = a["kernel"]
    n = len(k)
    fn = {1: F.max_pool1d, 2: F.max_pool2d, 3: F.max_pool3d}[n]
    return fn(x.to(_compute_dtype(x)), k, stride=_per_axis(a["stride"], n, k), padding=_per_axis(a["padding"], n, [0] * n),
              dilation=_per_axis(a["dilation"], n, [1] * n), ceil_mode=a["ceilMode"])


OPS = {
    "matmul": _matmul,
    "conv": _conv,
    "avgpool": _avgpool,
    "maxpool": _maxpool,
}
