"""Applying again after a rejection or a revocation ("how do I apply again", "reapply", "abar apply korbo kivabe",
"আবার আবেদন করব কীভাবে"). A rejected case is never reopened, nor a revoked document restored: the office registers a
new application. So the asker's own refused cases are answered with what their rejection or revocation said (its
reason, often what to see to first) and the gram panchayat office to apply at, with the buttons their View offers;
nobody is told of another's case (``answers.view``). A document that ran out is answered the same way, with the day
it ended and where to apply for its renewal: for a trader whose NOC has run out, that is what applying again means.
Someone with nothing refused or run out is told where theirs stand, and that there is nothing to apply again for.
Asked how to apply at all, anyone is told where an application is made.
"""
from __future__ import annotations

import re

from shared.casework import answers
from shared.casework.case import Case
from shared.casework.visit import Visit

# the words, in English, Bengali and Bengali in Latin letters; written as NFC leaves য় (a letter and its dot)
AGAIN = re.compile(
    r"\bre-?\s?appl(?:y|ying|ication)\b|\bappl(?:y|ication)\s+(?:\S+\s+)?(?:again|afresh)\b|\bagain\s+apply\b"
    r"|\b(?:a+bar|punora(?:y|i)|notun\s+kore)\s+(?:apply|a+bed[ao]n)"
    r"|(?:আবার|পুনরা(?:\u09df|\u09af\u09bc)|পুনঃ|নতুন\s*করে)\s*(?:আবেদন|অ্যাপ্লাই|এপ্লাই)|রি-?\s*অ্যাপ্লাই",
    re.IGNORECASE)
# What to do, asked ("what should i do now", "ki korbo", "ki korle pabo", "কী করতে হবে"): read here and at a
# complaint's summary (``services.grievance.conversation.summary``)
WHAT_TO_DO = (r"\bwhat\s+(?:now|next|to\s+do|(?:should|shall|do|can|must)\s+(?:i|we)\s+do)\b"
              r"|\bki\s+(?:korbo|korb|kori|korte\s+hobe|kora\s+jay|kora\s+uchit|korle\s+pabo|korle\s+hobe)\b"
              r"|(?:কী|কি)\s*(?:করব|করবো|করি|করতে\s*হবে|করা\s*যা(?:\u09df|\u09af\u09bc)|করলে\s*(?:পাব|পাবো|হবে))")
# What now, asked at one's own refused case just shown ("abar korte chai", "ami abar korbo", "তাহলে এখন কি করব",
# "what should i do now", "ki korle pabo"): what applying again means for it, as "how do I apply again" is answered.
WHAT_NOW = re.compile(
    rf"{WHAT_TO_DO}|\ba+bar\s+(?:kor\w*|korte\s+chai|chai)\b|\bekhon\s+ki\b|আবার\s*(?:কর\S*|চাই)|এখন\s*(?:কী|কি)\b",
    re.IGNORECASE)
REFUSED = ("rejected", "revoked", "expired")  # the statuses shown that a new application (or a renewal) follows
ONE = {"rejected": "again_one", "revoked": "again_revoked", "expired": "again_expired"}  # one case, by its status
REASON = {"rejected": "again_reason", "revoked": "again_revoked_reason"}  # a document that ran out has no reason
SEVERAL = {"rejected": "again_several", "revoked": "again_several_revoked", "expired": "again_several_expired"}
BOTH_REFUSED = {"rejected", "revoked"}  # their list says "again_several_refused"; with one that ran out, _mixed


async def what_now(visit: Visit, details: answers.Details, text: str, shown: str | None) -> bool:
    """``WHAT_NOW`` typed at the asker's own case ``shown`` (its View just before) that was rejected, revoked or ran
    out: how to apply again for it (``again``); False, with nothing said, anywhere else."""
    if shown is None or not WHAT_NOW.search(text):
        return False
    case = await visit.cases.get(shown)
    if case is None or not visit.owns(case) or case.shown_status(visit.today) not in REFUSED:
        return False
    await again(visit, details, case.number)
    return True


