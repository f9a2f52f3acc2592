"""The person behind a complaint, as other departments may see them and as we may reach them.

Events name a person by a keyed pseudonym (``shared.privacy``); a stay complaint from the tourism service
carries the guest's number and their words sealed, which only a process holding the same key opens. The
keys come from the settings, read once per process.
"""
from __future__ import annotations

from functools import cache

from shared.privacy import Privacy, SealBroken
from shared.settings import load_settings


@cache
def _privacy() -> Privacy:
    return Privacy.from_settings(load_settings())


def person_id(wa_id: str) -> str:
    return _privacy().person_id(wa_id)


def opened(sealed: str) -> str | None:
    """What a sealed field holds (the guest's number, their complaint as written), or None when it cannot be
    opened (altered, or another key)."""
    try:
        return _privacy().open(sealed)
    except SealBroken:
        return None
