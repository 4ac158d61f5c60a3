"""Oracle: sum, mean, max, min, argmax. Results are computed in the input's dtype; the harness stores
them in the graph's dtype (an int64 sum of i32 wraps to i32 there; u32 arrives as int64)."""
import torch


def _u32(x, r):
    """u32 tensors arrive as int64: wrap a sum back into 0..2^32-1."""
    return torch.remainder(r, 2 ** 32) if x.dtype == torch.int64 else r


OPS = {
    "sum": lambda xs, a: _u32(xs[0], torch.sum(xs[0], dim=a["axes"], keepdim=a["keepdims"])),
    "mean": lambda xs, a: torch.mean(xs[0], dim=a["axes"], keepdim=a["keepdims"]),
    "max": lambda xs, a: torch.amax(xs[0], dim=a["axes"], keepdim=a["keepdims"]),
    "min": lambda xs, a: torch.amin(xs[0], dim=a["axes"], keepdim=a["keepdims"]),
    "argmax": lambda xs, a: torch.argmax(xs[0], dim=a["axis"], keepdim=a["keepdims"]),
}
