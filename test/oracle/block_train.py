"""Training steps of a block oracle: torch.optim steps on the module a block script builds for its gradient
entry point (block_*.py's *_grad modules, which hand their module, inputs and forward to
block_grad.module_vjp). Here that hand-off is taken over: instead of one vector-Jacobian product, `steps`
optimizer steps minimise sum over outputs y of (y * cotangent_y).sum(), with the same cotangents ("grad_in:y")
every step, in float64.

usage: block_train.py DIR (the batch protocol of batch.py)
A case's module is "<script>:<grad module>" (e.g. "block_tam.py:tam_train_grad"); config["train"] holds
optimizer ("sgd" or "adamw"), lrs (one learning rate per step), and the optimizer's settings (momentum,
dampening, nesterov, weight_decay; betas, eps, weight_decay), and "no_decay" (parameter names in a group of
their own with weight_decay 0). Outputs: every entry of the module's state_dict after the steps ("param:<key>"),
float32; integer buffers (num_batches_tracked) are left out."""
import importlib
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import run_batch  # noqa: E402
from block_grad import PREFIX  # noqa: E402

torch.set_num_threads(1)


def optimizer(train, module):
    named = [(n, q) for n, q in module.named_parameters() if q.requires_grad]
    quiet = set(train.get("no_decay", []))
    groups = [{"params": [q for n, q in named if n not in quiet]}, {"params": [q for n, q in named if n in quiet], "weight_decay": 0.0}]
    groups = [g for g in groups if g["params"]]
    lr = train["lrs"][0]
    if train["optimizer"] == "sgd":
        return torch.optim.SGD(groups, lr=lr, momentum=train.get("momentum", 0.0), dampening=train.get("dampening", 0.0),
                               nesterov=train.get("nesterov", False), weight_decay=train.get("weight_decay", 0.0))
    if train["optimizer"] == "adamw":
        return torch.optim.AdamW(groups, lr=lr, betas=tuple(train.get("betas", (0.9, 0.999))), eps=train.get("eps", 1e-8),
                                 weight_decay=train.get("weight_decay", 0.01))
    raise ValueError("unknown optimizer %r" % train["optimizer"])


def trainer(train, result):
    def run(module, ins, forward, narrow=False):
        module = module.double()
        xs = {k: v.double() for k, v in ins.items() if not k.startswith(PREFIX)}
        opt = optimizer(train, module)
        with torch.enable_grad():
            for lr in train["lrs"]:
                for g in opt.param_groups:
                    g["lr"] = lr
                opt.zero_grad()
                outs = forward(module, xs)
                loss = 0
                for k, y in outs.items():
                    c = ins[PREFIX + k].double()
                    if narrow:
                        for axis, size in enumerate(y.shape):
                            c = c.narrow(axis, 0, size)
                    loss = loss + (y * c).sum()
                loss.backward()
                opt.step()
        for k, v in module.state_dict().items():
            if v.is_floating_point():
                result["param:" + k] = v.float()
        return {}
    return run


def run_case(c, tensors):
    script, entry = c["module"].split(":")
    block = importlib.import_module(script[:-3] if script.endswith(".py") else script)
    config = dict(c["config"])
    train = config.pop("train")
    result = {}
    block.module_vjp = trainer(train, result)
    ins = {k: tensors[v] for k, v in c["inputs"].items()}
    params = {k: tensors[v] for k, v in c["params"].items()}
    block.MODULES[entry](config, ins, params)
    return {"%s/%s" % (c["id"], name): t for name, t in result.items()}, {}


if __name__ == "__main__":
    run_batch(sys.argv[1], run_case)
