"""The permit service, declared: what it consumes, its store indexes, its menu row, back office and texts.

``spec()`` is what ``services.registry`` loads for ``panchayat run`` and ``panchayat service permit``.
On start it gives applications stored before their folded place existed one (``Cases.fold_places``), then
loads the demo applications once per store.
"""
from __future__ import annotations

from pathlib import Path

from services.permit import demo, handlers
from services.permit.backoffice import routes
from services.permit.conversation import GIVEN_UP, NOT_TRADE, VALIDITY_WORDS
from services.permit.domain import NUMBER
from services.permit.kind import KIND
from services.permit.repository import INDEXES, Applications
from shared.casework.again import AGAIN
from shared.casework.follow import COST, TIME
from shared.casework.missing import MISSING, NOT_STAY, SAYS_SENT
from shared.casework.moving import cases_follow
from shared.casework.needed import HOUSE_PLANNED, PAPER_WHEN, PERMISSION, PERMISSION_NEEDED
from shared.casework.office import owed
from shared.casework.said import (
    AMEND,
    MISTAKE,
    APPLICATION,
    APPLY,
    APPLIED,
    APPLY_HINDI,
    DECIDED_ASKED,
    DOCUMENT_AGAIN,
    FEE_UNNAMED,
    MY_APPLICATION,
    NOT_LEAVE,
    NOT_OTHER_SCHEME,
    OTHER_PAPER,
    NUMBER_OF,
    PAPER_AGAIN,
    PLAN,
    PLAN_NEWS,
    PLAN_PASSED,
    PLAN_WISHED,
    own_asked,
)
from shared.documents import check_fonts
from shared.envelope import Envelope
from shared.india import STATUS_ASKED
from shared.paying import PAY_UNNAMED
from shared.retention import LANGUAGES
from shared.runtime import Context, MenuEntry, Phrase, ServiceContext, ServiceSpec
from shared.settings import load_settings
from shared.texts import Catalog

NAME = "permit"
INBOUND = "wa.inbound.permit"
TEXTS = Catalog.load(Path(__file__).with_name("texts.json"))
# a house's permission as a villager names it: বাড়ির অনুমতি, বাড়ি তৈরির অনুমতি, ঘর বানানোর অনুমতি, "barir onumoti"
# (ড় as NFKC writes it, a ড and its dot)
HOUSE = (r"(?:বা(?:\u09dc|\u09a1\u09bc)ি|ঘর|\bbari|\bghor|\bhouse)\S*(?:\s+\S+)?\s+"
         r"(?:অনুমতি|পারমিশন|পারমিট|onumoti|anumati|permission|permit)")
# a building's permission named so: "building permission", "ভবন নির্মাণের অনুমতি", "bhobon nirman er onumoti"
BUILDING = (r"\bbuilding\s+(?:permission|permit|plan)|(?:ভবন\s*)?নির্মাণের\s*অনুমতি|ভবনের\s*অনুমতি"
            r"|\bbh[ao]b[ao]n\s+(?:nirman\s+)?(?:er\s+)?(?:[ao]n[ou]m[ao]ti|permission)")
# and as Hindi names it: भवन निर्माण अनुमति, नक्शा पास, घर बनाने की अनुमति, "ghar banane ki anumati", "naksha pass"
HINDI = (r"भवन\s*निर्माण|निर्माण\s*(?:की\s*)?अनुमति|नक्श[ाे]\s*(?:पास|की\s*(?:मंज\u093c?ूरी|अनुमति))"
         r"|(?:मकान|घर)\s*(?:बनाने|बनवाने|निर्माण)\s*(?:की\s*|के\s*लिए\s*)?(?:अनुमति|परमिशन|मंज\u093c?ूरी)"
         r"|\b(?:maka+n|ghar)\s+(?:banane|banwane|nirman)\s+(?:ki\s+|ke\s+liye\s+)?(?:anumati|permission|ijaa?zat)"
         r"|\bnaksh?a\s+pass")
# the rules for building a house asked ("বাড়ি তৈরির নিয়ম কী", "bari toiri korar niyom ki", "what are the rules for
# building a house"): what the panchayat asks is building permission, how to apply; never a scheme's house ("awas")
RULES = (r"^(?!.*(?:\bawas|\byojon?a|আবাস|যোজনা))(?:.*?(?:বাড়ি|ঘর|দালান)\S*\s*(?:তৈরি|বানানো|বানানোর|নির্মাণ)\S*"
         r"\s*(?:\S+\s*)?নিয়ম|.*?\b(?:ba+ri|gh[oa]r)\S*\s+(?:toiri|banano|banabar|nirman)\S*\s+(?:\S+\s+)?niy?o?m"
         r"|.*?\brules?\s+(?:for|to|of)\s+(?:build|construct|mak)\w*\s+(?:a\s+|my\s+)?(?:house|home))")
