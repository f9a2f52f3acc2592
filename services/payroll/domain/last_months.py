"""Several months' pay slips asked for at once, as banks ask for them with a loan: "last 3 months slips", "past
three months' payslips", "গত তিন মাসের স্লিপ", "শেষ ৩ মাসের বেতন বিবরণী", "goto 3 mas er slip". The count, two to
twelve (a financial year's worth), in figures of either script or in a word; one month ("last month") is the month's
own reading (``typed_period``)."""
from __future__ import annotations

import re
import unicodedata

from shared.india import count_in_words, typed_number

MOST = 12
# "last", "past", "previous", "গত", "শেষ", "বিগত", in Latin letters too; the count, then "months" in any script,
# perhaps with its Bengali possessive ("মাসের", "maser") or a counter before it ("৩টি মাস", "3 ta mas")
# (the main menu's phrase of the last months' slips reads the same words, ``services.payroll.phrases``)
LAST = (r"(?<!\w)(?:last|past|previous|latest|গত|শেষ|বিগত|gato|goto|gota|shesh|sesh|sesher|shesher)\s+"
        r"(?P<count>[^\s]+?)\s*(?:টি|টা|ti|ta|te)?\s*"
        r"(?:months?|mas|maas|mash|মাস)(?:['’]s|s['’]|er|ের|এর|ে)?(?!\w)")
_LAST = re.compile(LAST)


def last_months(text: str) -> int | None:
    """How many of the latest months' slips the words ask for, or None when they ask for no such run of months."""
    found = _LAST.search(typed_number(unicodedata.normalize("NFC", text)).casefold())
    if found is None:
        return None
    said = found.group("count")
    count = int(said) if said.isdigit() else count_in_words(said)
    return count if count is not None and 2 <= count <= MOST else None
