"""PyTorch oracle for the optimizer mathematics of train/: torch.optim.SGD, torch.optim.AdamW,
torch.nn.utils.clip_grad_norm_ and the learning-rate schedulers, in float32 on the CPU (single-tensor
optimizer form, one thread).

usage:
  optim.py DIR              the batch protocol of batch.py; cases:
    {"id", "kind": "sgd" | "adamw", "config": {torch keyword arguments}, "lrs": [base lr of each step],
     "groups": [{"params": [names], "lr_scale", "weight_decay" (optional: the config's)}]}
     with inputs "<id>/param:<name>" and "<id>/grads:<name>" (steps, *shape)
      -> "<id>/params:<name>" (steps, *shape): the parameter after each step, and the final state
         ("<id>/momentum_buffer:<name>" for SGD with momentum; "<id>/m:<name>", "<id>/v:<name>" for AdamW)
    {"id", "kind": "clip", "max_norm", "grads": [keys]} -> "<id>/grad<i>" clipped, "<id>/total_norm"
  optim.py --schedules JSON  prints, as JSON, each schedule's learning rates of steps 0..steps-1 (float64):
    [{"kind": "constant" | "multistep" | "cosine", "base", "steps", ...}]
"""
import json
import os
import sys
import warnings

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import run_batch  # noqa: E402

torch.set_num_threads(1)


def _optimize(c, tensors):
    params = {}
    groups = []
    for g in c["groups"]:
        ps = [torch.nn.Parameter(tensors["%s/param:%s" % (c["id"], n)].clone()) for n in g["params"]]
        params.update(zip(g["params"], ps))
        group = {"params": ps, "lr_scale": g.get("lr_scale", 1.0)}
        if "weight_decay" in g:
            group["weight_decay"] = g["weight_decay"]
        groups.append(group)
    cls = torch.optim.SGD if c["kind"] == "sgd" else torch.optim.AdamW
    opt = cls(groups, lr=c["lrs"][0], foreach=False, **c["config"])
    history = {n: [] for n in params}
    for i, lr in enumerate(c["lrs"]):
        for group in opt.param_groups:
            group["lr"] = lr * group["lr_scale"]
        for n, p in params.items():
            p.grad = tensors["%s/grads:%s" % (c["id"], n)][i].clone()
        opt.step()
        for n, p in params.items():
            history[n].append(p.detach().clone())
    out = {}
    names = {"momentum_buffer": "momentum_buffer", "exp_avg": "m", "exp_avg_sq": "v"}
    for n, p in params.items():
        out["%s/params:%s" % (c["id"], n)] = torch.stack(history[n])
        for key, name in names.items():
            if opt.state[p].get(key) is not None:
                out["%s/%s:%s" % (c["id"], name, n)] = opt.state[p][key]
    return out


def _clip(c, tensors):
    params = []
    for key in c["grads"]:
        g = tensors[key]
        p = torch.nn.Parameter(torch.zeros_like(g))
        p.grad = g.clone()
        params.append(p)
    total = torch.nn.utils.clip_grad_norm_(params, c["max_norm"])
    out = {"%s/grad%d" % (c["id"], i): p.grad for i, p in enumerate(params)}
    out["%s/total_norm" % c["id"]] = total
    return out


def run_case(c, tensors):
    fn = {"sgd": _optimize, "adamw": _optimize, "clip": _clip}[c["kind"]]
    return fn(c, tensors), {}


def _scheduler(s, opt):
    if s["kind"] == "constant":
        return torch.optim.lr_scheduler.ConstantLR(opt, factor=1.0, total_iters=0)
    if s["kind"] == "multistep":
        return torch.optim.lr_scheduler.MultiStepLR(opt, milestones=s["milestones"], gamma=s.get("gamma", 0.1))
    warmup = s.get("warmupSteps", 0)
    cosine = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=s["totalSteps"] - warmup, eta_min=s.get("minLr", 0))
    if warmup == 0:
        return cosine
    linear = torch.optim.lr_scheduler.LinearLR(opt, start_factor=s.get("warmupStartFactor", 1 / 3), end_factor=1.0, total_iters=warmup)
    return torch.optim.lr_scheduler.SequentialLR(opt, schedulers=[linear, cosine], milestones=[warmup])


def schedules(specs):
    out = []
    for s in specs:
        opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=s["base"])
        sched = _scheduler(s, opt)
        lrs = []
        for _ in range(s["steps"]):
            lrs.append(opt.param_groups[0]["lr"])
            opt.step()
            sched.step()
        out.append(lrs)
    return out


if __name__ == "__main__":
    if sys.argv[1] == "--schedules":
        warnings.simplefilter("ignore")  # SequentialLR's step(0) at the milestone warns of a deprecated form
        print(json.dumps(schedules(json.loads(sys.argv[2]))))
    else:
        run_batch(sys.argv[1], run_case)
