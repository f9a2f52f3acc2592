"""Verification codes: printed under the QR code, typed by a person when a phone cannot scan.

80 random bits from ``secrets`` make a code that cannot be guessed or enumerated (the verification page is
public). They are written in RFC 4648 base32 — letters and the digits 2–7, no 0/1/8/9 to confuse with
O/I/B — as four groups of four, e.g. ``K7QX-3MZP-W4DA-JT2C``. Case, spaces and dashes do not matter when a
code comes back, and neither does a 0, 1 or 8 typed for the O, I or B it looks like on paper (a code never
holds those digits, so this cannot hit another code): ``normalise_code`` turns any such spelling into the
canonical one, or ``None``. ``code_in`` finds one typed among words: it holds a letter (a card's or an
account's sixteen digits are no code), and at a question that asks for the person's own words (``alone``) it must
be the message, but for words that ask to check it ("verify", "code", "যাচাই").
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
# four groups of four as printed, by one separator or none (with a 0, 1 or 8 typed for O, I or B); four short
# words are no code, so a code whose groups are parted by spaces holds a figure, as nearly every code does
CODE = re.compile(r"(?<![\w-])(?P<code>[A-Z2-7018]{4}(?P<sep>[-\s]?)[A-Z2-7018]{4}(?P=sep)[A-Z2-7018]{4}"
                  r"(?P=sep)[A-Z2-7018]{4})(?![\w-])", re.IGNORECASE)
# how to check one: "verify", "যাচাই", "jachai", "আসল কিনা" (whether it is genuine), "asol kina"
VERIFY = re.compile(r"\bverif(?:y|ied|ication)\b|যাচাই|\bjachai\b|আসল\s*কি\s*না|\basol\s+kina?\b", re.IGNORECASE)
# the words beside a code typed alone: asking to check it, naming it a code
_BESIDE = re.compile(rf"{VERIFY.pattern}|\b(?:code|check|please|pls|is|this|it|genuine|real)\b"
                     r"|কোড\S*|চেক|আসল|কিনা|করুন|করে|দেখুন|দিন|[^\w]", re.IGNORECASE)


def new_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(CODE_BITS // 8)).decode()
    return _group(raw)


def normalise_code(text: str) -> str | None:
    """The canonical spelling of a code a person or a link gave us; ``None`` if it cannot be one."""
    compact = _SEPARATORS.sub("", text).upper().translate(_LOOKALIKES)
    return _group(compact) if _ALPHABET.fullmatch(compact) else None


def code_in(text: str, *, alone: bool = False) -> str | None:
    """The verification code typed, in its canonical form; None where none was. ``alone``: only where the message
    is the code, but for words asking to check it."""
    for match in CODE.finditer(text):
        typed = match["code"]
        if (match["sep"] == "-" or re.search(r"\d", typed)) and re.search(r"[A-Z]", typed, re.IGNORECASE) and (
                not alone or not _BESIDE.sub("", text[:match.start()] + text[match.end():]).strip("_")):
            if (code := normalise_code(typed)) is not None:
                return code
    return None


def verify_url(public_base_url: str, code: str) -> str:
    """The address the QR code holds: the gateway's public ``GET /verify/{code}``."""
    return f"{public_base_url.rstrip('/')}/verify/{code}"


def _group(compact: str) -> str:
    return "-".join(compact[i:i + GROUP] for i in range(0, len(compact), GROUP))
