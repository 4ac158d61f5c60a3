"""PyTorch references for the backbone pieces (nn/resnet.ts, nn/head.ts): stems, bottlenecks and the
pooling head, written the way torchvision and the official code of each paper write them, with their
module names, so load_state_dict(strict=True) checks every state_dict key and shape as well as the math.

usage: block_backbone.py DIR   (the batch protocol of batch.py / nn_oracle.py)

Modules (config keys in brackets):
  stem        conv -> BN -> ReLU -> max pool: the C2D stem (Conv3d (s,7,7) stride (s,2,2) pad (0,3,3), conv1/bn1),
              the 3DResNet stem (Conv3d (5,7,7) stride (1,2,2) pad (2,3,3), conv/bn as SlowFast's
              ResNetBasicStem) or torchvision's 2-D stem   [kind: c2d | resnet3d | tsn, in, out, training, ...]
  bottleneck  torchvision's Bottleneck (2-D; its own forward when nothing is inserted), the C2D Bottleneck of
              C2D_DTF_ResNet / C2D_SIFA_ResNet (3-D, 1x3x3), SIFA's GBottleneck (fc1/fc2 global context) or
              SlowFast's ResBlock (branch1, branch2.a .. c_bn), optionally wrapped as `net` (official TAM's
              TemporalBottleneck) with a test hook at a named position   [layout, inplanes, planes, stride,
              downsample, conv1T, gc, names, inner, hook, hookAt, finalRelu, training]
  head        average pool + fc (or SlowFast's projection); TSN consensus over segments; masked temporal
              average (a mask input, or the first validFrames frames); several streams concatenated
              [classes, name, segments, masked, validFrames, streams]
Outputs: y, and in training every BN's updated running statistics by state_dict key. Computes in float32."""
import os
import sys

import torch
import torch.nn.functional as F
import torchvision
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import run_modules  # noqa: E402

torch.set_num_threads(1)


def _running_stats(root):
    return {k: v.clone() for k, v in root.state_dict().items() if k.endswith(("running_mean", "running_var"))}


def _run(root, params, training, fn):
    root.load_state_dict(params, strict=True)
    root.train(training)
    out = {"y": fn()}
    if training:
        out.update(_running_stats(root))
    return out


# ---- stems -------------------------------------------------------------------------------------------

class C2DStem(nn.Module):
    """C2D_DTF_ResNet / C2D_SIFA_ResNet: conv1, bn1, relu, maxpool."""

    def __init__(self, cin, cout, early_stride):
        super().__init__()
        self.conv1 = nn.Conv3d(cin, cout, kernel_size=[early_stride, 7, 7], stride=[early_stride, 2, 2], padding=[0, 3, 3], bias=False)
        self.bn1 = nn.BatchNorm3d(cout)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool3d(kernel_size=[1, 3, 3], stride=[1, 2, 2], padding=[0, 1, 1])

    def forward(self, x):
        return self.maxpool(self.relu(self.bn1(self.conv1(x))))


