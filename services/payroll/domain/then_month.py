"""A month said from the slip just sent rather than from today: "the month before that", "the one before", "and the
previous one", "the next one", as typed in Latin letters ("tar ager mas er ta", "tar ager ta", "ager ta", "tar porer
mas") and in Bengali ("তার আগের মাসের", "তার আগেরটা", "তার পরের মাসের").

"previous", "ager" and "আগের" say the one before something already spoken of; "last month", "goto mas" and "গত মাস"
say the month before today, and never come here. With no slip just sent, "ager mas" is the month before today again
(``typed_period``)."""
from __future__ import annotations

import re
import unicodedata

# what "that" is said with: "tar", "otar", "tar theke", "তার", "ওটার"
_THAT_LATIN = r"\b(?:t[ao]r|o(?:i|ta|tar|tir))\s*(?:theke\s*)?"
_THAT_BN = r"(?:তার|ওটার|ওটির|ওইটার|এটার)\s*(?:থেকে\s*)?"
_ONE = r"(?:t[ai]|t[ai]r|mas\w*|slip\w*)\b"  # "ager ta", "ager maser", "ager slip"
_ONE_BN = r"(?:টা|টি|টার|টির|\s*মাস|\s*স্লিপ)"

BEFORE = re.compile(
    r"\b(?:month|one|slip)\s+before\b|\bbefore\s+(?:that|it|this)\b|\b(?:previous|earlier)\s+(?:one|month|slip)\b"
    rf"|{_THAT_LATIN}ag+h?er\b|\bag+h?er\s*{_ONE}"
    rf"|{_THAT_BN}আগের|আগের{_ONE_BN}")
AFTER = re.compile(
    r"\b(?:month|one|slip)\s+after\b|\bafter\s+(?:that|it|this)\b|\b(?:next|following|later)\s+(?:one|month|slip)\b"
    rf"|{_THAT_LATIN}p[ao]r+er\b|\bp[ao]r+er\s*{_ONE}"
    rf"|{_THAT_BN}পরের|পরের{_ONE_BN}")


def step(text: str) -> int | None:
    """-1 for the month before the one spoken of, 1 for the one after it, None when ``text`` says neither."""
    said = unicodedata.normalize("NFC", text).casefold()
    before, after = BEFORE.search(said), AFTER.search(said)
    if bool(before) == bool(after):  # neither, or both ("the one before, then the one after"): no guess
        return None
    return -1 if before else 1

