"""A new complaint asked for in a whole message, as people say it rather than the chat's own words ("new
complaint"): "obhijog korbo", "abhijog korte chai", "ovijog janabo", "অভিযোগ জানাতে চাই", "I want to complain".

The whole message is the ask, give or take "ami", "ekta", "notun" before it and "please" after it: words that go
on to say what is wrong ("obhijog korbo, rasta bhanga") are a description, and "... korbo na" no ask at all.
অভিযোগ in Latin letters (``LATIN``) is also how the main menu reads it (``service.LATIN``).
"""
from __future__ import annotations

import re

from shared.india import plain

# অভিযোগ as it is spelt in Latin letters (bh, v or b; j or y; a final k as it is said), নালিশ, and the English word
LATIN = r"(?:[ao](?:bh|v|b)i(?:j|y)o(?:g|k)|nalish|nalis)"
_NOUN = rf"(?:{LATIN}|complain|complaint|komplen|complen)"
_BEFORE = r"(?:(?:ami|amra|ekta|ekti|akta|notun|nutun|new|a|please|pls)\s+)*"
_AFTER = r"(?:\s+(?:please|pls|ache|ase|achhe))*"
# করব, করতে চাই, জানাব, জানাতে চাই, দেব, দিতে চাই as they are typed: "korbo", "korte chai", "jana te chai"
_VERB = (r"(?:kor(?:bo|bi|ba|i|te\s*(?:chai|chaichi|chay)|ar\s+(?:ache|achhe|ase|chilo))|"
         r"jana(?:bo|i|ba|\s*te\s*(?:chai|chaichi|chay)|\s*ite\s*chai)|dibo|debo|dite\s*chai)")
_BN = (r"(?:(?:আমি|আমরা|একটা|একটি|নতুন)\s*)*(?:অভিযোগ|নালিশ|কমপ্লেন)\s*(?:টা|টি)?\s*"
       r"(?:করব|করবো|করতে\s*চাই|জানাব|জানাবো|জানাতে\s*চাই|দেব|দেবো|দিতে\s*চাই)(?:\s*(?:প্লিজ|আছে))?")
_EN = (r"(?:i\s+)?(?:(?:want|need|would\s+like|wish)\s+to\s+)?(?:complain|(?:make|lodge|file|register|give)\s+"
       r"(?:a\s+|an\s+)?(?:new\s+)?complaint)(?:\s+(?:please|pls|now))*")
ASKS_NEW = re.compile(rf"{_BEFORE}{_NOUN}(?:\s*(?:ta|ti))?\s+{_VERB}{_AFTER}|{_BN}|{_EN}")


def asks_new(text: str) -> bool:
    """The whole message asks to make a new complaint."""
    return ASKS_NEW.fullmatch(plain(text)) is not None
