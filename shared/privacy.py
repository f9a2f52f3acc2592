"""How people appear in events other departments read: never by phone number.

``person_id`` is a keyed hash (HMAC-SHA256 with ``PANCHAYAT_PSEUDONYM_KEY``): the same person has the same
id in every event of every service, so a department can count repeat complainants or join a booking to a
complaint, but cannot learn or guess the number (a plain hash of a 12-digit number is reversed by trying
them all; a keyed one is not without the key).

Where one of our services must reach the person an event is about (a stay complaint becomes a grievance
ticket that tells the guest when it moves), the event carries ``contact``: the number sealed with a key
derived from the same secret (Fernet: AES-CBC + HMAC). Subscribers see an opaque token; only processes
holding the key open it. Without the setting a fixed development key is used and ``is_development`` says
so; deployments set the variable (``.env.example``, ``docker-compose.yml``).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from functools import cache, cached_property

from cryptography.fernet import Fernet, InvalidToken

DEVELOPMENT_KEY = "panchayat-development-pseudonym-key"  # noqa: S105 - a published default, not a secret
PERSON_PREFIX = "p-"


class SealBroken(ValueError):
    """A contact token that was altered or sealed with another key."""


PHONE = re.compile(r"(?<![\dA-Za-z])(?:\+?91[- ]?)?[6-9]\d{9}(?!\d)")
FORBIDDEN_KEYS = re.compile(r"(^|_)(wa_id|phone|mobile|msisdn|pin|pin_hash|salary|basic|gross|net|earnings|"
                            r"deductions|tds|hra|da)($|_)")


def event_leaks(payload: object, path: str = "") -> list[str]:
    """Where an event payload names a person by number, or holds pay or a PIN (by field name or a number
    shaped like an Indian mobile); empty when it is clean."""
    found: list[str] = []
    if isinstance(payload, dict):
        for key, value in payload.items():
            if FORBIDDEN_KEYS.search(str(key)):
                found.append(f"{path}{key}: a field of this name must not be in an event")
            found += event_leaks(value, f"{path}{key}.")
    elif isinstance(payload, list):
        for i, value in enumerate(payload):
            found += event_leaks(value, f"{path}{i}.")
    elif isinstance(payload, str | int) and PHONE.search(str(payload)):
        found.append(f"{path.rstrip('.')}: looks like a phone number")
    return found


@dataclass(frozen=True)
class Privacy:
    key: str = DEVELOPMENT_KEY

    @classmethod
    def from_settings(cls, settings: object) -> Privacy:
        secret = getattr(settings, "PANCHAYAT_PSEUDONYM_KEY", None)
        value = secret.get_secret_value() if secret is not None and hasattr(secret, "get_secret_value") else secret
        return cls(str(value)) if value else cls()

    @property
    def is_development(self) -> bool:
        return self.key == DEVELOPMENT_KEY

    def person_id(self, wa_id: str) -> str:
        digest = hmac.new(self._derived(b"person"), wa_id.strip().lstrip("+").encode(), hashlib.sha256)
        return PERSON_PREFIX + digest.hexdigest()[:24]

    def seal(self, wa_id: str) -> str:
        return self._fernet.encrypt(wa_id.encode()).decode()

    def open(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except (InvalidToken, ValueError) as error:
            raise SealBroken("contact token cannot be opened with this key") from error

    def _derived(self, purpose: bytes) -> bytes:
        return hmac.new(self.key.encode(), b"smart-panchayat/" + purpose, hashlib.sha256).digest()

    @cached_property
    def _fernet(self) -> Fernet:
        return Fernet(base64.urlsafe_b64encode(self._derived(b"contact")))


@cache
def current() -> Privacy:
    """The process's keys, from its settings (read once, like every setting)."""
    from shared.settings import load_settings

    return Privacy.from_settings(load_settings())
