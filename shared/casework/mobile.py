"""Matching the mobile number an application was registered with to the WhatsApp number asking about it.

The portal records a mobile as the applicant typed it (``98300 12345``, ``+91-9830012345``,
``09830012345``); ``mobile_key`` brings that to one form, ``91`` and the ten digits, before it is stored, so
a number that is not an Indian mobile (ten digits starting 6–9) is refused when the record is made. That
leniency is for what an office types only. WhatsApp gives the asker's number as the full international
number, digits only (``919830012345``); it is compared with the stored key exactly, never read as typed:
Singapore's ``6591234567`` is ten digits too, and is not the Indian mobile ``65912 34567``.
"""
from __future__ import annotations

import re

COUNTRY = "91"
_MOBILE = re.compile(r"[6-9]\d{9}")
_WA_ID = re.compile(r"[1-9]\d{6,14}")  # E.164 without the "+": a country code, then the subscriber number


def mobile_key(text: str) -> str | None:
    """``91`` and the ten digits of an Indian mobile number as an office typed it, or None when it is not one."""
    digits = re.sub(r"\D", "", text or "")
    if len(digits) == 12 and digits.startswith(COUNTRY):
        digits = digits[2:]
    elif len(digits) == 11 and digits.startswith("0"):
        digits = digits[1:]
    return COUNTRY + digits if _MOBILE.fullmatch(digits) else None


def wa_key(wa_id: str) -> str | None:
    """The stored form a WhatsApp number would have: itself when it is an Indian mobile with its country
    code, else None (a foreign number has no case here, however many digits it shares with one)."""
    if not _WA_ID.fullmatch(wa_id or "") or not wa_id.isascii():
        return None
    return wa_id if wa_id.startswith(COUNTRY) and _MOBILE.fullmatch(wa_id[len(COUNTRY):]) else None


def same_mobile(registered: str, wa_id: str) -> bool:
    """True only when the WhatsApp number is exactly the registered Indian mobile; an unreadable number
    matches nothing."""
    key = mobile_key(registered)
    return key is not None and key == wa_key(wa_id)
