"""Oracle: scatter_add (torch.scatter_add into zeros) and fold (the adjoint of unfold, from autograd)."""
import torch

from oracle_window import _unfold


def _scatter_add(xs, a):
    src, index = xs
    axis = a["axis"] % src.dim()
    # size-1 index axes stand for every position of src there; torch.scatter_add wants them expanded
    index = index.long().expand([src.shape[d] for d in range(src.dim())])
    shape = list(src.shape)
    shape[axis] = a["size"]
    return torch.zeros(shape, dtype=src.dtype).scatter_add(axis, index, src)


def _fold(xs, a):
    y = xs[0]
    at = a["at"] % y.dim()
    shape = [d for i, d in enumerate(y.shape) if i != at]
    axes = [ax % len(shape) for ax in a["axes"]]
    for ax, size in zip(axes, a["sizes"]):
        shape[ax] = size
    if not (y.dtype.is_floating_point or y.dtype.is_complex):
        # integers: the same sum, taken in float64 (exact at these sizes)
        return _fold([y.double()], a).to(y.dtype)
    # the vector-Jacobian product of unfold with y (unfold's coefficients are real: no conjugation)
    with torch.enable_grad():
        x = torch.zeros(shape, dtype=y.dtype, requires_grad=True)
        (grad,) = torch.autograd.grad(_unfold([x], a), x, grad_outputs=y, create_graph=y.requires_grad)
    return grad


OPS = {
    "scatter_add": _scatter_add,
    "fold": _fold,
}
