"""Matching the mobile number an application was registered with to the WhatsApp number asking about it.

The portal records a mobile as the applicant typed it (``98300 12345``, ``+91-9830012345``,
``09830012345``); WhatsApp gives the number as digits with the country code (``919830012345``). Both are
brought to that one form before they are compared or stored, so the comparison is exact and a number
that is not an Indian mobile (ten digits starting 6–9) is refused when the record is made, not later.
"""
from __future__ import annotations

import re

COUNTRY = "91"
_MOBILE = re.compile(r"[6-9]\d{9}")


def mobile_key(text: str) -> str | None:
    """``91`` and the ten digits of an Indian mobile number, or None when ``text`` is not one."""
    digits = re.sub(r"\D", "", text or "")
    if len(digits) == 12 and digits.startswith(COUNTRY):
        digits = digits[2:]
    elif len(digits) == 11 and digits.startswith("0"):
        digits = digits[1:]
    return COUNTRY + digits if _MOBILE.fullmatch(digits) else None


def same_mobile(registered: str, wa_id: str) -> bool:
    """True only when both are the same Indian mobile; an unreadable number matches nothing."""
    key = mobile_key(registered)
    return key is not None and key == mobile_key(wa_id)
