"""What employees type to ask for a choice of the payroll menu in their own words ("pay slip", "annual
statement", "বেতন বিবরণী"): the main menu reads them from the service's menu entry, the payroll menu from here."""
from __future__ import annotations

import re
import unicodedata

from shared.india import plain
from shared.runtime import Phrase

PHRASES = (
    Phrase("statement", r"\b(?:annual|yearly)\s+(?:salary\s+|pay\s+)?statement|\bsalary\s+statement"
                        r"|\bform\s*16\b|বার্ষিক\s*(?:বেতন\s*)?বিবরণী"
                        r"|^statement\s+[\d০-৯]{4}(?:\s*[-/]\s*[\d০-৯]{2,4})?$|^[\d০-৯]{4}(?:\s*[-/]\s*[\d০-৯]{2,4})?\s+statement$"),
    # মাইনে (salary) as said, and in Latin letters: "mayne slip", "mainer slip chai"
    Phrase("slip", r"\b(?:pay|salary|wage|ma[iy]ne|ma[iy]ner|beton|betoner)\s*slips?\b|^slips?$"
                   r"|(?:পে|বেতনের|বেতন|স্যালারি|মাইনের|মাইনে)\s*স্লিপ"
                   r"|^স্লিপ$|বেতন\s*বিবরণী"),
    Phrase("menu", r"^(?:my\s+)?(?:salary|payroll)$|\bpayroll\b|^(?:আমার\s*)?বেতন$"),
)
_COMPILED = tuple((p.action, re.compile(unicodedata.normalize("NFKC", p.pattern), re.IGNORECASE)) for p in PHRASES)


def asked_for(text: str) -> str | None:
    """The payroll action ``text`` asks for, compared as the main menu compares it; None when it names none."""
    said = plain(text)
    return next((action for action, pattern in _COMPILED if pattern.search(said)), None)
