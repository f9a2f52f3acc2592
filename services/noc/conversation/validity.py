"""How long one's trade NOCs hold, and what a renewal needs: "amar licence er meyad kobe sesh", "আমার লাইসেন্সের মেয়াদ
কবে শেষ", "when does my licence expire" (each of the asker's issued NOCs with its last valid day, or that none is on
this number and how to apply); "renew korte ki lagbe", "নবীকরণ করতে কী লাগবে", "what do I need to renew", "how do I
renew", "kivabe renew korbo" (the documents, the fee and where a renewal is made). Only the asker's own NOCs are named."""
from __future__ import annotations

import re

from shared.casework.needed import WANT
from shared.casework.said import HOW, HOW_LATIN
from shared.casework.validity import UNTIL
from shared.casework.validity import validity as validity_of
from shared.casework.visit import Visit
from shared.india import LINE_START

RENEW = r"\brenew\w*|নবীকরণ|রিনিউ|नवीनीकरण|रिन्यू"
# a renewal's needs asked: what it takes ("lagbe", "dorkar", "need", "documents", কাগজ), or renewing wanted ("I want
# to renew my trade licence", as "renew korte chai"): how it is done
NEEDS = (rf"(?=.*(?:{RENEW}))(?=.*(?:{WANT}|\bwant(?:s|ed)?\s+to\b|\bneed(?:ed|s)?\b|\brequire\w*|\bdocuments?\b"
         r"|\bpapers?\b|\bkag[oa]j|কাগজ|নথি|\bki\s+ki\b|কী\s*কী"
         # and how it is done: "how do I renew", "kivabe renew korbo", "নবীকরণ কীভাবে করব", "renewal process"
         rf"|\bhow\b(?!\s+(?:long|much|many|soon))|\b(?:{HOW_LATIN})\b|{HOW}|\bprocess\b|\bprocedure\b|\bniyom\b|নিয়ম))")
RENEWAL_NEEDS = re.compile(rf"{LINE_START}{NEEDS}", re.IGNORECASE)
# how long a licence or NOC holds asked, no serial typed ("45 er meyad": that one, as the desk reads it); not a
# driving licence
LICENCE = r"(?:\blicen[cs]e|লাইসেন্স|\bt?nocs?\b|এনওসি|\bcertificate|শংসাপত্র|সার্টিফিকেট)"
VALIDITY_WORDS = rf"^(?!.*\d)(?!.*\bdriving\b)(?!.*ড্রাইভিং)(?=.*{LICENCE})(?=.*{UNTIL})"
VALIDITY = re.compile(VALIDITY_WORDS, re.IGNORECASE)


async def validity(visit: Visit, args: list[str]) -> None:
    """The asker's issued NOCs, each with its trade and last valid day (``shared.casework.validity``), the NOCs due for
    renewal a tap away."""
    await validity_of(visit, args, what=lambda visit, noc: noc.trade_name,
                      issued_buttons=(("renewals", "btn_renewals"),))


NEEDS_BUTTONS = (("renewals", "btn_renewals"), ("home", "btn_home"))  # what a renewal needs: the renewals due


async def renewal_needs(visit: Visit, args: list[str]) -> None:
    """What a renewal takes: the documents, the fee and where; the asker's NOCs due for renewal one tap away. What
    follows ("koto taka lagbe") is asked of renewing (``shared.casework.follow``)."""
    visit.ask(visit.t("renewal_needs"), [visit.button(action, key) for action, key in NEEDS_BUTTONS])
    visit.how_shown = "renewal_needs"
