"""The vector-Jacobian product of a block oracle's module, by PyTorch autograd in float64: the backward entry
points of the block_*.py scripts call module_vjp with the module they built (parameters loaded).

A case's inputs hold the block's inputs by name and, for each differentiated output y, its cotangent as
"grad_in:y" (the graph's name for it). The result holds "grad:<name>" for every input and for every
parameter that requires grad (buffers and frozen weights get none), float32; an input or parameter that
no differentiated output depends on gets zeros."""
import torch

PREFIX = "grad_in:"


def module_vjp(module, ins, forward, narrow=False):
    """forward(module, {input name: float64 tensor}) -> {output name: tensor}. With narrow, a cotangent
    longer than its output on some axis is cut to the output's size (an output of data-dependent length
    that the graph pads)."""
    module = module.double()
    xs = {k: v.double().requires_grad_() for k, v in ins.items() if not k.startswith(PREFIX)}
    params = [(n, q) for n, q in module.named_parameters() if q.requires_grad]
    with torch.enable_grad():
        outs = forward(module, xs)
        names = [k for k in outs if PREFIX + k in ins]
        if not names:
            raise KeyError("no cotangent among the inputs for any output of %s" % sorted(outs))
        cots = []
        for k in names:
            c = ins[PREFIX + k].double()
            if narrow:
                for axis, size in enumerate(outs[k].shape):
                    c = c.narrow(axis, 0, size)
            if c.shape != outs[k].shape:
                raise ValueError("cotangent of %s has shape %s, output %s" % (k, tuple(c.shape), tuple(outs[k].shape)))
            cots.append(c)
        sources = list(xs.values()) + [q for _, q in params]
        grads = torch.autograd.grad([outs[k] for k in names], sources, cots, allow_unused=True)
    keys = list(xs) + [n for n, _ in params]
    return {"grad:" + k: (torch.zeros_like(s) if g is None else g).float() for k, s, g in zip(keys, sources, grads)}
