# Writes small PyTorch checkpoints, as users have them, into the folder given as the first argument, for the
# checkpoint loader's tests (test/unit/checkpoint-*.test.ts), and expected.json with the values they hold
# and the output of the model they come from.
import argparse
import collections
import json
import os
import sys
import zipfile

import torch

import safetensors_io

out = sys.argv[1]
path = lambda name: os.path.join(out, name)

torch.manual_seed(0)
# The network of the tests: nn.Sequential(Conv2d, BatchNorm2d), BN statistics made non-trivial.
model = torch.nn.Sequential(torch.nn.Conv2d(2, 3, 3), torch.nn.BatchNorm2d(3))
with torch.no_grad():
    model[1].weight.uniform_(0.5, 1.5)
    model[1].bias.uniform_(-1, 1)
    model[1].running_mean.uniform_(-0.5, 0.5)
    model[1].running_var.uniform_(0.5, 2)
model[1].num_batches_tracked.fill_(17)
model.eval()
sd = model.state_dict()
x = torch.randn(1, 2, 5, 5)

torch.save(sd, path('plain.pth'))
torch.save({'state_dict': sd, 'epoch': 7, 'best_acc': 0.5, 'args': argparse.Namespace(lr=0.1)}, path('nested.pth.tar'))
module = collections.OrderedDict(('module.' + k, v) for k, v in sd.items())
module['module.extra.weight'] = torch.ones(2)
torch.save({'model': module}, path('module.pt'))
# A model's own Parameters (saved through _rebuild_parameter), not a state dict's detached tensors.
torch.save(dict(model.named_parameters()), path('parameters.pth'))
torch.save(sd, path('legacy.pth'), _use_new_zipfile_serialization=False)

# The same archive with every entry deflated, as a repacking tool may leave it.
with zipfile.ZipFile(path('plain.pth')) as src, zipfile.ZipFile(path('deflated.pth'), 'w', zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        dst.writestr(info.filename, src.read(info.filename))

# One dtype each, and views whose strides and offsets are not row-major.
base = torch.arange(24, dtype=torch.float32).reshape(4, 6)
typed = {
    'f64': torch.tensor([0.1, -2.5, 3e38], dtype=torch.float64),
    'f64_big': torch.tensor([1e39], dtype=torch.float64),
    'bf16': torch.tensor([1.5, -0.375, 3.0e5]).bfloat16(),
    'f16': torch.tensor([0.1, 2.0, -65504.0]).half(),
    'i64': torch.tensor([3, -4, 2**31 - 1]),
    'i64_big': torch.tensor([2**31]),
    'i32': torch.tensor([5, -6], dtype=torch.int32),
    'i16': torch.tensor([-300, 7], dtype=torch.int16),
    'i8': torch.tensor([-5, 8], dtype=torch.int8),
    'u8': torch.tensor([200, 1], dtype=torch.uint8),
    'bool': torch.tensor([True, False, True]),
    'transposed': base.t(),
    'strided': base[1:, ::2],
    'scalar': torch.tensor(4.5),
}
torch.save(typed, path('dtypes.pth'))

safetensors_io.save_stored(path('dtypes.safetensors'), typed)
safetensors_io.save_stored(path('plain.safetensors'), sd)

values = lambda d: {k: v.double().flatten().tolist() for k, v in d.items()}
with torch.no_grad():
    y = model(x)
json.dump({'state_dict': values(sd), 'typed': values(typed), 'x': x.flatten().tolist(), 'y': y.flatten().tolist()}, open(path('expected.json'), 'w'))
