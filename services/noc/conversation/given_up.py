"""A trade NOC given up (surrendered) when the trade closes, or an application for one withdrawn, asked for ("licence
surrender korbo", "noc cancel korte chai", "dokan bondho kore dibo, licence ki korbo", "লাইসেন্স বাতিল করতে চাই",
"ट्रेड लाइसेंस रद्द करना है"): done only at the gram panchayat office, in writing with its number, never here. A NOC's
cancelling asked after ("noc cancel holo keno", "লাইসেন্স বাতিল হয়ে গেছে কেন") is one's own NOCs, not this; an
application named without a trade ("application withdraw korte chai") is this service's in its own chat alone, where
building permission's is not meant."""
from __future__ import annotations

import re

_PAPER = r"(?:\bt?nocs?\b|\blicen[cs]e\w*|\btrade\b|এনওসি|লাইসেন্স|ট্রেড|ला[इय]सें?स|एनओसी)"
_APPLICATION = r"(?:\bapplication\w*|\ba+bed[ao]n\w*|আবেদন)"
_WORD = r"(?:\bcancel\w*|\bba+til|\bwithdraw\w*|\bclos(?:e|ing)\b|\bbo?ndh?o\b|\bband\b|বাতিল|বন্ধ|रद्द|बंद)"
_DONE = (r"(?:\bkor(?:te|bo|ben|a|ar)\b|\bchai\b|\bdi(?:bo|te)\b|\bdebo\b|\bkar(?:na|ni|wana|ana)\b"
         r"|করতে|করব|করার|করা|চাই|দেব|দিতে|करना|करनी|करवाना|कराना)")
_GIVING_UP = (rf"(?=.*(?:\bsurrender\w*|সারেন্ডার|सरेंडर|{_WORD}\S*\s+(?:\S+\s+)?{_DONE}"
              r"|\b(?:how|want|wish)\s+(?:\S+\s+){0,3}?(?:cancel|close|withdraw)))"
              r"(?!.*(?:\bkeno\b|\bwhy\b|\bhoy[ea]\w*|\bhol[oa]\b|\bgeche\b|\bwas\b|\bbeen\b|হয়ে|হল|কেন|गया|क्यों))")
# at the main menu: a NOC, a trade or a licence named (an application alone may be building permission's)
GIVEN_UP = rf"(?=.*{_PAPER}){_GIVING_UP}"
# in the NOC's own chat: an application named too
GIVEN_UP_HERE = re.compile(rf"^(?=.*(?:{_PAPER}|{_APPLICATION})){_GIVING_UP}", re.IGNORECASE | re.DOTALL)
