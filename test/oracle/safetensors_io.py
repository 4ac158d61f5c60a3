"""Minimal .safetensors reader/writer for the oracle (the format: 8-byte LE header length, JSON
header, raw little-endian data). Handles the project's dtypes, including C64 (complex64)."""
import json
import struct

import torch

_TO_TORCH = {
    "F32": torch.float32, "F16": torch.float16, "I32": torch.int32, "BOOL": torch.bool,
    "C64": torch.complex64, "F64": torch.float64, "I64": torch.int64,
}
_FROM_TORCH = {v: k for k, v in _TO_TORCH.items()}


def load(path):
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n])
    data = raw[8 + n:]
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        shape = info["shape"]
        if info["dtype"] == "U32":
            # torch 1.13 has no uint32: read as int64 values
            buf = bytearray(data[begin:end])
            vals = struct.unpack("<%dI" % (len(buf) // 4), buf)
            out[name] = torch.tensor(vals, dtype=torch.int64).reshape(shape)
            continue
        dtype = _TO_TORCH[info["dtype"]]
        buf = bytearray(data[begin:end])
        if len(buf) == 0:
            out[name] = torch.zeros(shape, dtype=dtype)
        else:
            out[name] = torch.frombuffer(buf, dtype=dtype).reshape(shape).clone()
    return out


_IR = {"f32": torch.float32, "f16": torch.float16, "i32": torch.int32, "bool": torch.bool, "c64": torch.complex64}


def save(path, tensors, dtypes=None):
    """Write tensors; dtypes (name -> IR dtype) converts each result to the dtype the graph declares."""
    entries = []
    for name, t in tensors.items():
        t = t.detach().contiguous().cpu()
        want = (dtypes or {}).get(name)
        if want == "u32":
            entries.append((name, "U32", list(t.shape), t.to(torch.int64).numpy().astype("<u4").tobytes()))
            continue
        if want in _IR:
            t = t.to(_IR[want])
        if t.dtype == torch.float64:
            t = t.to(torch.float32)
        if t.dtype == torch.complex128:
            t = t.to(torch.complex64)
        if t.dtype == torch.int64:
            t = t.to(torch.int32)
        entries.append((name, _FROM_TORCH[t.dtype], list(t.shape), _bytes(t)))
    _write(path, entries)


_STORED = {torch.float64: "F64", torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.int64: "I64",
           torch.int32: "I32", torch.int16: "I16", torch.int8: "I8", torch.uint8: "U8", torch.bool: "BOOL",
           torch.complex64: "C64"}


def save_stored(path, tensors):
    """Write tensors at their own dtypes, any PyTorch dtype, as a checkpoint converted to .safetensors holds them."""
    _write(path, [(name, _STORED[t.dtype], list(t.shape), _bytes(t.detach().contiguous().cpu())) for name, t in tensors.items()])


def _bytes(t):
    if t.dtype == torch.bfloat16:
        return t.view(torch.int16).numpy().tobytes()  # numpy has no bfloat16
    if t.dtype == torch.bool:
        return t.to(torch.uint8).numpy().tobytes()
    return t.numpy().tobytes()


def _write(path, entries):
    """entries: (name, safetensors dtype, shape, little-endian bytes), laid out in order."""
    header = {}
    offset = 0
    for name, dtype, shape, b in entries:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(b)]}
        offset += len(b)
    h = json.dumps(header).encode()
    h += b" " * ((8 - (8 + len(h)) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for _, _, _, b in entries:
            f.write(b)
