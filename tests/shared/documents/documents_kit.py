"""Constants and helpers shared by the document tests (imported by name, like ``gateway_kit``)."""
from __future__ import annotations

import subprocess
from pathlib import Path

from shared.documents import verify_url

CODE = "K7QX-3MZP-W4DA-JT2C"
URL = verify_url("https://panchayat.example.in", CODE)
CONJUNCTS = ("ক্ষ", "প্র", "ঞ্চ", "স্ব", "শ্র")


def run(*command: str | Path) -> str:
    """A poppler tool's standard output; a failing tool fails the test with its own message."""
    return subprocess.run([str(c) for c in command], check=True, capture_output=True, text=True).stdout
