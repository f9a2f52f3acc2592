"""Verification codes: printed under the QR code, typed by a person when a phone cannot scan.

80 random bits from ``secrets`` make a code that cannot be guessed or enumerated (the verification page is
public). They are written in RFC 4648 base32 — letters and the digits 2–7, no 0/1/8/9 to confuse with
O/I/B — as four groups of four, e.g. ``K7QX-3MZP-W4DA-JT2C``. Case, spaces and dashes do not matter when a
code comes back, and neither does a 0, 1 or 8 typed for the O, I or B it looks like on paper (a code never
holds those digits, so this cannot hit another code): ``normalise_code`` turns any such spelling into the
canonical one, or ``None``.
"""
from __future__ import annotations

import base64
import re
import secrets

CODE_BITS = 80
GROUP = 4
_CHARS = CODE_BITS // 5  # base32 carries 5 bits a character
_ALPHABET = re.compile(rf"[A-Z2-7]{{{_CHARS}}}")
_SEPARATORS = re.compile(r"[\s\-_.]+")
_LOOKALIKES = str.maketrans("018", "OIB")


def new_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(CODE_BITS // 8)).decode()
    return _group(raw)


def normalise_code(text: str) -> str | None:
    """The canonical spelling of a code a person or a link gave us; ``None`` if it cannot be one."""
    compact = _SEPARATORS.sub("", text).upper().translate(_LOOKALIKES)
    return _group(compact) if _ALPHABET.fullmatch(compact) else None


def verify_url(public_base_url: str, code: str) -> str:
    """The address the QR code holds: the gateway's public ``GET /verify/{code}``."""
    return f"{public_base_url.rstrip('/')}/verify/{code}"


def _group(compact: str) -> str:
    return "-".join(compact[i:i + GROUP] for i in range(0, len(compact), GROUP))
