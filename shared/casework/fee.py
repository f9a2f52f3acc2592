"""The fee asked after ("fee koto dite hobe", "kothay jama dibo", "ফি কত দিতে হবে", "where do I pay the fee"): of the
asker's own cases, the ones waiting for their fee, each with the amount and the gram panchayat office where it is
paid (``fee_due``: no fee is paid on WhatsApp) and the office's note on its move to fee pending, if it wrote one. A
serial typed beside the words ("102 er fee koto") narrows them to that case of theirs; one that waits for no fee is
said so (``fee_not_due``), and none waiting is said plainly (``fee_none``) with each of theirs and its status.
Nobody else's case is named.

The fee said paid ("ফি জমা দিয়েছি", "I have paid the fee") on one still waiting for it: the office has not recorded
it yet (``fee_said_paid``), keep the receipt, they will be told here once it does.

Words of depositing alone ("kothay jama dibo", "can I pay online?") name no fee: they are read so only when a case of
theirs waits for one.
"""
from __future__ import annotations

import re
import unicodedata

from shared.casework import answers
from shared.casework.case import Case
from shared.casework.said import FEE_WORD
from shared.casework.show import rupees
from shared.casework.visit import Visit

NAMED = rf"{FEE_WORD}|\b(?:charges?|payments?)\b|পেমেন্ট|চার্জ"
# where or how much is given or deposited ("kothay jama dibo", "koto dite hobe", "how much do I pay", "কোথায় জমা দেব")
GIVEN = (r"(?=.*(?:\b(?:where|kothay|kothai|kotha|how\s+much|koto)\b|কোথা|(?<![\u0980-\u09ff])কত))"
         r"(?=.*(?:\b(?:pay|paid|deposit|jom?a|dit[ea]\s+hobe|dibo|debo)\b|জমা|দিতে\s*হবে|দেব|দিব))")
# or paid another way than at the office ("can I pay online?", "UPI te dite pari?", "অনলাইনে দেওয়া যাবে?")
ONLINE = (r"(?=.*(?:\bonline|\bupi\b|\bg\s*pay\b|\bgoogle\s*pay|\bphone\s*pe\b|\bpaytm\b|\bnet\s*banking"
          r"|অনলাইন|ইউপিআই))(?=.*(?:\b(?:pay|paid|deposit|jom?a|dit[ea]|dewa|deoa|dea|dibo|debo|transfer)\b"
          r"|(?<![\u0980-\u09ff])(?:জমা|দে|দি|পে)))")
FEE = re.compile(unicodedata.normalize("NFC", rf"{NAMED}|^(?:{GIVEN}|{ONLINE})"), re.IGNORECASE | re.DOTALL)
NAMES_FEE = re.compile(NAMED, re.IGNORECASE)
# The fee said paid ("ফি জমা দিয়েছি", "fee jama diyechi", "I have paid the fee"): while the case still waits for it,
# the office has not recorded it (``fee_said_paid``), rather than "pay it at the office" said to one who says they did.
PAID = re.compile(unicodedata.normalize(
    "NFC", r"\b(?:(?:i|we)\s+(?:have\s+|had\s+|already\s+|just\s+)*paid|already\s+paid|payment\s+(?:is\s+)?done"
           r"|(?:j[oa]m?a|fee|fi|taka)\s+(?:d[ie]y?e\s+)?di(?:y|i)?e?c+h*i|(?:j[oa]m?a|fee|fi|taka)\s+dil[ae]m)\b"
           r"|জমা\s*(?:দিয়ে\s*)?(?:দিয়েছি|দিলাম|করেছি|করলাম)|(?:ফি|টাকা)\s*দিয়েছি"), re.IGNORECASE)


async def fee(visit: Visit, text: str) -> bool:
    """Answers the fee asked after; False when the words name no fee and none of the asker's cases waits for one."""
    owned = await visit.cases.of_mobile(visit.inbound.wa_id)
    if not owned:
        return False  # their own, none: as their applications are said to be none
    named = await answers.own_by_serial(visit, text) if visit.kind.number.attempted(text) else []
    cases = named or owned
    due = [case for case in cases if case.status == "fee_pending"]
    if not due and not NAMES_FEE.search(text):
        return False
    home = visit.button("home", "btn_home")
    if due:
        paid = bool(PAID.search(unicodedata.normalize("NFC", text)))
        said = "\n\n".join(due_line(visit, case, paid) for case in due)
        shown = visit.button("view", "btn_view", due[0].number) if len(due) == 1 else visit.button("mine", "btn_mine")
        visit.ask(said, [shown, home])
        return True
    if len(named) == 1:
        visit.ask(visit.t("fee_not_due", number=named[0].number, status=visit.status(named[0])),
                  [visit.button("view", "btn_view", named[0].number), home])
        return True
    listed = "\n".join(f"• {case.number} · {visit.status(case)}" for case in cases)
    visit.ask(f"{visit.t('fee_none')}\n\n{listed}", [visit.button("mine", "btn_mine"), home])
    return True


def due_line(visit: Visit, case: Case, paid: bool = False) -> str:
    """The fee owed and where, with the office's word on the move to fee pending ("at the cash counter, 10 to 2")
    under it, as the notice of the move carried it; said paid, that the office has not recorded it yet."""
    said = visit.t("fee_said_paid", number=case.number, fee=rupees(case.fee, visit.lang),
                   gp=visit.local(case.gp.name_bn, case.gp.name_en)) if paid else visit.fee_owed(case)
    note = case.told_moves()[-1].note.told
    return f"{said}\n{visit.t('notify_note', note=note)}" if note else said


async def due_now(visit: Visit, number: str) -> bool:
    """What to do now, asked at one's own case just shown that waits for its fee ("ki korte hobe", "what should I
    do"): its fee and where it is paid, as the fee asked after is answered; False for any other case, or another's."""
    case = await visit.cases.get(number)
    if case is None or not visit.owns(case) or case.status != "fee_pending":
        return False
    visit.ask(due_line(visit, case), [visit.button("view", "btn_view", case.number), visit.button("home", "btn_home")])
    visit.case_shown = case.number  # still at that case: a no next goes back to the menu, other words keep it
    return True
