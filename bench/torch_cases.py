"""PyTorch CPU (float32) versions of the bench cases, run as a labelled different-device reference.

usage: torch_cases.py CASE DATA_DIR BUDGET_MS TOL
Reads the case's inputs from DATA_DIR (written by bench/data.ts), checks the output against the float64
reference (max |y - y64| / max |y64| <= TOL) and only then times warm forwards; prints `CHECK {json}`
then `RESULT {json}` as the Node workers do. A case without a PyTorch version says so."""
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "oracle"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from safetensors_io import load  # noqa: E402
from torch_blocks import build_block  # noqa: E402


def fft_filter(t):
    x = t["x"]
    T = x.shape[2]
    C, M = t["filter_re"].shape
    filt = torch.complex(t["filter_re"], t["filter_im"]).reshape(1, C, M, 1, 1)
    spec = torch.fft.rfft(x, dim=2, norm="ortho")
    return {"y": x + torch.fft.irfft(spec * filt, n=T, dim=2, norm="ortho")}


def tam_conv(t):
    z, theta = t["z"], t["theta"]
    N, C, K = theta.shape
    NT, _, H, W = z.shape
    T = NT // N
    # the official code's grouped conv: (1, N*C, T, H*W) with one (K, 1) kernel per (n, c)
    zz = z.reshape(N, T, C, H * W).permute(0, 2, 1, 3).reshape(1, N * C, T, H * W)
    y = F.conv2d(zz, theta.reshape(N * C, 1, K, 1), padding=(K // 2, 0), groups=N * C)
    return {"y": y.reshape(N, C, T, H * W).permute(0, 2, 1, 3).reshape(NT, C, H, W).contiguous()}


def dtf_corr_agg(t):
    x = t["x"]
    N, C, T, H, W = x.shape
    K = 3
    q = x[:, :, :-1]
    nxt = x[:, :, 1:].reshape(N * C * (T - 1), 1, H, W)
    keys = F.unfold(nxt, K, padding=K // 2).reshape(N, C, T - 1, K * K, H, W)
    corr = (q.unsqueeze(3) * keys).sum(1) / C  # (N, T-1, K², H, W)
    attn = torch.softmax(corr, dim=2)
    agg = (attn.unsqueeze(1) * keys).sum(3)
    return {"y": torch.cat([q + agg, x[:, :, -1:]], dim=2)}


def block(name, cfg):
    def run(t, _cache={}):
        if "m" not in _cache:  # built once per process, like the other systems' loaded programs
            params = {k: v for k, v in t.items() if k != "x"}
            _cache["m"] = build_block(name, cfg, params)[1]
        return {"y": _cache["m"](t["x"])}
    return run


CASES = {
    **{f"fft-filter-T{T}": fft_filter for T in (8, 16, 32, 64)},
    "tam-conv": tam_conv,
    "dtf-corr-agg": dtf_corr_agg,
    # the shapes of bench/cases.ts
    "block-tam": block("tam", {"channels": 64, "segments": 8}),
    "block-dtf": block("dtf", {"channels": 64, "clipLen": 8}),
}


def emit(tag, obj):
    sys.stdout.write(f"{tag} {json.dumps(obj)}\n")
    sys.stdout.flush()


def timed(fn, t, warmup, repeats):
    for _ in range(warmup):
        fn(t)
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn(t)
        samples.append((time.perf_counter() - t0) * 1000)
    return float(np.median(samples))


def main():
    case, data_dir, budget, tol = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    device = f"PyTorch {torch.__version__} CPU float32, {torch.get_num_threads()} threads"
    fn = CASES.get(case)
    if fn is None:
        emit("RESULT", {"system": "torch-cpu", "case": case, "unavailable": "no PyTorch version written for this case"})
        return
    meta = json.load(open(os.path.join(data_dir, "meta.json")))
    t = load(os.path.join(data_dir, "tensors.safetensors"))
    with torch.no_grad():
        t0 = time.perf_counter()
        out = fn(t)
        check_ms = (time.perf_counter() - t0) * 1000
        rel = 0.0
        worst = 0.0
        for o in meta["outputs"]:
            want = np.fromfile(os.path.join(data_dir, "expected", o["name"] + ".f64"), dtype="<f8")
            got = out[o["name"]].detach().double().numpy().reshape(-1)
            err = float(np.max(np.abs(got - want)))
            worst = max(worst, err)
            rel = max(rel, err / (float(np.max(np.abs(want))) or 1.0))
        check = {"pass": bool(rel <= tol), "relError": rel, "maxAbsError": worst}
        emit("CHECK", {"check": check, "checkMs": check_ms, "device": device})
        result = {"system": "torch-cpu", "case": case, "device": device, "check": check}
        if check["pass"]:
            repeats = 1
            if check_ms <= budget:
                probe = timed(fn, t, 0, 1)
                repeats = max(3, min(50, round(budget / max(probe, 0.01))))
            result.update(repeats=repeats, ms=timed(fn, t, 1 if repeats > 1 else 0, repeats))
        emit("RESULT", result)


if __name__ == "__main__":
    main()
