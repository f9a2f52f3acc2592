"""Applying again after a rejection ("how do I apply again", "reapply", "abar apply korbo kivabe", "আবার আবেদন করব
কীভাবে"). A rejected case is never reopened: the office registers a new application. So the asker's own rejected
cases are answered with what their rejection said (its reason, often what to see to first) and the gram panchayat
office to apply at, with the buttons their View offers; nobody is told of another's case (``answers.view``).
"""
from __future__ import annotations

import re

from shared.casework import answers
from shared.casework.visit import Visit

# the words, in English, Bengali and Bengali in Latin letters; written as NFC leaves য় (a letter and its dot)
AGAIN = re.compile(
    r"\bre-?\s?appl(?:y|ying|ication)\b|\bappl(?:y|ication)\s+(?:\S+\s+)?(?:again|afresh)\b|\bagain\s+apply\b"
    r"|\b(?:a+bar|punora(?:y|i)|notun\s+kore)\s+(?:apply|a+bed[ao]n)"
    r"|(?:আবার|পুনরা(?:\u09df|\u09af\u09bc)|পুনঃ|নতুন\s*করে)\s*(?:আবেদন|অ্যাপ্লাই|এপ্লাই)|রি-?\s*অ্যাপ্লাই",
    re.IGNORECASE)


async def again(visit: Visit, details: answers.Details, number: str | None = None) -> None:
    """How to apply again: for the case ``number`` when one was typed (its View when it is no rejected case of the
    asker's), else for the asker's own rejected cases; with none of them, where to make an application."""
    owned = await visit.cases.of_mobile(visit.inbound.wa_id)
    if number is not None:
        case = await visit.cases.get(number)
        if case is None or case.status != "rejected" or not visit.owns(case):
            return await answers.view(visit, number, details)
        rejected = [case]
    else:
        rejected = [c for c in owned if c.status == "rejected"]
    if not rejected:
        others = visit.button("mine", "btn_mine") if owned else visit.button("status", "btn_status")
        return visit.ask(visit.t("again_none"), [others, visit.button("home", "btn_home")])
    if len(rejected) == 1:
        case = rejected[0]
        said = [visit.t("again_one", number=case.number, gp=visit.local(case.gp.name_bn, case.gp.name_en))]
        if case.reason:
            said.append(visit.t("again_reason", reason=case.reason))
        return visit.ask("\n\n".join(said), [visit.button("view", "btn_view", case.number),
                                             *answers.choices(visit, case)])
    said = [visit.t("again_several", count=len(rejected))]
    for case in rejected:
        line = f"*{case.number}* · {visit.local(case.gp.name_bn, case.gp.name_en)}"
        said.append("\n".join((line, visit.t("again_reason", reason=case.reason))) if case.reason else line)
    visit.ask("\n\n".join(said), [visit.button("mine", "btn_mine"), visit.button("home", "btn_home")])
