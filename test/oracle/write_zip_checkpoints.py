# Writes torch.save checkpoints in the forms of the zip format that Debian's torch (1.13) does not write
# itself, into the folder given as the first argument, for test/unit/checkpoint-zip.test.ts:
#   zip64.pth         rewritten by Python's zipfile with every size and offset in zip64 form
#   zip64-marked.pth  the same with the end record's fields set to their zip64 markers
#   deflated.pth      rewritten by Python's zipfile with every entry deflated
#   torch2.pth        laid out as torch >= 2 writes: byteorder, .format_version, .storage_alignment,
#                     .data/version and .data/serialization_id records, data aligned to 64 bytes
#   big-endian.pth    torch2.pth with byteorder "big" and every storage's elements byte-swapped
#   huge.pth          torch2.pth with the 'pad' tensor's storage grown to 4 GiB + 64 bytes of zeros, first
#                     in the archive, so that every other entry lies beyond 4 GiB (a sparse file: the
#                     zeros take no disk space)
# and expected.json with the tensors' values.
import json
import os
import struct
import sys
import zipfile
import zlib

import torch

out = sys.argv[1]
path = lambda name: os.path.join(out, name)

tensors = {
    'w': torch.arange(6, dtype=torch.float32).reshape(2, 3) / 4,
    'i': torch.tensor([3, -4, 2**31 - 1]),
    'h': torch.tensor([0.5, -2.0, 65504.0]).half(),
    'pad': torch.arange(8, dtype=torch.uint8),
}
torch.save(tensors, path('src.pth'))
with zipfile.ZipFile(path('src.pth')) as z:
    records = {info.filename.split('/', 1)[1]: z.read(info) for info in z.infolist()}
# storages are numbered in the order the pickle meets them: the dict's order here
storage_of = {name: f'data/{k}' for k, name in enumerate(tensors)}

# Python's zipfile writes zip64 extra fields (local and central) for sizes and offsets above ZIP64_LIMIT,
# and the zip64 end record and locator for a central directory beyond it: below every value, all of them.
limit = zipfile.ZIP64_LIMIT
zipfile.ZIP64_LIMIT = -1
with zipfile.ZipFile(path('zip64.pth'), 'w') as z:
    for name, data in records.items():
        z.writestr('zip64/' + name, data)
zipfile.ZIP64_LIMIT = limit
with zipfile.ZipFile(path('deflated.pth'), 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in records.items():
        z.writestr('deflated/' + name, data)
data = bytearray(open(path('zip64.pth'), 'rb').read())
assert data[-22:-18] == b'PK\x05\x06'
data[-22 + 8:-22 + 20] = struct.pack('<HHII', 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
open(path('zip64-marked.pth'), 'wb').write(data)


def crc_of_zeros(n):
    """zlib.crc32 of n zero bytes, by squaring the CRC register's (linear) step on a zero bit."""
    def apply(m, v):
        r = 0
        for bit in range(32):
            if v >> bit & 1:
                r ^= m[bit]
        return r
    step = [(1 << (bit - 1)) if bit else 0xEDB88320 for bit in range(32)]  # one zero bit
    power = [1 << bit for bit in range(32)]
    n *= 8
    while n:
        if n & 1:
            power = [apply(step, c) for c in power]
        step = [apply(step, c) for c in step]
        n >>= 1
    return apply(power, 0xFFFFFFFF) ^ 0xFFFFFFFF


assert crc_of_zeros(1000) == zlib.crc32(bytes(1000))


def write_torch2(file, records, zeros=None):
    """A zip as torch >= 2 lays one out (miniz): each entry's data 64-byte aligned by a 'FB' extra field of
    padding in its local header, zip64 extra fields for sizes and offsets from 2^32 - 1 on, and the zip64
    end record and locator always. `zeros` = (name, n): an entry of n zero bytes, left as a hole."""
    central = []
    with open(file, 'wb') as f:
        items = ([(zeros[0], None)] if zeros else []) + list(records.items())
        for name, data in items:
            full = ('archive/' + name).encode()
            size = zeros[1] if data is None else len(data)
            crc = crc_of_zeros(size) if data is None else zlib.crc32(data)
            at = f.tell()
            big = size >= 0xFFFFFFFF or at >= 0xFFFFFFFF
            z64 = struct.pack('<HH', 1, 16) + struct.pack('<QQ', size, size) if big else b''
            start = at + 30 + len(full) + len(z64) + 4
            pad = (-start) % 64
            extra = z64 + b'FB' + struct.pack('<H', pad) + b'Z' * pad
            f.write(struct.pack('<IHHHHHIIIHH', 0x04034B50, 45 if big else 20, 0, 0, 0, 0x21, crc,
                                0xFFFFFFFF if big else size, 0xFFFFFFFF if big else size, len(full), len(extra)))
            f.write(full + extra)
            assert f.tell() % 64 == 0
            if data is None:
                f.seek(size, 1)
            else:
                f.write(data)
            central.append((full, crc, size, at))
        dir_at = f.tell()
        for full, crc, size, at in central:
            fields = ([size, size] if size >= 0xFFFFFFFF else []) + ([at] if at >= 0xFFFFFFFF else [])
            extra = struct.pack('<HH', 1, 8 * len(fields)) + struct.pack(f'<{len(fields)}Q', *fields) if fields else b''
            s32 = 0xFFFFFFFF if size >= 0xFFFFFFFF else size
            f.write(struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 45, 45, 0, 0, 0, 0x21, crc, s32, s32,
                                len(full), len(extra), 0, 0, 0, 0, min(at, 0xFFFFFFFF)))
            f.write(full + extra)
        end = f.tell()
        count, dir_size = len(central), end - dir_at
        f.write(struct.pack('<IQHHIIQQQQ', 0x06064B50, 44, 45, 45, 0, 0, count, count, dir_size, dir_at))
        f.write(struct.pack('<IIQI', 0x07064B50, 0, end, 1))
        f.write(struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, min(count, 0xFFFF), min(count, 0xFFFF),
                            min(dir_size, 0xFFFFFFFF), min(dir_at, 0xFFFFFFFF), 0))


def torch2(records, order='little'):
    """The records as torch >= 2 names and orders them (storages after the pickle and the markers)."""
    out = {'data.pkl': records['data.pkl'], '.format_version': b'1', '.storage_alignment': b'64', 'byteorder': order.encode()}
    out.update((k, v) for k, v in records.items() if k.startswith('data/'))
    out['.data/version'] = b'3\n'
    out['.data/serialization_id'] = b'1234567890123456789012345678901234567890'
    return out


write_torch2(path('torch2.pth'), torch2(records))

swapped = dict(records)
for name, t in tensors.items():
    size = t.element_size()
    raw = records[storage_of[name]]
    swapped[storage_of[name]] = b''.join(raw[k:k + size][::-1] for k in range(0, len(raw), size))
write_torch2(path('big-endian.pth'), torch2(swapped, 'big'))

huge = torch2(records)
del huge[storage_of['pad']]
write_torch2(path('huge.pth'), huge, (storage_of['pad'], 2**32 + 64))

json.dump({k: v.double().flatten().tolist() for k, v in tensors.items()}, open(path('expected.json'), 'w'))
