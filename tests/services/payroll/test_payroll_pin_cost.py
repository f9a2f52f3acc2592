"""The PIN's hash at its real cost: scrypt at n = 2**14, r = 8 (16 MiB a try), one salt per employee. The other
tests hash at a lighter n (tests/conftest.py); this one and the processes the tests start do not."""
from __future__ import annotations

import time

from services.payroll.domain.access import matches, new_salt, pin_hash


def test_the_pin_hash_is_memory_hard_at_16_mib_and_salted(real_pin_hash: dict[str, int]) -> None:
    assert real_pin_hash["n"] >= 2 ** 14 and real_pin_hash["r"] >= 8
    assert 128 * real_pin_hash["n"] * real_pin_hash["r"] >= 16 * 2 ** 20  # scrypt's memory: 128 · n · r bytes
    salt, other = new_salt(), new_salt()
    assert salt != other
    began = time.perf_counter()
    hashed = pin_hash("739164", salt)
    took = time.perf_counter() - began
    assert matches("739164", salt, hashed) and matches(" 739164 ", salt, hashed)
    assert not matches("739165", salt, hashed) and pin_hash("739164", other) != hashed
    assert took > 0.002, took  # a light hash takes microseconds; 16 MiB of memory to fill cannot
