"""The PIN that guards an employee's pay, and the lock that stops guessing it.

A PIN is 4–6 digits, so there are at most a million of them: what protects it is a slow, salted hash
(scrypt, memory-hard, one salt per employee) for a copy of the database, and the lock for the chat: five wrong
tries close payroll for that employee for thirty minutes, and the third lock in a row (fifteen wrong tries with
no right one between) holds until the office resets the PIN. Thirty-minute locks alone would let whoever holds
the employee's phone try 240 PINs a day, a four-digit PIN's worth in six weeks; fifteen tries are one chance in
about six hundred. Patterns anyone would try first
(``1111``, ``1234``, ``9876``) are refused when the PIN is chosen. The PIN itself is never stored.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

MAX_TRIES = 5
LOCK_FOR = timedelta(minutes=30)
MAX_LOCKS = 3  # locks in a row; the last holds until the office resets the PIN
SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1, "dklen": 32}  # ~16 MiB and tens of milliseconds per try


# What no PIN can be, so no try at one: not digits at all (a word, a date), or too few or too many digits ("0", "12",
# a phone number). A PIN too easy to guess is still a PIN: typed for one set long ago, it is checked as any other.
NOT_A_PIN = frozenset({"pin_format", "pin_length"})


def pin_problem(text: str) -> str | None:
    """Why ``text`` cannot be a PIN (a text key), or None when it can."""
    pin = text.strip()
    if not pin.isascii() or not pin.isdigit():
        return "pin_format"
    if not 4 <= len(pin) <= 6:
        return "pin_length"
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:], strict=False)}
    if len(set(pin)) == 1 or steps in ({1}, {-1}):
        return "pin_too_simple"
    return None


def new_salt() -> str:
    return secrets.token_hex(16)


def pin_hash(pin: str, salt: str) -> str:
    """CPU- and memory-heavy on purpose: async callers run it in a worker thread."""
    return hashlib.scrypt(pin.strip().encode(), salt=bytes.fromhex(salt), **SCRYPT).hex()


def matches(pin: str, salt: str, stored: str) -> bool:
    return hmac.compare_digest(pin_hash(pin, salt), stored)


@dataclass(frozen=True)
class Access:
    """An employee's PIN (hashed) and their wrong tries; ``last_try`` is the message that made the last
    try, so a redelivered message is not counted twice."""

    employee_id: str
    salt: str = ""
    hashed: str = ""
    failed: int = 0
    locked_until: datetime | None = None
    last_try: str = ""
    locks: int = 0  # locks in a row since the last right PIN, new PIN or reset
    version: int | None = field(default=None, compare=False)

    @property
    def has_pin(self) -> bool:
        return bool(self.hashed)

    @property
    def held(self) -> bool:
        """Locked until the office resets the PIN, whatever the time."""
        return self.locks >= MAX_LOCKS

    def locked(self, now: datetime) -> bool:
        return self.held or (self.locked_until is not None and now < self.locked_until)

    def tries_left(self) -> int:
        return MAX_TRIES - self.failed

    def last_lock_next(self) -> bool:
        """The next lock is the one only the office can open."""
        return self.locks == MAX_LOCKS - 1

    def with_pin(self, salt: str, hashed: str) -> Access:
        return replace(self, salt=salt, hashed=hashed, failed=0, locked_until=None, locks=0)

    def right(self, now: datetime) -> Access:
        return replace(self, failed=0, locked_until=None, locks=0)

    def wrong(self, now: datetime, message: str) -> Access:
        """One more wrong try; the fifth locks, and the third lock in a row holds. A try after an expired lock
        starts a fresh count of tries, not of locks."""
        if (message and message == self.last_try) or self.held:
            return self
        failed = 1 if self.locked_until is not None and now >= self.locked_until else self.failed + 1
        if failed >= MAX_TRIES:
            return replace(self, failed=MAX_TRIES, locked_until=now + LOCK_FOR, last_try=message,
                           locks=self.locks + 1)
        return replace(self, failed=failed, locked_until=None, last_try=message)

    def reset(self) -> Access:
        """The office's reset for a forgotten PIN: no PIN, no tries, no lock; the next chat sets a new one."""
        return replace(self, salt="", hashed="", failed=0, locked_until=None, locks=0)
