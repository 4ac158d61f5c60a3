"""The PyTorch side of `npm run bench:gpu`: each block config's forward in eager mode and under
torch.compile, each with CUDA graphs off and on, L2 flushed before every timed forward, and the device's
copy bandwidth. With device cpu (the dry mode) only eager runs; CUDA graphs and the L2 flush need CUDA,
and torch.compile needs PyTorch 2.0: each skipped part says why.

usage: gpu_torch.py JOB.json   (JOB: {"device", "repeats", "compile": [config ids], "configs": [{"id",
"block", "cfg", "dir"}], "out"}; each dir holds tensors.safetensors from bench/data.ts; the eager output
is written to dir/eager.safetensors for the Node side to check, the timings to JOB's "out")."""
import json
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_blocks import build_block  # noqa: E402
from safetensors_io import load, save  # noqa: E402  (on the path through torch_blocks)

L2_FLUSH_BYTES = 256 * 2 ** 20  # larger than any current GPU's L2 (H100: 50 MiB)


class Timer:
    """Median ms of fn over `repeats` forwards after 2 warm-ups; on CUDA each forward is bracketed by
    events and preceded by a write of L2_FLUSH_BYTES, so it starts with a cold L2."""

    def __init__(self, device, repeats):
        self.device, self.repeats = device, repeats
        self.flush = torch.empty(L2_FLUSH_BYTES // 4, device=device) if device == "cuda" else None

    def __call__(self, fn):
        for _ in range(2):
            fn()
        samples = []
        for _ in range(self.repeats):
            if self.device == "cuda":
                self.flush.zero_()
                start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
                start.record()
                fn()
                end.record()
                torch.cuda.synchronize()
                samples.append(start.elapsed_time(end))
            else:
                t0 = time.perf_counter()
                fn()
                samples.append((time.perf_counter() - t0) * 1000)
        samples.sort()
        return samples[len(samples) // 2]


def copy_bandwidth(device, timer):
    n = (2 ** 30 if device == "cuda" else 64 * 2 ** 20) // 4
    src, dst = torch.randn(n, device=device), torch.empty(n, device=device)
    ms = timer(lambda: dst.copy_(src))
    return {"bytes": 4 * n, "ms": ms, "gbPerS": 2 * 4 * n / (ms * 1e6)}


def with_graph(fn, x):
    """fn captured in a CUDA graph: returns a replay function."""
    stream = torch.cuda.Stream()
    stream.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(stream):
        for _ in range(3):
            fn(x)
    torch.cuda.current_stream().wait_stream(stream)
    g = torch.cuda.CUDAGraph()
    with torch.cuda.graph(g):
        fn(x)
    return g.replay


def measure(label, make, timer):
    try:
        return {"ms": timer(make())}
    except Exception as e:  # a part that cannot run here is reported with its reason, never dropped
        return {"skipped": "%s failed: %s: %s" % (label, type(e).__name__, str(e).split("\n")[0][:200])}


def run_config(c, device, timer, compile_it):
    t = load(os.path.join(c["dir"], "tensors.safetensors"))
    x = t.pop("x").to(device)
    module, forward = build_block(c["block"], c["cfg"], t)
    module.to(device)
    out = {}
    with torch.no_grad():
        save(os.path.join(c["dir"], "eager.safetensors"), {"y": forward(x).float().cpu()})
        out["eager"] = measure("eager", lambda: (lambda: forward(x)), timer)
        cuda_only = "CUDA graphs need a CUDA device (dry mode runs on the CPU)"
        out["eagerGraph"] = measure("eager + CUDA graph", lambda: with_graph(forward, x), timer) if device == "cuda" else {"skipped": cuda_only}
        if not hasattr(torch, "compile"):
            why = "torch %s has no torch.compile (PyTorch 2.0+)" % torch.__version__
            out["compiled"] = out["compiledGraph"] = {"skipped": why}
        elif not compile_it:
            out["compiled"] = out["compiledGraph"] = {"skipped": "not compiled: outside the suite's time budget (run with --compile-all)"}
        else:
            torch._dynamo.reset()
            plain = torch.compile(forward)
            out["compiled"] = measure("torch.compile", lambda: (lambda: plain(x)), timer)
            if device == "cuda":
                torch._dynamo.reset()
                graphed = torch.compile(forward, mode="reduce-overhead")
                out["compiledGraph"] = measure("torch.compile reduce-overhead", lambda: (lambda: graphed(x)), timer)
            else:
                out["compiledGraph"] = {"skipped": cuda_only}
    return out


def main():
    job = json.load(open(sys.argv[1]))
    device = job["device"]
    if device == "cuda" and not torch.cuda.is_available():
        raise SystemExit("gpu_torch.py: CUDA requested but torch.cuda.is_available() is False")
    timer = Timer(device, job["repeats"])
    name = torch.cuda.get_device_name() if device == "cuda" else "CPU (%d threads)" % torch.get_num_threads()
    result = {"torch": torch.__version__, "device": name, "copy": copy_bandwidth(device, timer), "configs": {}}
    for c in job["configs"]:
        t0 = time.perf_counter()
        result["configs"][c["id"]] = run_config(c, device, timer, c["id"] in job["compile"])
        sys.stderr.write("torch %s: %.1f s\n" % (c["id"], time.perf_counter() - t0))
    with open(job["out"], "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
