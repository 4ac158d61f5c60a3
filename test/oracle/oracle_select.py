"""Oracle: gather, topk_indices and keep_frames."""
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


def _keep_frames(xs, a):
    x, lengths = xs
    axis = a["axis"] % x.dim()
    pos = torch.arange(x.shape[axis]).reshape([-1 if d == axis else 1 for d in range(x.dim())])
    per_clip = lengths.long().reshape([-1] + [1] * (x.dim() - 1)) if lengths.dim() == 1 else lengths.long()
    return torch.where(pos < per_clip, x, torch.zeros((), dtype=x.dtype))


OPS = {
    "gather": _gather,
    "topk_indices": _topk_indices,
    "keep_frames": _keep_frames,
}
