"""Dates, amounts and numbers as a reader of either language expects them, for chat texts and letters."""
from __future__ import annotations

from shared.india import both_days, day, grouped  # noqa: F401 - dates as the documents and the public page write them
from shared.india import local_digits as digits  # noqa: F401 - for this module's users
from shared.india import rupees as _rupees


def area(square_metres: float) -> str:
    """``118.5``, ``99,999.75``: the figure as entered, without a trailing ``.0``, grouped as money is (lakh,
    crore); ``:g`` kept six digits, so 99999.75 m² was stated as 99999.8 m²."""
    return grouped(f"{square_metres:f}".rstrip("0").rstrip("."))


def rupees(amount: int, lang: str = "en") -> str:
    """Whole rupees in the Indian grouping: ``₹1,25,000``."""
    return _rupees(amount * 100, lang)
