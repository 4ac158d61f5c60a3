"""The PyTorch oracle for every registry op: OPS maps an op name to fn(inputs, attrs) -> tensor.
Each family lives in its own module; attribute names are the IR's (camelCase)."""
from oracle_elementwise import OPS as _elementwise
from oracle_reduce import OPS as _reduce
from oracle_movement import OPS as _movement
from oracle_linalg import OPS as _linalg
from oracle_fft import OPS as _fft
from oracle_sampling import OPS as _sampling
from oracle_select import OPS as _select
from oracle_window import OPS as _window
from oracle_scatter import OPS as _scatter

OPS = {}
for table in (_elementwise, _reduce, _movement, _linalg, _fft, _sampling, _select, _window, _scatter):
    for name, fn in table.items():
        assert name not in OPS, "oracle for %s defined twice" % name
        OPS[name] = fn
