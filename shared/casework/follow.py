"""What follows how to apply or renew, asked at the service's start or right after that answer: how much it costs
("কত টাকা লাগবে", "koto taka lagbe", "how much is the fee"), where it is made ("কোথায় জমা দেব", "kothay jama debo",
"where do I apply"), how long it takes ("কত দিন লাগবে", "koto din lagbe", "how long does it take") and what papers it
takes ("কী কী কাগজ লাগবে", "ki ki kagoj lagbe", "what papers are needed").

Answered from what the service holds, never a figure it does not: the fee is set by the gram panchayat and paid at
its office (the NOC's: or the portal), and one's own case waiting for its fee is named with its amount and where
(``fee``); where applications are made, and the gram panchayat of one's own cases; the papers the application
records; no number of days (none is held) but each step told here, and the figures the service's rules do hold
(``Desk.figures``: a permission's years, the renewal reminder's days). Papers asked at the start by someone with an
application of their own open, or one on screen, are what is missing for it (``missing``), as before; right after
the how-to answer they are the papers for applying. Each answer ends with the buttons of the step it was asked at.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from shared.casework import seen
from shared.casework.case import OPEN, Case
from shared.casework.fee import FEE, NAMES_FEE, due_line
from shared.casework.missing import PAPERS, SAYS_SENT, missing
from shared.casework.said import MINE
from shared.casework.visit import Visit

Button = tuple[str, str]

# how much it costs, the fee unnamed: "how much does it cost", "how much money", "koto taka lagbe", "খরচ কত"; not a
# fare or a rent ("বাসের ভাড়া কত", "how much is the bus fare"), nor time ("how much time")
COST = (r"^(?!.*(?:\b(?:fare|rent|bus|bhara|vara|time|somoy|shomoy)\b|ভাড়া|বাস|সম(?:\u09df|\u09af\u09bc)))"
        r"(?:.*\bhow\s+much\b.*\b(?:costs?|charged?|money|rupees?|rs|need(?:ed)?|take|fees?|pay)\b"
        r"|.*\bcosts?\b|.*\bkoto\s+(?:taka|tk|rupee|rupiya|khor[oa]?ch\w*|lag(?:be|e))\b"
        r"|.*\b(?:taka|khor[oa]?ch\w*)\s+koto\b|.*কত\s*(?:টাকা|খরচ|লাগবে|লাগে)|.*(?:টাকা|খরচ)\s*কত"
        # and in Hindi: "kitne paise lagenge", "kharcha kitna", "कितने पैसे लगेंगे", "खर्च कितना"
        r"|.*\bkitn[aei]\s+(?:paise?|rupa?y[ea]|kharch\w*)\b|.*\b(?:paise|kharch\w*)\s+kitn[aei]\b"
        r"|.*कितन[ाेी]\s*(?:पैस|रुपय|खर्च)|.*(?:पैस|खर्च)\S*\s*कितन)")
# where it is made or handed in: "where do I apply", "kothay jama debo", "কোথায় আবেদন করব", "which office", "where is
# the office"; not where something else is ("bazar kothay", "আমার আবেদন কোথায় আছে")
_WHERE_WORD = r"\bwhere\b|\bkoth(?:ay|ai|a)\b|কোথা|\bkaha+n?\b|कहा[ँं]"  # and Hindi's "kahan", कहाँ
WHERE = (rf"^(?=.*(?:{_WHERE_WORD}))"
         r"(?=.*(?:\b(?:apply|submit\w*|deposit\w*|pay|go|file|renew\w*|j[oa]m?a|dibo|debo|jabo|jete|kor(?:bo|te|ben)"
         r"|nobikor\w*)\b|জমা|দেব|দিব|যাব|যেতে|করব|করতে|নবীকরণ))"
         r"|\b(?:which|kon)\s+(?:is\s+the\s+)?(?:\S+\s+)?office\b|কোন\s*অফিস"
         # or the office itself ("where is the office?", "office ta kothay", "অফিসটা কোথায়")
         rf"|^(?=.*(?:{_WHERE_WORD}))(?=.*(?:\boffices?\b|অফিস|दफ्तर|ऑफिस))"
         # or whether one must go there ("office e jete hobe?", "do I have to visit the office", "অফিসে যেতে হবে?")
         r"|\boffice\s*(?:e|te)?\s+(?:jete|jaoa|jawa|aste|ashte)\s+(?:hobe|lagbe|hoy)\b"
         r"|\b(?:do|should|must)\s+(?:i|we)\s+(?:have\s+to\s+|need\s+to\s+)?(?:go|come|visit)\s+(?:to\s+)?"
         r"the\s+office\b"
         r"|অফিসে\s*(?:যেতে|আসতে)\s*(?:হবে|হয়)")
# how long it takes: "how long", "how many days", "koto din lagbe", "koto dine pabo", "কত দিন লাগবে", "কতদিন"
TIME = (r"\bhow\s+(?:long|many\s+days|much\s+time)\b"
        r"|\bkoto\s*(?:din(?:e|er)?|dien|s?h?omo[yi](?:e|er)?|time|mash|mas(?:e|er)?)\b"
        r"|কত\s*(?:দিন|সম(?:\u09df|\u09af\u09bc)|মাস)"
        r"|\bkitn[aei]\s+(?:din|samay|time|mahine?)\b|कितन[ाेी]\s*(?:दिन|समय|महीन)")  # Hindi: "kitne din lagenge"
# what papers it takes: the papers named and wanted ("what papers are needed", "ki ki kagoj lagbe"); not what is
# still missing, left or sent ("kon kagoj baki", "documents missing?"), which are one's application's (``missing``)
NEEDED = (r"\b(?:what|which|need(?:ed|s)?|required?|bring|lag(?:be|e)|dork[ae]r|ki\s+ki|kon\s+kon"
          r"|kaun\s+se|kya|chahi(?:y?e))\b|লাগবে|লাগে|দরকার|আনতে|(?:কী|কি)\s*(?:কী|কি)|কোন\s*কোন"
          r"|कौन\s*से|क्या|चाहि[एय]")  # and Hindi's: "kaun se documents chahiye", "कौन से कागज चाहिए"
NOT_LEFT = (r"^(?!.*(?:\b(?:missing|still|left|pending|baki|remain\w*)\b|বাকি))")
# ... or what all is needed, no paper named ("ki ki lagbe", "কী কী লাগবে", "what is needed", "what do I need")
ALL_NEEDED = (r"\bki\s+ki\s+lag(?:be|e)\b|(?:কী|কি)\s*(?:কী|কি)\s*লাগ|\bkya\s+kya\s+chahi|क्या\s*क्या\s*चाहि"
              r"|\bwhat\s+(?:all\s+)?(?:is|are|things\s+are)\s+(?:needed|required)\b|\bwhat\s+do\s+(?:i|we)\s+need\b")
# ... or an identity paper named and asked whether it is needed ("aadhaar card lagbe?", "voter card dorkar?", "আধার
# কার্ড লাগবে?", "is PAN card needed"): the papers, the holder's identity proof among them (in the chat alone: at the
# main menu such words ask for the card, another office's)
ID_PAPER = r"\baadha?ar\b|\b(?:voter|pan|epic)\s*(?:card|id)\b|\bpassport\b|আধার|(?:ভোটার|প্যান)\s*কার্ড"
PAPERS_NEEDED = rf"{NOT_LEFT}(?:(?=.*(?:{PAPERS}|{ID_PAPER}))(?=.*(?:{NEEDED}))|.*?(?:{ALL_NEEDED}))"
ASKED = {question: re.compile(unicodedata.normalize("NFC", pattern), re.IGNORECASE | re.DOTALL)
         for question, pattern in (("time", TIME), ("papers", PAPERS_NEEDED), ("fee", COST), ("where", WHERE))}


def asked(text: str) -> str | None:
    """Which follow-up ``text`` asks (``fee``, ``where``, ``time``, ``papers``), None for none: the fee named first
    ("ফি কোথায় জমা দেব": the fee's), then how long, the papers, the cost and where. How long one's own case takes
    ("how long will my application take") is the case's question, not this."""
    if SAYS_SENT.search(text):
        return None
    if NAMES_FEE.search(text):
        return "fee"
    question = next((q for q, words in ASKED.items() if words.search(text)), None)
    if question == "time" and MINE.search(text):
        return None
    if question is None and FEE.search(text):  # "how much do I pay", "koto dite hobe"
        return "fee"
    return question


async def answer(visit: Visit, question: str, buttons: list[Button], figures: Mapping[str, Any], *,
                 after_how: bool = False) -> None:
    """The follow-up ``question`` answered, ending with ``buttons`` (the step's); ``after_how``: right after the
    how-to answer, where the papers asked are those for applying."""
    if question == "papers" and not after_how and await application_meant(visit):
        return await missing(visit, [])  # "ki ki kagoj lagbe" of one's open application: what it still needs
    owned = await visit.cases.of_mobile(visit.inbound.wa_id)
    said = [visit.t(f"follow_{question}", **figures)]
    if question == "where" and (office := offices(visit, owned)) is not None:
        said.append(office)  # the office of one's own cases
    waiting = [case for case in owned if case.status == "fee_pending"]
    if question == "fee" and not waiting:
        # after the fee's own answer, where it is paid is said once (not again for a renewal, as ``fee_none`` says)
        said.append(visit.t("follow_fee_none" if owned else "follow_fee_told"))
    if question in ("fee", "where") and waiting:  # "jama" is the fee's too: one's own waiting, how much and where
        said += [due_line(visit, case) for case in waiting]
        if len(waiting) == 1 and len(buttons) < 3:
            buttons = [visit.button("view", "btn_view", waiting[0].number), *buttons]
    visit.ask("\n\n".join(said), buttons)


def offices(visit: Visit, owned: list[Case]) -> str | None:
    """The gram panchayat offices of one's own cases, said in a line; None with none."""
    gps = list(dict.fromkeys(visit.local(c.gp.name_bn, c.gp.name_en) for c in owned))
    return visit.t("follow_where_gp", gp=" / ".join(gps)) if gps else None


async def application_meant(visit: Visit) -> bool:
    """Papers asked with an application of one's own on screen or open: its own (``missing``) are meant."""
    if await seen.meant(visit) is not None:
        return True
    return any(case.status in OPEN for case in await visit.cases.of_mobile(visit.inbound.wa_id))
