"""The permit chat: the shared casework desk (``shared.casework.desk``) with what an applicant sees of
their own application — status and its history, the plot, the fee left and where it is paid, the memo or the
reason."""
from __future__ import annotations

import re

from functools import partial

from services.permit.domain import VALIDITY_YEARS, Application
from shared.casework.desk import Desk
from shared.casework.given_up import APPLICATION, GIVING_UP
from shared.casework.needed import HOUSE_PLANNED, PERMISSION, PERMISSION_ALONE, PERMISSION_NEEDED
from shared.casework.numbers import TRADE_NOC as TRADE_NOC_NUMBER
from shared.casework.said import BOOKING, COMPLAINT, PLAN, PLAN_PASSED, PLAN_WISHED
from shared.casework.show import area, digits, rupees
from shared.casework.validity import UNTIL, owned_or_told, validity
from shared.casework.visit import Visit
from shared.india import LINE_START


async def details(visit: Visit, application: Application) -> str:
    plot, gp, lang = application.plot, application.gp, visit.lang
    lines = [visit.t("details", number=application.number, name=visit.local(application.name_bn, application.name_en),
                     status=visit.status(application),
                     gp=visit.local(gp.name_bn, gp.name_en), mouza=plot.mouza, jl_no=digits(plot.jl_no, lang),
                     khatian=digits(plot.khatian, lang), dag_no=digits(plot.dag_no, lang),
                     use=visit.t(f"use_{application.use}"),
                     floors=application.floors, area=digits(area(application.built_up_area), visit.lang),
                     fee=rupees(application.fee, visit.lang))]
    if owed := visit.fee_owed(application):  # how much is left and where it is paid, not the amount alone
        lines.append(owed)
    if application.issue is not None:
        issue, revoked_on = application.issue, visit.revoked_on(application)
        if revoked_on is not None:  # its last valid day no longer holds
            lines.append(visit.t("details_revoked", memo_no=issue.memo_no, issued_on=issue.issued_on,
                                 revoked_on=revoked_on))
        else:
            lines.append(visit.t("details_issued", memo_no=issue.memo_no, issued_on=issue.issued_on,
                                 valid_until=issue.valid_until))
            if application.shown_status(visit.today) == "expired":  # renewed at the office, as the NOC's is
                lines.append(visit.t("renew_how", gp=visit.local(gp.name_bn, gp.name_en)))
    if application.reason:
        lines.append(visit.t("details_reason", reason=application.reason))
    lines.append(visit.history(application))
    return "\n\n".join(lines)


# A trade NOC is the noc service's, however it is named; "NOC" alone read as asking for an application's status.
# Not a bare অনাপত্তি (no-objection): a neighbour's no-objection belongs to a building application. A NOC's
# number among words (TNOC/2026/45, টিএনওসি/২০২৬/৪৫: as the NOC service reads it) is its own View there.
TRADE_NOC = re.compile(rf"(?P<number>{TRADE_NOC_NUMBER.written})|\bT?\s*NOC\b|{TRADE_NOC_NUMBER.spelt_prefix}|"
                       r"\btrade\s+licen[cs]e\b|ট্রেড\s*লাইসেন্স|ব্যবসার\s*অনাপত্তি", re.IGNORECASE)
# A permission that ran out is renewed at the office, as a refused one is applied for again: the same answer. A
# trade's renewal named here is the noc service's (``TRADE_NOC``).
RENEWAL = re.compile(r"^(?!.*(?:\bt?\s*nocs?\b|\btrade\b|ট্রেড|ব্যবসা|এনওসি))"
                     r".*(?:\brenew(?:al|als|ing)?\b|নবীকরণ|রিনিউ)", re.IGNORECASE)
# how long one's permission holds, no serial typed ("amar onumoti r meyad koto din", "when does my permission
# expire"): the main menu's phrase with the permission or its letter named; in the chat, the words alone
_TRADE_WORDS = r"\bt?nocs?\b|\btrade\b|\blicen[cs]es?\b|ট্রেড|ব্যবসা|এনওসি|লাইসেন্স"
_PERMISSION = r"\bpermi(?:t|ssion)s?\b|on[ou]moti|an[ou]mati|অনুমতি|পারমিট|পারমিশন|\bletter|চিঠি"
VALIDITY_WORDS = rf"^(?!.*\d)(?!.*(?:{_TRADE_WORDS}))(?=.*(?:{_PERMISSION}))(?=.*{UNTIL})"
VALIDITY = re.compile(rf"^(?!.*\d)(?!.*(?:{_TRADE_WORDS}))(?=.*{UNTIL})", re.IGNORECASE)


# a trade NOC or licence named ("NOC", "trade licence", ট্রেড লাইসেন্স, Hindi's लाइसेंस): the noc service's, not a
# permission's
NOT_TRADE = (r"^(?!.*(?:\bt?nocs?\b|\btrade\b|\blicen[cs]es?\b|ট্রেড|ব্যবসা|অনাপত্তি|এনওসি|লাইসেন্স|ट्रेड|व्यापार|एनओसी"
             r"|ला[इय]सें?स))")
