"""How long one's trade NOCs hold, and what a renewal needs: "amar licence er meyad kobe sesh", "আমার লাইসেন্সের মেয়াদ
কবে শেষ", "when does my licence expire" (each of the asker's issued NOCs with its last valid day, or that none is on
this number and how to apply); "renew korte ki lagbe", "নবীকরণ করতে কী লাগবে", "what do I need to renew" (the
documents, the fee and where a renewal is made). Only the asker's own NOCs are named."""
from __future__ import annotations

import re

from shared.casework.needed import WANT
from shared.casework.visit import Visit
from shared.india import today_in_india

RENEW = r"\brenew\w*|নবীকরণ|রিনিউ|नवीनीकरण|रिन्यू"
# a renewal's needs asked: what it takes ("lagbe", "dorkar", "need", "documents", কাগজ), or renewing wanted ("I want
# to renew my trade licence", as "renew korte chai"): how it is done
NEEDS = (rf"(?=.*(?:{RENEW}))(?=.*(?:{WANT}|\bwant(?:s|ed)?\s+to\b|\bneed(?:ed|s)?\b|\brequire\w*|\bdocuments?\b"
         r"|\bpapers?\b|\bkag[oa]j|কাগজ|নথি|\bki\s+ki\b|কী\s*কী))")
RENEWAL_NEEDS = re.compile(NEEDS, re.IGNORECASE)
# how long a licence or NOC holds asked, no serial typed ("45 er meyad": that one, as the desk reads it); not a
# driving licence
LICENCE = r"(?:\blicen[cs]e|লাইসেন্স|\bt?nocs?\b|এনওসি|\bcertificate|শংসাপত্র|সার্টিফিকেট)"
UNTIL = (r"(?:\bme(?:y|j)?ad|মে(?:\u09df|\u09af\u09bc)াদ|\bexpir\w*|\bvalid\w*|\bruns?\s+out|\bkobe\s+s?hesh"
         r"|কবে\s*শেষ)")
VALIDITY_WORDS = rf"^(?!.*\d)(?!.*\bdriving\b)(?!.*ড্রাইভিং)(?=.*{LICENCE})(?=.*{UNTIL})"
VALIDITY = re.compile(VALIDITY_WORDS, re.IGNORECASE)


async def validity(visit: Visit, args: list[str]) -> None:
    """The asker's issued NOCs, each with its last valid day (or the day it ran out and where to renew); a revoked
    one with the day it was revoked and why. None on this number: said so, and how to apply."""
    if visit.number_hidden:
        return visit.ask(visit.t("number_hidden"), [visit.button("status", "btn_status"),
                                                    visit.button("home", "btn_home")])
    owned = await visit.cases.of_mobile(visit.inbound.wa_id)
    if not owned:
        return visit.ask("\n\n".join((visit.t("validity_none"), visit.t("apply_how"))),
                         [visit.button("status", "btn_status"), visit.button("home", "btn_home")])
    issued = [n for n in owned if n.issue is not None and n.status == "approved"]
    revoked = [n for n in owned if n.status == "revoked" and n.history]
    if not issued and not revoked:
        return visit.ask(visit.t("validity_none_issued"), [visit.button("mine", "btn_mine"),
                                                           visit.button("home", "btn_home")])
    lines = [visit.t("validity_intro")]
    for noc in sorted(issued, key=lambda n: n.issue.valid_until, reverse=True):
        key = "validity_expired" if noc.shown_status(visit.today) == "expired" else "validity_valid"
        lines.append(visit.t(key, number=noc.number, trade=noc.trade_name, valid_until=noc.issue.valid_until,
                             gp=visit.local(noc.gp.name_bn, noc.gp.name_en)))
    for noc in revoked:  # held no more: the day and why, not the term it would have run
        lines.append(visit.t("validity_revoked", number=noc.number, trade=noc.trade_name,
                             on=today_in_india(noc.history[-1].at), reason=noc.reason))
    buttons = [visit.button("mine", "btn_mine"), visit.button("home", "btn_home")]
    visit.ask("\n".join(lines), [visit.button("renewals", "btn_renewals"), *buttons] if issued else buttons)


NEEDS_BUTTONS = (("renewals", "btn_renewals"), ("home", "btn_home"))  # what a renewal needs: the renewals due


async def renewal_needs(visit: Visit, args: list[str]) -> None:
    """What a renewal takes: the documents, the fee and where; the asker's NOCs due for renewal one tap away. What
    follows ("koto taka lagbe") is asked of renewing (``shared.casework.follow``)."""
    visit.ask(visit.t("renewal_needs"), [visit.button(action, key) for action, key in NEEDS_BUTTONS])
    visit.how_shown = "renewal_needs"
