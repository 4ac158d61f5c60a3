"""Oracle: unary, binary, comparisons, where, cast, const."""
import torch

DT = {"f32": torch.float32, "f16": torch.float16, "i32": torch.int32, "u32": torch.int64,
      "bool": torch.bool, "c64": torch.complex64}



def _cast(x, a):
    to = a["to"]
    if to == "c64":
        return x.to(torch.complex64)
    if to == "u32":
        # torch 1.13 has no uint32: truncate toward zero, then wrap modulo 2^32
        return torch.remainder(x.to(torch.float64).trunc().nan_to_num(0, 0, 0).to(torch.int64), 2 ** 32)
    if to in ("i32",) and x.is_floating_point():
        return x.to(torch.float64).trunc().nan_to_num(0, 0, 0).to(torch.int64).to(torch.int32)
    return x.to(DT[to])


def _u32(fn):
    """u32 tensors arrive as int64; wrap the result back into 0..2^32-1."""
    def g(xs, a):
        r = fn(xs, a)
        if xs[0].dtype == torch.int64 and r.dtype == torch.int64:
            r = torch.remainder(r, 2 ** 32)
        return r
    return g


OPS = {
    "neg": _u32(lambda xs, a: -xs[0]),
    "abs": lambda xs, a: torch.abs(xs[0]),
    "exp": lambda xs, a: torch.exp(xs[0]),
    "log": lambda xs, a: torch.log(xs[0]),
    "sqrt": lambda xs, a: torch.sqrt(xs[0]),
    "rsqrt": lambda xs, a: torch.rsqrt(xs[0]),
    "sigmoid": lambda xs, a: torch.sigmoid(xs[0]),
    "tanh": lambda xs, a: torch.tanh(xs[0]),
    "relu": lambda xs, a: torch.relu(xs[0]),
    "sin": lambda xs, a: torch.sin(xs[0]),
    "cos": lambda xs, a: torch.cos(xs[0]),
    "add": _u32(lambda xs, a: xs[0] + xs[1]),
    "sub": _u32(lambda xs, a: xs[0] - xs[1]),
    "mul": _u32(lambda xs, a: xs[0] * xs[1]),
    "div": lambda xs, a: xs[0] / xs[1],
    "maximum": lambda xs, a: torch.maximum(xs[0], xs[1]),
    "minimum": lambda xs, a: torch.minimum(xs[0], xs[1]),
    "pow": lambda xs, a: torch.pow(xs[0], xs[1]),
    "eq": lambda xs, a: xs[0] == xs[1],
    "ne": lambda xs, a: xs[0] != xs[1],
    "lt": lambda xs, a: xs[0] < xs[1],
    "le": lambda xs, a: xs[0] <= xs[1],
    "gt": lambda xs, a: xs[0] > xs[1],
    "ge": lambda xs, a: xs[0] >= xs[1],
    "where": lambda xs, a: torch.where(xs[0], xs[1], xs[2]),
    "cast": lambda xs, a: _cast(xs[0], a),
}
