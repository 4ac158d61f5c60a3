"""Oracle: bilinear (deformable-conv sampling) and interpolate (linear / bilinear / trilinear resize)."""
import torch
import torch.nn.functional as F
import torchvision


def _working(t):
    # torch 1.13's CPU grid_sample and upsample kernels have no float16: work in float32, and the
    # result is rounded back to f16 when saved
    return t.float() if t.dtype == torch.float16 else t


def _bilinear(xs, a):
    image, y, x = (_working(t) for t in xs)
    B, C, H, W = image.shape
    S = y.shape[1:]
    # H or W == 1 makes the normalisation 2y/(H-1)-1 divide by zero. A zero row (column) appended
    # past the edge reads exactly like the out-of-image corner it replaces, and the explicit mask
    # below still cuts samples at y >= H, so pad such an axis to 2.
    pad_h, pad_w = int(H == 1), int(W == 1)
    img = F.pad(image, (0, pad_w, 0, pad_h))
    Hp, Wp = H + pad_h, W + pad_w
    # grid_sample unnormalises to pixels again; that float32 round trip moves a coordinate of ~10 by
    # ~1e-6 pixel, which alone can exceed the 1e-6 tolerance, so the coordinates travel in float64
    img = img.double()
    yd, xd = y.double().reshape(B, 1, -1), x.double().reshape(B, 1, -1)
    grid = torch.stack([2 * xd / (Wp - 1) - 1, 2 * yd / (Hp - 1) - 1], dim=-1)
    out = F.grid_sample(img, grid, mode="bilinear", padding_mode="zeros", align_corners=True)
    # the spec's rule (§3.2, §7): a sample at y <= -1, y >= H, x <= -1 or x >= W (or NaN) is 0
    inside = ((yd > -1) & (yd < H) & (xd > -1) & (xd < W)).unsqueeze(1)
    out = torch.where(inside, out, torch.zeros((), dtype=out.dtype)).reshape(B, C, *S)
    if len(S) == 2 and tuple(S) == (H, W):
        _cross_check_deform_conv(image.double(), y.double(), x.double(), out)
    return out.to(image.dtype)


def _cross_check_deform_conv(image, y, x, out):
    """When the sample grid is H x W, a 1x1 identity deform_conv2d with offset (y - h, x - w) samples
    the same points: torchvision's bilinear kernel implements the DCN rule directly."""
    B, C, H, W = image.shape
    hh = torch.arange(H, dtype=image.dtype).view(1, H, 1)
    ww = torch.arange(W, dtype=image.dtype).view(1, 1, W)
    offset = torch.stack([y - hh, x - ww], dim=1)
    weight = torch.eye(C, dtype=image.dtype).view(C, C, 1, 1)
    dc = torchvision.ops.deform_conv2d(image, offset, weight)
    finite = torch.isfinite(out)
    err = (dc - out)[finite].abs().max().item() if finite.any() else 0.0
    scale = max(out[finite].abs().max().item(), 1.0) if finite.any() else 1.0
    assert err <= 1e-9 * scale, "deform_conv2d disagrees with grid_sample: max abs diff %g" % err


def _bilinear_splat(xs, a, admits=None):
    """Each sample adds value x weight into each of its four corners inside the image (index_add in
    float64, differentiable in the values and, through the weights, in the coordinates); `admits(cy, cx)`,
    when given, masks the (B, samples) corners further."""
    values, y, x = xs
    H, W = a["size"]
    B, C = values.shape[:2]
    v = values.double().reshape(B, C, -1)
    yd, xd = y.double().reshape(B, -1), x.double().reshape(B, -1)
    inside = (yd > -1) & (yd < H) & (xd > -1) & (xd < W)
    y0, x0 = torch.floor(torch.where(inside, yd, 0.0)), torch.floor(torch.where(inside, xd, 0.0))
    ly, lx = torch.where(inside, yd, 0.0) - y0, torch.where(inside, xd, 0.0) - x0
    out = torch.zeros(B, C, H * W, dtype=torch.float64)
    for cy, wy in ((y0, 1 - ly), (y0 + 1, ly)):
        for cx, wx in ((x0, 1 - lx), (x0 + 1, lx)):
            ok = inside & (cy >= 0) & (cy < H) & (cx >= 0) & (cx < W)
            if admits is not None:
                ok = ok & admits(cy, cx)
            pixel = torch.where(ok, cy * W + cx, 0.0).long()
            for b in range(B):
                contrib = torch.where(ok[b], wy[b] * wx[b], 0.0) * torch.where(ok[b], v[b], 0.0)
                out[b] = out[b].index_add(1, pixel[b], contrib)
    return out.reshape(B, C, H, W).to(values.dtype)


def _sample_table(xs, a):
    """y and x of each batch, then per block of samples the min and max of the floors of the inside
    samples' coordinates (H, -2 and W, -2 where a block has none), by masked amin/amax over the samples
    padded to whole blocks."""
    y, x = xs
    H, W = a["size"]
    block = a["block"]
    B = y.shape[0]
    yd, xd = y.double().reshape(B, -1), x.double().reshape(B, -1)
    n = yd.shape[1]
    blocks = -(-n // block)
    inside = (yd > -1) & (yd < H) & (xd > -1) & (xd < W)
    pad = blocks * block - n
    inside = F.pad(inside, (0, pad), value=False).reshape(B, blocks, block)
    bounds = []
    for c, size in ((yd, H), (xd, W)):
        f = F.pad(torch.floor(torch.where(torch.isnan(c), 0.0, c)), (0, pad)).reshape(B, blocks, block)
        bounds.append(torch.where(inside, f, float(size)).amin(dim=2))
        bounds.append(torch.where(inside, f, -2.0).amax(dim=2))
    return torch.cat([yd, xd, torch.stack(bounds, dim=2).reshape(B, -1)], dim=1).float()


def _bilinear_splat_bounded(xs, a):
    """bilinear_splat at the table's coordinates, each corner kept only where its block's bounds admit it."""
    values, table = xs
    B = values.shape[0]
    n = values[0, 0].numel()
    block = a["block"]
    t = table.double()
    y, x = t[:, :n], t[:, n:2 * n]
    of_sample = t[:, 2 * n:].reshape(B, -1, 4)[:, torch.arange(n) // block, :]  # (B, samples, 4)

    def admits(cy, cx):
        return ((of_sample[..., 0] <= cy) & (cy <= of_sample[..., 1] + 1)
                & (of_sample[..., 2] <= cx) & (cx <= of_sample[..., 3] + 1))
    return _bilinear_splat([values, y, x], a, admits)


_MODES = {1: "linear", 2: "bilinear", 3: "trilinear"}


def _interpolate(xs, a):
    x = xs[0]
    size = a["size"]
    out = F.interpolate(_working(x), size=size, mode=_MODES[len(size)], align_corners=a["alignCorners"])
    return out.to(x.dtype)


OPS = {
    "bilinear": _bilinear,
    "bilinear_splat": _bilinear_splat,
    "bilinear_splat_bounded": _bilinear_splat_bounded,
    "sample_table": _sample_table,
    "interpolate": _interpolate,
}
