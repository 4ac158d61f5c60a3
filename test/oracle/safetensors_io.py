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
    header = {}
    chunks = []
    offset = 0
    for name, t in tensors.items():
        t = t.detach().contiguous().cpu()
        want = (dtypes or {}).get(name)
        if want == "u32":
            b = t.to(torch.int64).numpy().astype("<u4").tobytes()
            header[name] = {"dtype": "U32", "shape": list(t.shape), "data_offsets": [offset, offset + len(b)]}
            chunks.append(b)
            offset += len(b)
            continue
        if want in _IR:
            t = t.to(_IR[want])
        if t.dtype == torch.float64:
            t = t.to(torch.float32)
        if t.dtype == torch.complex128:
            t = t.to(torch.complex64)
        if t.dtype == torch.int64:
            t = t.to(torch.int32)
        dt = _FROM_TORCH[t.dtype]
        b = t.numpy().tobytes() if t.dtype != torch.bool else t.to(torch.uint8).numpy().tobytes()
        header[name] = {"dtype": dt, "shape": list(t.shape), "data_offsets": [offset, offset + len(b)]}
        chunks.append(b)
        offset += len(b)
    h = json.dumps(header).encode()
    h += b" " * ((8 - (8 + len(h)) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for c in chunks:
            f.write(c)