class ResNetBasicStem(nn.Module):
    """SlowFast / SGS stem_helper.ResNetBasicStem: conv, bn, relu, pool_layer."""

    def __init__(self, cin, cout, kt):
        super().__init__()
        self.conv = nn.Conv3d(cin, cout, [kt, 7, 7], stride=[1, 2, 2], padding=[kt // 2, 3, 3], bias=False)
        self.bn = nn.BatchNorm3d(cout, eps=1e-5, momentum=0.1)
        self.relu = nn.ReLU(True)
        self.pool_layer = nn.MaxPool3d(kernel_size=[1, 3, 3], stride=[1, 2, 2], padding=[0, 1, 1])

    def forward(self, x):
        return self.pool_layer(self.relu(self.bn(self.conv(x))))


class TsnStem(nn.Module):
    """torchvision ResNet's conv1, bn1, relu, maxpool."""

    def __init__(self, cin, cout):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, kernel_size=7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)

    def forward(self, x):
        return self.maxpool(self.relu(self.bn1(self.conv1(x))))


def stem(cfg, x, p):
    kind = cfg["kind"]
    cin, cout = cfg.get("in", 3), cfg["out"]
    if kind == "c2d":
        m = C2DStem(cin, cout, cfg.get("earlyStride", 4))
    elif kind == "resnet3d":
        m = ResNetBasicStem(cin, cout, cfg.get("temporalKernel", 5))
    else:
        m = TsnStem(cin, cout)
    return _run(m, p, cfg["training"], lambda: m(x["x"]))


# ---- bottlenecks -------------------------------------------------------------------------------------

def conv1x1x1(cin, cout, stride=1):
    return nn.Conv3d(cin, cout, kernel_size=1, stride=[1, stride, stride], bias=False)


def conv1x3x3(cin, cout, stride=1):
    return nn.Conv3d(cin, cout, kernel_size=[1, 3, 3], stride=[1, stride, stride], padding=[0, 1, 1], bias=False)


class C2DBottleneck(nn.Module):
    """The Bottleneck of C2D_DTF_ResNet / C2D_SIFA_ResNet (conv1x1x1, conv1x3x3 with the stride, conv1x1x1),
    conv1 optionally kt x 1 x 1; with gc the GBottleneck's fc1 / fc2 (C -> C/16 -> C)."""

    def __init__(self, inplanes, planes, stride, downsample, kt=1, gc=False, reduction=16):
        super().__init__()
        width, out = planes, planes * 4
        self.conv1 = nn.Conv3d(inplanes, width, kernel_size=[kt, 1, 1], padding=[kt // 2, 0, 0], bias=False)
        self.bn1 = nn.BatchNorm3d(width)
        self.conv2 = conv1x3x3(width, width, stride)
        self.bn2 = nn.BatchNorm3d(width)
        self.conv3 = conv1x1x1(width, out)
        self.bn3 = nn.BatchNorm3d(out)
        self.relu = nn.ReLU(inplace=True)
        self.downsample = nn.Sequential(conv1x1x1(inplanes, out, stride), nn.BatchNorm3d(out)) if downsample else None
        if gc:
            self.avgpool = nn.AdaptiveAvgPool3d((1, 1, 1))
            self.fc1 = nn.Linear(out, out // reduction)
            self.fc1_relu = nn.ReLU(inplace=True)
            self.fc2 = nn.Linear(out // reduction, out)


class SlowFastTransform(nn.Module):
    """resnet_helper.BottleneckTransform: a (Tx1x1), b (1x3x3, stride), c (1x1x1), each with its BN."""

    def __init__(self, dim_in, dim_out, kt, stride, dim_inner):
        super().__init__()
        self.a = nn.Conv3d(dim_in, dim_inner, kernel_size=[kt, 1, 1], stride=[1, 1, 1], padding=[kt // 2, 0, 0], bias=False)
        self.a_bn = nn.BatchNorm3d(dim_inner)
        self.b = nn.Conv3d(dim_inner, dim_inner, [1, 3, 3], stride=[1, stride, stride], padding=[0, 1, 1], bias=False)
        self.b_bn = nn.BatchNorm3d(dim_inner)
        self.c = nn.Conv3d(dim_inner, dim_out, kernel_size=[1, 1, 1], bias=False)
        self.c_bn = nn.BatchNorm3d(dim_out)


class SlowFastResBlock(nn.Module):
    """resnet_helper.ResBlock: branch1 / branch1_bn when dim or stride change, branch2."""

    def __init__(self, dim_in, dim_out, kt, stride, dim_inner, downsample):
        super().__init__()
        if downsample:
            self.branch1 = nn.Conv3d(dim_in, dim_out, kernel_size=1, stride=[1, stride, stride], padding=0, bias=False)
            self.branch1_bn = nn.BatchNorm3d(dim_out)
        self.branch2 = SlowFastTransform(dim_in, dim_out, kt, stride, dim_inner)


ROLES = {
    "torchvision": dict(conv1="conv1", bn1="bn1", conv2="conv2", bn2="bn2", conv3="conv3", bn3="bn3", dsConv="downsample.0", dsBn="downsample.1"),
    "slowfast": dict(conv1="branch2.a", bn1="branch2.a_bn", conv2="branch2.b", bn2="branch2.b_bn", conv3="branch2.c", bn3="branch2.c_bn", dsConv="branch1", dsBn="branch1_bn"),
}


class HookScale(nn.Module):
    """A test block with one parameter, to check where a hook's state_dict keys land."""

    def __init__(self, c):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(c))


def _hook(kind, root, x):
    if kind == "tanh":
        return torch.tanh(x)
    if kind == "scale":
        return x * root.hook.weight.view(1, -1, *([1] * (x.dim() - 2)))
    raise KeyError(kind)


def bottleneck(cfg, x, p):
    layout, inplanes, planes = cfg["layout"], cfg["inplanes"], cfg["planes"]
    stride, out = cfg.get("stride", 1), planes * 4
    ds = cfg.get("downsample", stride != 1 or inplanes != out)
    names = cfg.get("names", "torchvision")
    gc = cfg.get("gc", False)
    if layout == "2d":
        downsample = nn.Sequential(nn.Conv2d(inplanes, out, 1, stride, bias=False), nn.BatchNorm2d(out)) if ds else None
        blk = torchvision.models.resnet.Bottleneck(inplanes, planes, stride, downsample)
    elif names == "slowfast":
        blk = SlowFastResBlock(inplanes, out, cfg.get("conv1T", 1), stride, planes, ds)
    else:
        blk = C2DBottleneck(inplanes, planes, stride, ds, cfg.get("conv1T", 1), gc)
    root = blk
    if cfg.get("inner"):
        root = nn.Module()
        root.add_module(cfg["inner"], blk)
    hook, at = cfg.get("hook"), cfg.get("hookAt")
    if hook == "scale":
        root.hook = HookScale(out if at == "beforeFinalRelu" else planes)
    final_relu = cfg.get("finalRelu", True)
    plain = layout == "2d" and root is blk and hook is None and final_relu

    def forward():
        xx = x["x"]
        if plain:  # torchvision's own forward
            return blk(xx)
        r = ROLES[names]
        g = blk.get_submodule
        h = (lambda pos, v: _hook(hook, root, v) if at == pos else v)
        o = h("afterConv1", F.relu(g(r["bn1"])(g(r["conv1"])(xx))))
        o = h("afterConv2BeforeBn2", g(r["conv2"])(o))
        o = h("afterBn2Relu", F.relu(g(r["bn2"])(o)))
        o = g(r["bn3"])(g(r["conv3"])(o))
        identity = g(r["dsBn"])(g(r["dsConv"])(xx)) if ds else xx
        if gc:  # GBottleneck.forward: gc from the bn3 output, out += identity + gc
            v = blk.fc2(blk.fc1_relu(blk.fc1(torch.flatten(blk.avgpool(o.clone()), 1))))
            o = o + (identity + v.view(v.size(0), v.size(1), 1, 1, 1))
        else:
            o = o + identity
        o = h("beforeFinalRelu", o)
        return F.relu(o) if final_relu else o

    return _run(root, p, cfg["training"], forward)


# ---- head --------------------------------------------------------------------------------------------

def head(cfg, x, p):
    name = cfg.get("name", "fc")
    streams = cfg.get("streams", 1)
    xs = [x["x%d" % i] if streams > 1 else x["x"] for i in range(streams)]
    cin = sum(v.shape[1] for v in xs)
    root = nn.Module()
    root.add_module(name, nn.Linear(cin, cfg["classes"]))
    fc = getattr(root, name)
    root.load_state_dict(p, strict=True)

    def pooled(v):
        if cfg.get("masked") or "validFrames" in cfg:
            if "validFrames" in cfg:  # the first validFrames frames (one count, or one per clip)
                n, t = v.shape[0], v.shape[2]
                cnt = torch.tensor(cfg["validFrames"]).reshape(-1, 1)
                m = (torch.arange(t)[None, :] < cnt).float().expand(n, t)
            else:
                m = x["mask"]
            f = v.mean(dim=(3, 4))
            return (f * m[:, None, :]).sum(2) / m.sum(1, keepdim=True)
        return torch.flatten(F.adaptive_avg_pool3d(v, 1) if v.dim() == 5 else F.adaptive_avg_pool2d(v, 1), 1)

    feats = torch.cat([pooled(v) for v in xs], 1)
    y = fc(feats)
    seg = cfg.get("segments")
    if seg:  # TSN avg consensus over the per-frame scores
        y = y.view(-1, seg, y.shape[1]).mean(1)
    return {"y": y}


MODULES = {"stem": stem, "bottleneck": bottleneck, "head": head}


if __name__ == "__main__":
    run_modules(sys.argv[1], MODULES)