async def again(visit: Visit, details: answers.Details, number: str | None = None) -> None:
    """How to apply again: for the case ``number`` when one was typed (its View when it is no rejected or revoked
    case of the asker's), else for the asker's own rejected and revoked cases; with none of them, that there is
    nothing to apply again for (their own cases and where they stand) or where to make an application."""
    owned = await visit.cases.of_mobile(visit.inbound.wa_id)
    shown = visit.today
    if number is not None:
        case = await visit.cases.get(number)
        if case is None or case.shown_status(shown) not in REFUSED or not visit.owns(case):
            return await answers.view(visit, number, details)
        refused = [case]
    else:
        refused = [c for c in owned if c.shown_status(shown) in REFUSED]
    if not refused:
        return _nothing_refused(visit, owned)
    if len(refused) == 1:
        case = refused[0]
        said = [visit.t(ONE[case.shown_status(shown)], number=case.number,
                        gp=visit.local(case.gp.name_bn, case.gp.name_en), **_ended(case))]
        if case.reason and case.status in REASON:
            said.append(visit.t(REASON[case.status], reason=case.reason))
        return visit.ask("\n\n".join(said), [visit.button("view", "btn_view", case.number),
                                             *answers.choices(visit, case)])
    statuses = {c.shown_status(shown) for c in refused}
    key = SEVERAL[next(iter(statuses))] if len(statuses) == 1 else \
        "again_several_refused" if statuses == BOTH_REFUSED else "again_several_mixed"
    said = [visit.t(key, count=len(refused))]
    for case in refused:
        line = _line(visit, case, status=len(statuses) > 1)
        if case.reason and case.status in REASON:
            line = "\n".join((line, visit.t(REASON[case.status], reason=case.reason)))
        said.append(line)
    visit.ask("\n\n".join(said), [visit.button("mine", "btn_mine"), visit.button("home", "btn_home")])


APPLY_BUTTONS = (("status", "btn_status"), ("mine", "btn_mine"), ("home", "btn_home"))  # how to apply's


def how_to_apply(visit: Visit) -> None:
    """Where a first application is made (the office, never this chat), and that the number it gives is what to
    send here, with the taps that take it and the asker's own cases; what follows is asked of applying (``follow``)."""
    visit.ask(visit.t("apply_how"), [visit.button(action, key) for action, key in APPLY_BUTTONS])
    visit.how_shown = "apply"


async def named(visit: Visit, details: answers.Details) -> None:
    """The service named alone ("অনুমতি", "NOC"): the asker's own cases, or with none on their number where an
    application is made (and that its number is what to send here)."""
    if visit.number_hidden or await visit.cases.of_mobile(visit.inbound.wa_id):
        return await answers.mine(visit, details)
    how_to_apply(visit)


def _ended(case: Case) -> dict[str, object]:
    """The last valid day of a case's document, for the texts that name it (a document that ran out)."""
    return {} if case.issue is None else {"valid_until": case.issue.valid_until}


def _nothing_refused(visit: Visit, owned: list[Case]) -> None:
    """None of the asker's cases was rejected or revoked: their one case with its status (and its View), or their
    several each with its own; with none, where to apply (or why theirs cannot be found: a hidden number)."""
    if len(owned) == 1:
        case = owned[0]
        return visit.ask(visit.t("again_none_one", number=case.number, status=visit.status(case)),
                         [visit.button("view", "btn_view", case.number), visit.button("home", "btn_home")])
    if owned:
        said = [visit.t("again_none_several", count=len(owned)), *(_line(visit, c, status=True) for c in owned)]
        return visit.ask("\n".join(said), [visit.button("mine", "btn_mine"), visit.button("home", "btn_home")])
    visit.ask(visit.t("number_hidden" if visit.number_hidden else "again_none"),
              [visit.button("status", "btn_status"), visit.button("home", "btn_home")])


def _line(visit: Visit, case: Case, *, status: bool) -> str:
    """A case in a list: its number, its status where the list holds several, its gram panchayat."""
    said = [f"*{case.number}*", visit.status(case), visit.local(case.gp.name_bn, case.gp.name_en)]
    return " · ".join(said if status else said[::2])
