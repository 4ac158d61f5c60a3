"""Oracle: gather and topk_indices."""
import torch


def _gather(xs, a):
    x, index = xs
    axis = a["axis"] % x.dim()
    # size-1 index axes stand for every position of x there (take_along_axis); torch.gather wants them expanded
    shape = [index.shape[d] if d == axis else x.shape[d] for d in range(x.dim())]
    return torch.gather(x, axis, index.long().expand(shape))


def _topk_indices(xs, a):
    x = xs[0]
    # torch.topk's order among equal values is unspecified; a stable sort keeps equal values in index
    # order (lower index first) both ascending and descending, and puts NaN above every number
    order = torch.sort(x, dim=a["axis"], descending=a["largest"], stable=True).indices
    chosen = order.narrow(a["axis"], 0, a["k"])
    if not a["sorted"]:
        chosen = torch.sort(chosen, dim=a["axis"]).values
    return chosen.to(torch.int32)


OPS = {
    "gather": _gather,
    "topk_indices": _topk_indices,
}
