"""Oracle: rfft, irfft (torch.fft), real, imag, complex."""
import torch


def _rfft(xs, a):
    x = xs[0]
    # torch 1.13's CPU FFT has no half kernel; widening f16 to f32 is exact
    if x.dtype == torch.float16:
        x = x.to(torch.float32)
    return torch.fft.rfft(x, n=a["n"], dim=a["axis"], norm=a["norm"])


def _irfft(xs, a):
    return torch.fft.irfft(xs[0], n=a["n"], dim=a["axis"], norm=a["norm"])


OPS = {
    "rfft": _rfft,
    "irfft": _irfft,
    "real": lambda xs, a: torch.real(xs[0]),
    "conj": lambda xs, a: torch.conj(xs[0]).resolve_conj(),
    "imag": lambda xs, a: torch.imag(xs[0]),
    "complex": lambda xs, a: torch.complex(xs[0], xs[1]),
}
