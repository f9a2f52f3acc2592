"""Amounts and days as an office's sheet writes them. Amounts arrive in rupees (``28400``, ``28400.50``,
``₹ 1,23,456``) because that is how the office's sheets hold them, and become whole paise here. A credit date is
written ``2026-02-28`` or day first as Excel writes a date in India (``28/02/2026``).
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from services.payroll.domain.sheet import ABSENT
from services.payroll.domain.slip import MOST
from shared.india import BENGALI_DIGITS as BENGALI

AMOUNT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")  # ASCII digits only: not \d
# the sign, then the rupee as an office writes it (₹ 5,000, Rs. 5,000), then the figure, closed or not by "/-" as
# money is written on Indian papers (Rs. 5,000/-)
WRITTEN = re.compile(r"([+-]?)\s*(?:₹|rs\.?|inr)?\s*(.*?)(?:\s*/-)?", re.IGNORECASE | re.DOTALL)
SCIENTIFIC = re.compile(r"[0-9.]\s*e\s*[+-]?\s*[0-9]", re.IGNORECASE)  # 1e5, 2.8E+04: a spreadsheet's display
# thousands then lakhs (Indian: 1,23,456) or thousands all the way (Western: 123,456)
GROUPED = re.compile(r"[0-9]{1,2}(,[0-9]{2})*,[0-9]{3}|[0-9]{1,3}(,[0-9]{3})+")
BENGALI_DIGITS = str.maketrans(BENGALI, "0123456789")  # Bengali only: other scripts' digits are refused
MOST_RUPEES = Decimal(MOST) / 100
ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
DAY_FIRST = re.compile(r"([0-9]{1,2})\s*([/\-.])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})")


def paise(value: Any) -> int:
    """Rupees as an office writes them (``28400``, ``"₹ 28,400.50"``, ``"Rs. 1,23,456"``, Bengali digits too) as
    whole paise; ``ValueError`` says why not. Commas must group the figure as money is written, in the Indian
    (1,23,456) or the Western (123,456) way; scientific notation (``1e5``), which a spreadsheet shows for a long
    figure, is refused rather than read as ₹1,00,000. The number is checked as text before any arithmetic, so
    nothing the office types can raise anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, bool):
        raise ValueError("not an amount")
    if isinstance(value, float | int):  # a JSON number: its value, however Python spells it (1e+30)
        text = format(Decimal(repr(value)), "f") if isinstance(value, float) else str(value)
    else:
        text = _figure(value)
    if not AMOUNT.fullmatch(text):
        raise ValueError(f"{value!r} is not an amount in rupees")
    amount = Decimal(text)
    if amount < 0:
        raise ValueError(f"{value!r} is below zero")
    if amount > MOST_RUPEES:
        raise ValueError(f"{value!r} is more than ₹1,00,00,000: not one month's pay")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(f"{value!r}: rupees with at most two decimals")
    return int(amount * 100)


def _figure(value: Any) -> str:
    """The figure of an amount written as text, without its rupee sign, spaces and grouping commas."""
    sign, figure = WRITTEN.fullmatch(str(value).strip().translate(BENGALI_DIGITS)).groups()  # type: ignore[union-attr]
    if SCIENTIFIC.search(figure):
        raise ValueError(f"{value!r} is in scientific notation, as a spreadsheet shows a long figure: write the "
                         "amount in full, e.g. 100000 or 1,00,000 (format the column as Number)")
    whole, point, part = figure.strip().partition(".")
    if "," in whole and re.fullmatch(r"[0-9,]+", whole) and not GROUPED.fullmatch(whole):
        raise ValueError(f"{value!r}: the commas are not grouped as money is written, e.g. 1,23,456 or 123,456")
    return sign + whole.replace(",", "") + point + part


def credit_day(value: Any) -> date:
    """The day pay was credited, as the office's sheet writes it: ``2026-02-28``, or day first as Excel writes a
    date in India, ``28/02/2026``, ``28-02-2026`` or ``28.02.2026`` (Bengali digits too); ``ValueError`` says
    what was expected."""
    text = str(value if value is not None and value is not ABSENT else "").strip().translate(BENGALI_DIGITS)
    if not text:
        raise ValueError("missing: the day the pay reached the bank, e.g. 28/02/2026")
    if (iso := ISO_DAY.fullmatch(text)) is not None:
        year, month, day = iso.groups()
    elif (written := DAY_FIRST.fullmatch(text)) is not None:
        day, _, month, year = written.groups()
    else:
        raise ValueError(f"{value!r} is not a date: write it as 28/02/2026 (day/month/year) or 2026-02-28")
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"{value!r} is not a day of the calendar (day/month/year)") from None
