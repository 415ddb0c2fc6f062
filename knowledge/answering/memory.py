"""Giving freed heap back to the system after a large build.

glibc keeps memory that a process frees inside its heap for reuse; after a build that made
and dropped some hundreds of MiB of temporaries (the index at 100× the shipped knowledge
base), much of it stays resident although nothing uses it, and what is built next grows
beside it rather than in it. malloc_trim(0) returns the free pages. Elsewhere (another libc,
another system) it is a no-op.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache


@cache
def _trim():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):
        return None


def release_free_memory() -> None:
    trim = _trim()
    if trim is not None:
        trim(0)
