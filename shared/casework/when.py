"""When one's case will come, asked without its number ("kobe pabo", "কবে পাব", "when will I get it", "kab milega"), in
the chat or at the main menu with the paper named ("permit kobe pabo"): of the asker's
own cases (the one just shown, if it is theirs), the one still under way is said not issued yet, where it stands (its
status, and the fee it waits for), and those issued already are said to be issued; their one case comes with its
View or its certificate or letter a tap away, several are listed as before (their Views), each issued one's
certificate or letter a row of that list too. Several under way, or none issued, are listed as before
(``answers.mine``); nobody else's is named.
"""
from __future__ import annotations

import re

from shared.casework import cloud
from shared.casework.case import OPEN
from shared.casework.visit import Visit

WHEN = re.compile(r"\bwhen\b.*\b(?:get|receive|come|be\s+(?:ready|issued|approved)|arrive)\b"
                  r"|\b(?:kobe|kokhon)\b.*\b(?:pab[oe]?|pabo|pau?a\s+jabe|asbe|hobe|deb[ea]n?|dib[ea]n?)\b"
                  r"|\bpab[oe]?\s+(?:kobe|kokhon)\b|\bkab\b.*\bmil\w*|कब.*मिल"
                  r"|(?:কবে|কখন).*(?:পাব|আসবে|হবে|দেবে|দেবেন|দিবে|দেওয়া)|পাব\S*\s*(?:কবে|কখন)", re.IGNORECASE)


async def answer(visit: Visit, shown: str | None) -> bool:
    """Whether the question was answered here: False leaves it to the list of one's own cases."""
    owned = await visit.cases.of_mobile(visit.inbound.wa_id)
    cases = [case for case in owned if case.number == shown] or owned
    under_way = [case for case in cases if case.shown_status(visit.today) in OPEN]
    issued = [case for case in cases if case.shown_status(visit.today) == "approved" and case.issue is not None]
    if len(under_way) > 1 or not under_way and not issued:
        return False
    said = []
    if under_way:  # where it stands: its status, and the fee it waits for
        case = under_way[0]
        said += [visit.t("when_under_way", number=case.number, status=visit.status(case)), visit.fee_owed(case)]
    if len(issued) == 1:
        said.append(visit.t("when_issued", number=issued[0].number, valid_until=issued[0].issue.valid_until))
    elif issued:
        said.append(visit.t("when_issued_several", count=len(issued)))
    if len(cases) == 1:  # their one case: its certificate, or its View, a tap away
        case = cases[0]
        first = visit.button("download", "btn_download", case.number) if issued else visit.button(
            "view", "btn_view", case.number)
        visit.ask("\n\n".join(t for t in said if t), [first, visit.button("mine", "btn_mine"),
                                                      visit.button("home", "btn_home")])
        return True
    rows = [cloud.Row(f"{visit.prefix}view:{c.number}", c.number,
                      f"{visit.status(c)} · {visit.local(c.gp.name_bn, c.gp.name_en)}") for c in cases]
    rows += [cloud.Row(f"{visit.prefix}download:{c.number}", c.number, visit.t("btn_download")) for c in issued]
    said.append(visit.t("when_choose"))
    visit.say(cloud.rows(visit.with_nav("\n\n".join(t for t in said if t)), visit.t("choose"), visit.t("btn_mine"),
                         visit.page(rows, 0, "mine")))
    return True