# the permission named in one word, typed alone ("permit", "anumoti", পারমিশন, "bari": a house's); with more words
# they may be another's ("trade permit" is a NOC's, "permission for a stall" anyone's), read as above
ALONE = (r"^(?:permits?|permissions?|building|bh[ao]b[ao]n|[ao]n[ou]m[ao]ti|bari|অনুমতি|পারমিট|পারমিশন|ভবন"
         r"|বা(?:\u09dc|\u09a1\u09bc)ি)$")
# a renewal named: the NOC's, never building permission's (its fee, its papers, one's own asked after)
NOT_RENEWAL = r"(?!.*(?:\brenew|নবীকরণ|রিনিউ))"
MENU = MenuEntry(NAME, title={"bn": "ভবন নির্মাণের অনুমতি", "en": "Building permission"},
                 description={"bn": "আবেদনের অবস্থা দেখুন, অনুমতিপত্র ডাউনলোড করুন",
                              "en": "Application status and the permission letter"}, order=30,
                 references=NUMBER.references, resumes=False, phrases=(  # no conversation kept (desk)
                     # an application withdrawn or a permission given up ("building permission cancel korte chai",
                     # "naksha batil korte chai"): only at the office, before its plan's news reads বাতিল (rejected)
                     Phrase("withdraw", GIVEN_UP),
                     # a change of a permission's details ("correct the owner's name on my building permission")
                     Phrase("amend", NOT_TRADE + rf"(?!.*(?:{OTHER_PAPER}))"
                                     r"(?=.*(?:\bpermi(?:t|ssion)s?\b|on[ou]moti|অনুমতি|পারমিট|\bbuilding"
                                     r"|\bapplication|আবেদন|\bplan\b|নকশা|\bcertificates?\b|\bletters?\b"
                                     r"|শংসাপত্র|চিঠি))"
                                     rf"(?:{AMEND}|{MISTAKE})"),  # "অনুমতিপত্রে ভুল আছে" too
                     # the fee with no service named ("where do I pay the fee", "fee diye diyechi"): the trade NOC
                     # announces it too, so the menu asks which; a renewal's is the NOC's alone
                     Phrase("fee", rf"(?:{NOT_TRADE}{NOT_RENEWAL}{FEE_UNNAMED})|(?:{PAY_UNNAMED})"),
                     # what a plan's passing or the permission costs, no fee named ("naksha pass korate koto taka
                     # lage", "নকশা পাস করাতে কত টাকা লাগে", "permission nite koto khoroch"): the fee, as at its menu
                     Phrase("fee", rf"{NOT_TRADE}(?:{PLAN}|(?=.*{PERMISSION}))(?={COST.removeprefix('^')})"),
                     # papers said sent here: said first to reach no one (the tap carries no words)
                     Phrase("sent", NOT_TRADE + SAYS_SENT.pattern),
                     # what is still missing for one's application, or the papers a plan's passing needs ("plan pass
                     # er jonno ki ki kagoj lagbe", before the plan's words below): the trade NOC announces it too, so
                     # the menu asks; a renewal's papers are the NOC's alone
                     Phrase("missing", rf"{NOT_TRADE}{NOT_RENEWAL}{NOT_STAY}" + MISSING.pattern),
                     # how long a plan's passing takes ("plan pass er jonno koto din lagbe"): read as at its menu
                     Phrase("menu", rf"{NOT_TRADE}{PLAN}(?=.*(?:{TIME}))"),
                     # one's plan passed, asked ("amar barir naksha pass hoyeche?"): one's own applications
                     Phrase("apply", NOT_TRADE + PLAN_WISHED),  # ... or wished for: how to apply
                     # ... "amar plan ki holo" too, and what one's number is ("my permit number"): the numbers of one's
                     # own, not the letter
                     # "check status", nothing named: complaints' and bookings' too, so the menu asks which
                     Phrase("mine", NOT_TRADE + rf"(?:{PLAN_PASSED}|{PLAN}{PLAN_NEWS}|.*{NUMBER_OF}|{STATUS_ASKED})"),
                     # how to apply again after a rejection: the trade NOC announces it too, so the menu asks which
                     Phrase("again", rf"{NOT_TRADE}.*?(?:{AGAIN.pattern})"),
                     # how to apply at all, which the trade NOC announces too
                     Phrase("apply", rf"{NOT_TRADE}{NOT_OTHER_SCHEME}.*?(?:{APPLY.pattern})"),
                     # a house's permission needed ("amar bari banate permission lagbe"): how to apply, unless the
                     # words ask after one applied for ("kobe pabo", "ki holo"), which are one's own applications
                     Phrase("apply", NOT_TRADE + PERMISSION_NEEDED),
                     # a house to be built, no permission named ("I want to build a house", "bari banabo"): the same
                     Phrase("apply", NOT_TRADE + HOUSE_PLANNED),
                     Phrase("apply", NOT_TRADE + RULES),  # the rules for building a house: the same
                     # how to apply asked in Hindi, the permission or the plan named ("ghar banane ki anumati kaise
                     # milegi", "naksha pass kaise karaye"): the same (said.APPLY has no room for Hindi's words)
                     Phrase("apply", rf"{NOT_TRADE}{NOT_OTHER_SCHEME}(?=.*(?:{PERMISSION}|\bbuilding\b|\bna?ksha\b|नक्श"
                                     rf"|भवन|निर्माण)).*?(?:{APPLY_HINDI})"),
                     # how long one's permission holds ("আমার অনুমতিপত্রের মেয়াদ কতদিন"): each with its last day,
                     # not the letter
                     Phrase("validity", VALIDITY_WORDS),
                     # applying said done ("ami permission er jonno apply korechi", "আবেদন করেছি"): one's own
                     # applications; the trade NOC reads them too where neither is named, so the menu asks which
                     Phrase("mine", NOT_TRADE + APPLIED),
                     # the letter again, unnamed ("চিঠি আবার পাঠান"): the trade NOC announces it too, so the menu asks
                     Phrase("letters", DOCUMENT_AGAIN + NOT_OTHER_SCHEME + NOT_TRADE),
                     # one's permission asked for again as the paper it is ("amar permission ta abar pathao")
                     Phrase("letters", NOT_TRADE + r"(?=.*(?:\bpermi(?:t|ssion)s?\b|on[ou]moti|an[ou]mati|অনুমতি|পারমিট"
                                       r"|পারমিশন))" + PAPER_AGAIN),
                     # an application or NOC named with a trade is the noc service's
                     # the first "my" only (atomic): a house's permission after a later one is after it too, and
                     # a message of "আমার" said a thousand times is read once, not once per "আমার"
                     # and the permission named with "my" or its status asked ("what is the status of my building
                     # permission", "I applied for building permission, what is the status", "ভবন নির্মাণের অনুমতির অবস্থা")
                     Phrase("mine", rf"{NOT_TRADE}(?:.*?{MY_APPLICATION}|(?>.*?(?:\bmy\b|আমার|\bamar\b)).*(?:{HOUSE}|{BUILDING})"
                                    rf"|(?=.*(?:\bstatus\b|\bobostha\b|অবস্থা))(?=.*(?:{HOUSE}|{BUILDING})))"),
                     # the paper waited for, unnamed ("kagoj ta kobe pabo"), or what became of it ("keno reject holo",
                     # "বাতিল হল কেন"): the trade NOC's too, so the menu asks
                     Phrase("mine", NOT_TRADE + rf"(?:{PAPER_WHEN}|{DECIDED_ASKED}{NOT_OTHER_SCHEME})"),
                     # one's permission named and asked after ("my permit", "permit status", "permit kobe pabo"):
                     # one's own, as the chat answers them; a renewal is the NOC's
                     Phrase("mine", rf"{NOT_TRADE}{NOT_RENEWAL}" + own_asked(PERMISSION)),
                     # an application or a house's permission named; and the one word a villager types alone for
                     # it: "permit", "permission", "onumoti", অনুমতি, বাড়ি
                     Phrase("menu", rf"(?:{NOT_TRADE}{NOT_OTHER_SCHEME}{NOT_LEAVE}.*(?:{APPLICATION}|\bbuilding\s+(?:permission"
                                    rf"|permit|plan)|\bhouse\s+plan|নির্মাণের\s*অনুমতি|বাড়ির\s*নকশা|নকশা|{HOUSE}"
                                    rf"|{HINDI})|{ALONE})")))


def spec(*, public_url: str | None = None, load_demo: bool = True) -> ServiceSpec:
    """``public_url``: where letters' QR codes point (default ``PUBLIC_BASE_URL``, else the local gateway)."""
    verify_base = public_url if public_url is not None else load_settings().public_url()

    async def on_inbound(envelope: Envelope, ctx: Context) -> None:
        await handlers.on_inbound(envelope, ctx, public_url=verify_base)

    async def on_start(service: ServiceContext) -> None:
        await Applications(service.store).fold_places()  # before the back office lists by them
        if load_demo:
            await demo.load_once(service)

    # letters are drawn on request: a machine without the fonts stops before it connects, with the fix
    return ServiceSpec(name=NAME, bindings=(INBOUND,), handlers={INBOUND: on_inbound}, indexes=INDEXES, menu=MENU,
                       routes=routes, texts=TEXTS, checks=(check_fonts,), on_start=on_start, retention=(LANGUAGES,),
                       on_number_changed=cases_follow(KIND), tasks=(owed.announce_forever(KIND),))
