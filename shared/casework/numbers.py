"""The numbers of the two offices' documents, as each office writes them and people type them back.

Each service reads its own number (``services.permit``: ``BP/<district code>/<year>/<serial>``; ``services.noc``:
``TNOC/<year>/<serial>``), and each hands the other's on when it is typed in the wrong chat, so both are written
here once rather than one service importing the other's domain.

The year is read in two digits too (``BP/PUR/25/988``, ``TNOC/25/190``: a slip's or a person's short form) as this
century's, where the prefix or the district code leaves no doubt that a number is meant; two figures and a serial
alone (``25/190``) could be a date or anything else, and are not read as a trade NOC's. Typed without separators
(``BPPUR2026000103``, ``TNOC2026000045``), letters part from figures by themselves, and a four-figure year from
its serial. A serial copied in groups (``000 103``) is read whole; figures after it that could still be its own
(``000 10``) are no number, so the format is asked for rather than another application shown.
"""
from __future__ import annotations

import re

from shared.casework.kind import NumberFormat

YEAR = r"(\d{4}|\d{2})"  # the year in four figures, or its last two (25 for 2025)
# between the year and the serial, a separator, or none after a year of this century in four figures (2026000045):
# two figures run into a serial (26103) could be read many ways
AFTER_YEAR = r"(?:\s*[/\-. ]\s*|(?<=20\d\d))"
# the serial: up to six figures, or all six in groups as a slip's may be copied (000 103); figures after a space
# that could still be the serial's (BP/PUR/2026/000 10) read as no number rather than the first group alone
SERIAL = r"(\d(?: ?\d){5}|\d{1,6}(?! \d))"  # a figure right after: no number (``_led_by``)


def year(typed: str) -> str:
    """The year as stored: four figures, a two-figure year read as this century's (25 → 2025)."""
    return typed if len(typed) == 4 else f"20{typed}"


def serial(typed: str) -> str:
    """The serial as stored: its figures together, six of them (000 103 → 000103, 45 → 000045)."""
    return f"{int(typed.replace(' ', '')):06d}"


BUILDING_PERMISSION = NumberFormat(
    example="BP/PUR/2026/000123",
    lead="BP",
    body=rf"([A-Z]{{3}})\s*[/\-. ]?\s*{YEAR}{AFTER_YEAR}{SERIAL}",
    canonical=lambda m: f"BP/{m[1].upper()}/{year(m[2])}/{serial(m[3])}",
    prefix=re.compile(r"\bBP\b", re.IGNORECASE),
    spelt=((re.compile(r"(?<![\u0980-\u09ff])বি\s*\.?\s*পি(?![\u0980-\u09ff])\.?"), "BP"),),
    # the district code typed in Bengali letters (পুর, পিইউআর): read where it can only be one code the records hold
    bengali_body=rf"([\u0980-\u09ff]{{1,12}})\s*[/\-. ]\s*{YEAR}\s*[/\-. ]\s*{SERIAL}",
    letters=3,
)
TRADE_NOC = NumberFormat(
    example="TNOC/2026/000045",
    lead=r"T?\s*NOC",
    body=rf"{YEAR}{AFTER_YEAR}{SERIAL}",
    bare_body=rf"(\d{{4}})\s*[/\-. ]\s*{SERIAL}",  # without its prefix, the year in four figures only
    canonical=lambda m: f"TNOC/{year(m[1])}/{serial(m[2])}",
    prefix=re.compile(r"\bT\s*NOC\b|\bNOC\s*[/\-. ]?\s*\d", re.IGNORECASE),  # "NOC" alone is the word, no number
    spelt=((re.compile(r"(?<![\u0980-\u09ff])(?:টি\s*\.?\s*)?এন\s*\.?\s*ও\s*\.?\s*সি(?![\u0980-\u09ff])\.?"), "TNOC"),),
)
