"""The NOC service, declared: what it consumes, its store indexes, its menu row, back office, texts and the
renewal-reminder sweep.

``spec()`` is what ``services.registry`` loads for ``panchayat run`` and ``panchayat service noc``.
It needs the PDF fonts (checked before it connects); on start it gives certificates stored before their
folded place existed one (``Cases.fold_places``) and loads the demo certificates once per store.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

from services.noc import demo, handlers, reminders
from services.noc.backoffice import routes
from services.noc.conversation.given_up import GIVEN_UP, PAPER
from services.noc.conversation.validity import NEEDS, VALIDITY_WORDS
from services.noc.domain import NUMBER
from services.noc.kind import KIND
from services.noc.repository import INDEXES, Nocs
from shared.casework.again import AGAIN
from shared.casework.follow import COST, TIME
from shared.casework.missing import MISSING, NOT_STAY, SAYS_SENT
from shared.casework.moving import cases_follow
from shared.casework.needed import LICENCE, PAPER_WHEN, SHOP, SHOP_LICENCE, WITHOUT, needed
from shared.casework.office import owed
from shared.casework.said import (
    AMEND,
    MISTAKE,
    APPLICATION,
    APPLIED,
    APPLY,
    APPLY_HINDI,
    DECIDED_ASKED,
    DOCUMENT_AGAIN,
    FEE_UNNAMED,
    MY_APPLICATION,
    NOT_LEAVE,
    NOT_OTHER_SCHEME,
    NUMBER_OF,
    OTHER_PAPER,
    OWN,
    PAPER_AGAIN,
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

NAME = "noc"
INBOUND = "wa.inbound.noc"
REMINDER_EVERY = 60 * 60.0  # seconds between sweeps; a reminder is due for a whole day
FIRST_SWEEP_AFTER = 120.0  # seconds after start: the system is up before anyone is reminded
TEXTS = Catalog.load(Path(__file__).with_name("texts.json"))
# and Hindi's: ट्रेड लाइसेंस, व्यापार एनओसी, दुकान का लाइसेंस ("dukan ka NOC" is a NOC already)
TRADE = (r"(?:\bt?nocs?\b|ব্যবসার\s*অনাপত্তি|এনওসি"
         r"|ट्रेड\s*ला[इय]सें?स|व्यापार\S{0,2}\s*(?:एनओसी|ला[इय]सें?स|अनापत्ति)|एनओसी|दुकान\s*(?:का|के|की)\s*ला[इय]सें?स"
         r"|\bdukaa?n\s+(?:ka|ke|ki)\s+licen[cs]e\b"
         # and the trade licence by its name, and a shop's or a business's licence, as villagers name it: "dokan er
         # licence", দোকানের লাইসেন্স
         rf"|{LICENCE})")
# a building permission or a house's plan named ("permit", পারমিট, ভবন নির্মাণের অনুমতি, "bhobon", "naksha", "plan
# pass er fee", "amar plan reject keno holo", প্ল্যান): building permission's, not a NOC's
NOT_BUILDING = (r"(?!.*(?:\b(?:building|permi(?:t|ssion)s?|bp|bh[ao]b[ao]n|n[ao]?ks?ha|plans?)\b"
                r"|onumoti|অনুমতি|পারমিট|পারমিশন|ভবন|নির্মাণ|নকশা|প্ল্যান|বাড়ি|भवन|निर्माण|नक्श|मकान|परमिट))")
# a house's plan or map named in English ("house map approve korte chai", "house plan rejected why"): building
# permission's decision, read where there is room for it (the NOC's fee phrase has none)
NOT_PLAN = r"(?!.*\bhouse\s+(?:maps?|plans?)\b)"
# a house in Latin letters with no trade, licence, NOC or shop named ("bari banabo ki ki kagoj lagbe"): what is
# missing is building permission's papers ("barite dokan, trade licence er kagoj ki lagbe" is the NOC's)
NOT_HOUSE = (r"(?:(?=.*(?:\bt?nocs?\b|\blicen[cs]|\btrade\b|\b(?:dok|duk)aa?n|\bshops?\b|লাইসেন্স|ট্রেড|দোকান|ব্যবসা"
             r"|लाइसेंस|दुकान))|(?!.*\b(?:ba+ri|ghar|makaa?n)))")
NOT_TIME = rf"(?!.*(?:{TIME}))"
RENEWING = r"\brenew(?:al|als)?\b|নবীকরণ|রিনিউ|नवीनीकरण|रिन्यू"
MENU = MenuEntry(NAME, title={"bn": "ট্রেড NOC", "en": "Trade NOC"},
                 description={"bn": "NOC-র অবস্থা, শংসাপত্র ডাউনলোড ও নবীকরণ",
                              "en": "Trade NOC status, certificate download and renewal"}, order=40,
                 references=NUMBER.references, resumes=False, phrases=(  # no conversation kept (desk)
                     # as the chat reads them: renewing first, then the certificate (also "my NOC certificate",
                     # unless building permission is named: "amar onumoti potro"), then one's NOCs
                     # a change of a NOC's details ("change the name on my trade licence"): made at the office
                     # ... or a shop's ("দোকানের ঠিকানা বদলাতে চাই": the NOC's premises)
                     # ... never another scheme's paper ("birth certificate e naam bhul": the gateway's)
                     # a NOC given up, "licence surrender korbo", "noc cancel korte chai": at the office (``given_up``)
                     Phrase("surrender", rf"^{NOT_BUILDING}{GIVEN_UP}"),
                     Phrase("amend", rf"^{NOT_BUILDING}(?!.*(?:{OTHER_PAPER}))"
                                     rf"(?=.*(?:{TRADE}|\blicen[cs]es?\b|লাইসেন্স|\bcertificate|শংসাপত্র"
                                     rf"|{SHOP}))(?:{AMEND}|{MISTAKE})"),  # "noc te bhul ache" too
                     # the fee with no service named ("where do I pay the fee"): building permission's too, so the
                     # menu asks which; a renewal's fee is the NOC's alone (building permission's phrase leaves it)
                     Phrase("fee", rf"(?:^{NOT_BUILDING}{FEE_UNNAMED})|(?:{PAY_UNNAMED})"),  # and "how do I pay?"
                     # what the licence costs, no fee named ("licence korte koto taka lage", "লাইসেন্স করতে কত টাকা
                     # লাগে", "trade licence er khoroch koto"): the fee, as at its menu
                     Phrase("fee", rf"^{NOT_BUILDING}(?=.*{TRADE})(?={COST.removeprefix('^')})"),
                     # how to apply again after a rejection (building permission announces it too)
                     Phrase("again", rf"^{NOT_BUILDING}.*?(?:{AGAIN.pattern})"),
                     # what a renewal takes ("renew korte ki lagbe"), and how long one's licence holds ("amar
                     # licence er meyad kobe sesh"), before the renewals due
                     # how long a renewal takes ("how long does renewal take"): neither, but the NOC's answer
                     Phrase("renewal_needs", rf"^{NOT_BUILDING}{NOT_TIME}{NEEDS}"),
                     Phrase("validity", rf"{VALIDITY_WORDS}{NOT_BUILDING}"),
                     Phrase("renewals", rf"^{NOT_TIME}.*?(?:{RENEWING})"),
                     Phrase("menu", rf"^(?=.*(?:{TIME})).*?(?:{RENEWING})"),  # read as at its menu: how long
                     # how to apply at all, after renewing (building permission announces it too)
                     Phrase("apply", rf"^{NOT_BUILDING}{NOT_OTHER_SCHEME}.*?(?:{APPLY.pattern})"),
                     # a trade's licence needed ("dokan er licence chai"): how to apply, unless asked after
                     Phrase("apply", rf"^{NOT_BUILDING}" + needed(TRADE)),
                     # papers said sent here: the same, said first to reach no one (the tap carries no words)
                     Phrase("sent", rf"^{NOT_BUILDING}" + SAYS_SENT.pattern),
                     # what is still missing for one's application (building permission announces it too)
                     Phrase("missing", rf"^{NOT_BUILDING}{NOT_HOUSE}{NOT_STAY}" + MISSING.pattern),
                     # what one's number is: the numbers of one's own (an application's with no building named is
                     # building permission's too, so the menu asks which)
                     # and "check status", nothing named: complaints' and bookings' too, so the menu asks which
                     Phrase("mine", rf"^{NOT_BUILDING}(?=.*{NUMBER_OF})|{STATUS_ASKED}"),
                     Phrase("letters", DOCUMENT_AGAIN + NOT_OTHER_SCHEME + NOT_BUILDING),
                     # one's NOC asked for again as the paper it is ("send my NOC again", "please resend my noc"):
                     # the certificate, not one's NOCs to look at
                     Phrase("letters", rf"^{NOT_BUILDING}(?=.*{TRADE}){PAPER_AGAIN}"),
                     # and in Hindi ("mera trade license kab milega", "मेरा ट्रेड लाइसेंस")
                     Phrase("mine", rf"^(?!.*{WITHOUT})(?=.*{OWN})(?=.*{TRADE})"),  # "my shop without NOC": none
                     # one's applications, nothing named ("my application", "আমার আবেদন", "amar abedon"), the
                     # paper waited for, unnamed ("kagoj ta kobe pabo"), and applying said done ("ami apply korechi"):
                     # building permission's too, so the menu asks which (a NOC's holder was told none is on the
                     # number)
                     Phrase("mine", rf"^{NOT_BUILDING}(?:.*?{MY_APPLICATION}|{PAPER_WHEN}|{APPLIED})"),
                     # what became of it, unnamed ("keno reject holo", "বাতিল হল কেন"): building permission's too
                     Phrase("mine", rf"^{NOT_BUILDING}{NOT_PLAN}" + DECIDED_ASKED + NOT_OTHER_SCHEME),
                     # one's licence or NOC named and asked after ("my licence", "licence status", "noc kobe pabo"):
                     # one's own, as the chat answers them
                     Phrase("mine", rf"^{NOT_BUILDING}" + own_asked(PAPER)),
                     # a shop or a business and a licence named, not asked after ("dokan khulbo licence lagbe", "I
                     # want to open a shop, what licence do I need"): how to apply
                     Phrase("apply", rf"^{NOT_BUILDING}{SHOP_LICENCE}"),
                     # how to apply asked in Hindi, the NOC named ("trade license kaise banaye", "ट्रेड लाइसेंस कैसे
                     # बनवाएं"): said.APPLY has no room for Hindi's words
                     Phrase("apply", rf"^{NOT_BUILDING}{NOT_OTHER_SCHEME}(?=.*{TRADE}).*?(?:{APPLY_HINDI})"),
                     Phrase("menu", rf"{TRADE}|^(?:licen[cs]es?|lisens|trade|লাইসেন্স|ট্রেড)$"
                                    rf"|^{NOT_BUILDING}{NOT_OTHER_SCHEME}{NOT_LEAVE}.*{APPLICATION}")))


def spec(*, public_url: str | None = None, reminder_every: float | None = REMINDER_EVERY,
         load_demo: bool = True) -> ServiceSpec:
    """``public_url``: where certificates' QR codes point (default ``PUBLIC_BASE_URL``, else the local
    gateway); ``reminder_every=None`` runs no sweep (tests call ``reminders.send_due`` with their clock)."""
    verify_base = public_url if public_url is not None else load_settings().public_url()

    async def on_inbound(envelope: Envelope, ctx: Context) -> None:
        await handlers.on_inbound(envelope, ctx, public_url=verify_base)

    async def on_start(service: ServiceContext) -> None:
        await Nocs(service.store).fold_places()  # before the back office lists by them
        if load_demo:
            await demo.load_once(service)

    sweep = () if reminder_every is None else (
        partial(reminders.sweep_forever, every=reminder_every, first_after=FIRST_SWEEP_AFTER),)
    sweep += (owed.announce_forever(KIND),)  # what an office's move has not yet announced
    # certificates are drawn on request: a machine without the fonts stops before it connects, with the fix
    return ServiceSpec(name=NAME, bindings=(INBOUND,), handlers={INBOUND: on_inbound}, indexes=INDEXES, menu=MENU,
                       routes=routes, texts=TEXTS, checks=(check_fonts,), on_start=on_start, tasks=sweep,
                       retention=(LANGUAGES,), on_number_changed=cases_follow(KIND))