# the paper of a building permission as given up or its application withdrawn names it ("building permission cancel
# korte chai", "naksha batil korte chai", "ভবন নির্মাণের অনুমতি প্রত্যাহার করতে চাই", "नक्शा का आवेदन वापस लेना है"):
# at the main menu, its permission or plan named (a building or its construction alone, "পাশের বাড়ির নির্মাণ বন্ধ করতে
# চাই", is a neighbour's to be stopped: a complaint's); in its own chat, an application too
_PAPER = rf"(?:{PLAN}|(?=.*{PERMISSION}))"
GIVEN_UP = NOT_TRADE + _PAPER + GIVING_UP
GIVEN_UP_HERE = re.compile(rf"{NOT_TRADE}(?:(?=.*{APPLICATION})|{_PAPER}){GIVING_UP}", re.IGNORECASE | re.DOTALL)


async def withdraw(visit: Visit, args: list[str]) -> None:
    """An application withdrawn or a permission given up, asked for (``GIVEN_UP``): only at the office, never here."""
    await DESK.at_office(visit, "withdraw_how")


# What may be built asked, its floors or when building may begin ("can I build 2 floors", "how many floors can I build",
# "koto tola korte parbo", "কত তলা করা যাবে", "can I start construction now", "kaj shuru korte pari?", "নির্মাণ কাজ শুরু
# করতে পারি?"): what one's own applications allow, or that it is decided on an application. Whether a permission is
# needed for it ("2 tola korte permission lagbe?"), or a floor to be added ("second floor korbo", "বাড়িতে দোতলা করব":
# ``HOUSE_PLANNED``), stays how to apply
_FLOORS = (r"\b(?:floors?|storey(?:s|ed)?|stor(?:y|ies)|\d+\s*(?:tola|tala)|dotola|dotala|tintola|tintala|tola|tala)\b"
           r"|তলা|দোতলা|তিনতলা|ফ্লোর|मंजिल|मंज़िल")
_BEGIN = (r"(?=.*(?:\b(?:start|begin|commence|shuru|suru|aramva|arombho)\b|শুরু|আরম্ভ|शुरू))"
          r"(?=.*(?:\b(?:construct\w*|build\w*|kaj|kam|nirman|banano|banate|bana\w*)\b|বানা|নির্মাণ|কাজ|निर्माण|काम))")
BUILDING_ASKED = re.compile(
    rf"^(?!{HOUSE_PLANNED})"
    r"(?!.*(?:\blag(?:be|e)\b|\bneed\w*|\brequired?\b|\bdork[ae]r\b|\bapply\b|লাগবে|লাগে|দরকার|আবেদন))"
    rf"(?:(?=.*(?:{_FLOORS}))|{_BEGIN})", re.IGNORECASE)


async def building(visit: Visit, args: list[str]) -> None:
    """What may be built asked (``BUILDING_ASKED``): for each of one's own applications, what its permission allows
    and whether building may begin under it (only once approved, until its last valid day); with none, that it is
    decided on an application and its plan, and how to apply."""
    if not (owned := await owned_or_told(visit, "building_none")):
        return None
    lines = [visit.t("building_intro")]
    for application in owned:
        shown, what = application.shown_status(visit.today), _plot(visit, application)
        if shown == "approved" and application.issue is not None:
            lines.append(visit.t("building_approved", number=application.number, what=what,
                                 floors=application.floors, area=digits(area(application.built_up_area), visit.lang),
                                 use=visit.t(f"use_{application.use}"), valid_until=application.issue.valid_until))
        elif shown == "expired" and application.issue is not None:
            lines.append(visit.t("building_expired", number=application.number, what=what,
                                 valid_until=application.issue.valid_until,
                                 gp=visit.local(application.gp.name_bn, application.gp.name_en)))
        else:
            key = "building_refused" if shown in ("rejected", "revoked") else "building_waiting"
            lines.append(visit.t(key, number=application.number, what=what, status=visit.status(application)))
    visit.ask("\n".join(lines), [visit.button("mine", "btn_mine"), visit.button("home", "btn_home")])


def _plot(visit: Visit, application: Application) -> str:
    """A permission named beside its number where several may be listed: its plot."""
    plot = application.plot
    return visit.t("validity_what", mouza=plot.mouza, dag_no=digits(plot.dag_no, visit.lang))


DESK = Desk(details=details, extra={"validity": partial(validity, what=_plot), "withdraw": withdraw,
                                   "building": building},
            words={"withdraw": GIVEN_UP_HERE, "apply": re.compile(LINE_START + PLAN_WISHED, re.IGNORECASE),
                   "again": RENEWAL,
                   "mine": re.compile(LINE_START + PLAN_PASSED, re.IGNORECASE), "validity": VALIDITY,
                   "building": BUILDING_ASKED},
            elsewhere={"noc": TRADE_NOC, "grievance": COMPLAINT, "tourism": BOOKING},
            documents_elsewhere=frozenset({"noc"}), needed=rf"^(?:{PERMISSION_NEEDED})|^{HOUSE_PLANNED}",
            named=PERMISSION_ALONE,
            figures={"years": VALIDITY_YEARS})
