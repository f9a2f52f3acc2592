"""The grievance service, declared: what it consumes, its store indexes, its menu row, back office and texts.

``spec()`` is what ``services.registry`` loads for ``panchayat run`` and ``panchayat service grievance``.
It reads the directory (``directory.csv``) and the categories (``categories.json``) once at start; both
are data files beside this module, documented where they are read. The escalation sweep and the fetching of the
files people send (``media``) run in every copy.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

from services.grievance import demo, escalation, media
from services.grievance.backoffice import announce, routes_for
from services.grievance.conversation.told import ASKED_AFTER, NAMED_BY_NUMBER, NUMBER_ALONE
from services.grievance.conversation.unreceived import UNRECEIVED
from services.grievance.conversation.wants import LATIN as SPELT
from services.grievance.conversation.wants import (
    ATR_ASKED,
    CLOSED_UNDONE,
    MINE_BN,
    MINE_EN,
    MINE_MORE,
    NOT_BN,
    NOT_EN,
    NUMBER_OF_MINE,
    PROBLEM_HAD,
    REJECTED_ASKED,
    REOPEN_ASKED,
    SETTLED_SAID,
    SUBJECT_PROBLEM,
    TAKE_BACK,
    TAKEN_BACK,
    TICKET_ASKED,
    UNSETTLED,
)
from services.grievance.conversation.words import NUMBER
from services.grievance.domain import Categories, Directory
from services.grievance.events import STAY_COMPLAINT
from services.grievance.handlers import Handlers
from services.grievance.repository import INDEXES
from shared import owed
from shared.india import BANGLISH_NOT, STATUS_ASKED
from shared.problems import NUISANCE, OTHER, POWER, SAID, WORK_WANTED
from shared.reach import AFTER, ASKS, CALL_ASKED, NUMBER_ASKED
from shared.retention import CHATS
from shared.runtime import MenuEntry, Phrase, ServiceContext, ServiceSpec
from shared.runtime.spec import WORDS
from shared.settings import load_settings
from shared.texts import LANGS, Catalog

NAME = "grievance"
INBOUND = "wa.inbound.grievance"
HERE = Path(__file__).parent
DIRECTORY = HERE / "directory.csv"
CATEGORIES = HERE / "categories.json"
ESCALATE_EVERY = 10 * 60.0  # seconds between sweeps; deadlines are days, so minutes late is nothing
TEXTS = Catalog.load(HERE / "texts.json")
LATIN = rf"\b{SPELT}(?:er)?\b"  # অভিযোগ, নালিশ in Latin letters, as the chat reads them: abhijog, ovijog, obhiyog
# Hindi's complaint and problem, in Devanagari and in Latin letters ("shikayat karni hai"); not said against ("कोई
# शिकायत नहीं", "shikayat nahi karni"): a few words from the list between the word and its "no", each read once
_HINDI_SAID = r"(?:शिकायत|समस्या|\bsh?ika+y[ae]t|\bsamasya)"
HINDI = (rf"^(?!.*{_HINDI_SAID}\S{{0,4}}(?:\s+(?:करनी|करना|करने|है|थी|की|कोई|karni|karna|karne|hai|thi|ki|koi))*"
         rf"\s+(?:नहीं|नही|मत|nahi|nahin|nai|mat)(?!\w)).*{_HINDI_SAID}")


CONDUCT = (r"\b(?:bribe\w*|gh(?:u|oo)sh?|corrupt\w*|durniti|misbehav\w*|dhomki|dhamki)\b|ঘুষ|দুর্নীতি|দুর্ব্যবহার"
           r"|গালাগালি|হুমকি|रिश्वत|घूस|भ्रष्टाचार")


def _either(*patterns: str) -> str:
    """Patterns of one action as one phrase, so the menu's number of phrases (``PHRASES_MAX``) leaves room."""
    return "|".join(f"(?:{pattern})" for pattern in patterns)


MENU = MenuEntry(NAME, title={"bn": "অভিযোগ জানান", "en": "Complaints"},
                 description={"bn": "অভিযোগ জানান, অবস্থা দেখুন, আধিকারিকের সঙ্গে কথা বলুন",
                              "en": "Lodge a complaint, track it, talk to an official"}, order=10,
                 references=NUMBER.pattern, takes_wordless=True, phrases=(
                     # the action-taken report of one's complaint: in a resolved one's status (``mine.reports``);
                     # and so a complaint said put right, "my complaint is solved", "অভিযোগের সমাধান হয়েছে"
                     Phrase("atr", _either(ATR_ASKED, SETTLED_SAID)),
                     # taking one back: where their complaints are seen (a person cannot withdraw one here); and
                     # the complaints they lodged, "amar complaint er ki holo"; not "my complaint is ...", "আমার
                     # অভিযোগ আছে" (a new one)
                     Phrase("mine", _either(TAKEN_BACK, TAKE_BACK, MINE_EN, MINE_BN)),
                     # "অভিযোগ কেন বাতিল হল": those rejected; "complaint ta abar khulte chai": those that may be
                     # reopened (``mine.asked``)
                     # "amar complaint er kono kaj hoyni": where each stands
                     Phrase("mine", _either(REJECTED_ASKED, REOPEN_ASKED, UNSETTLED)),
                     Phrase("mine", ASKED_AFTER, across=True),  # mid-booking too: "what about my complaint?"
                     # "complaint 2"; "amar complaint number ki": each with its number; "complaint close kore diyeche
                     # kintu kaj hoyni": those that may be reopened (``mine.asked``)
                     Phrase("mine", _either(NUMBER_ALONE, NUMBER_OF_MINE, CLOSED_UNDONE), across=True),
                     # "amar complaint 2 er kaj hocche na"; "amar jol er complaint ta", "আমার অভিযোগের আপডেট দিন"
                     Phrase("mine", _either(NAMED_BY_NUMBER, MINE_MORE)),
                     # where one's things stand, nothing named ("status", "check status"): the services that keep a
                     # person's records read it too, so the menu asks which; "my ticket", "docket number": complaints
                     Phrase("mine", _either(STATUS_ASKED, TICKET_ASKED)),
                     # asking for a person: an official answers through a complaint (``reach``)
                     Phrase("official", _either(*ASKS)),
                     # "pradhan er phone number ta din": none given, an official; "kotha bolte chai manusher sathe"
                     Phrase("official", _either(NUMBER_ASKED, AFTER)),
                     Phrase("official", CALL_ASKED),  # "please call me", "আমাকে ফোন করুন": none made, an official
                     # "water problem", "জলের সমস্যা": a complaint begun with its subject (``wants.named_alone``)
                     Phrase("new", _either(rf"^(?!.*{NOT_EN}).*\bcomplain(?:t|ts)?\b",
                                           rf"^(?!.*{LATIN}\S*{BANGLISH_NOT}).*{LATIN}",
                                           rf"^(?!.*{NOT_BN}).*(?:অভিযোগ|নালিশ|কমপ্লেন)", HINDI, PROBLEM_HAD,
                                           SUBJECT_PROBLEM)),
                     # no power at home: the electricity company's; a street light is offered, its complaint begun
                     Phrase("cat:lights", POWER, says={lang: TEXTS("power_elsewhere", lang) for lang in LANGS},
                            offer={lang: TEXTS("btn_street_light", lang) for lang in LANGS}),
                     # a complaint begun with the words, its subject taken from them
                     *(Phrase(WORDS, pattern) for pattern in SAID),
                     # and a benefit not received, late, stopped or refused: "pension pai ni", "ভাতা পাইনি"
                     *(Phrase(WORDS, pattern) for pattern in UNRECEIVED),
                     # and a bribe asked, corruption, an official's misbehaviour or threat: "pradhan ghush chaiche",
                     # "প্রধান ঘুষ চাইছে", "the secretary asked for a bribe" (its subject: staff conduct); and garbage
                     # not collected, a tree fallen, a bridge broken, or a problem said in Hindi ("pani nahi aa raha")
                     Phrase(WORDS, _either(CONDUCT, OTHER)),
                     # and a toilet missing or broken, mosquitoes grown, stray dogs biting: "toilet nei", "মশার উপদ্রব"
                     Phrase(WORDS, NUISANCE),
                     # and a public work asked for: "notun tubewell chai", "we need a road"
                     Phrase(WORDS, WORK_WANTED)))


def spec(*, directory: Path = DIRECTORY, categories: Path = CATEGORIES,
         escalate_every: float | None = ESCALATE_EVERY, fetch_every: float | None = media.FETCH_EVERY,
         load_demo: bool = True, public_url: str | None = None) -> ServiceSpec:
    """``public_url``: where documents' codes are checked (default ``PUBLIC_BASE_URL``, else the local gateway).
    ``escalate_every=None`` runs no sweep (tests call ``escalation.escalate_due`` with their own clock), nor
    ``fetch_every=None`` any fetching of files (``media.fetch_due``); ``load_demo=False`` starts with no complaints."""
    places, kinds = Directory.load(directory), Categories.load(categories)
    handlers = Handlers(places, kinds, public_url if public_url is not None else load_settings().public_url())

    async def on_start(service: ServiceContext) -> None:
        if load_demo:
            await demo.load_once(service, places, kinds)

    tasks = (owed.sweep(partial(announce.announce_due, directory=places), NAME),)  # what offices left owed
    if escalate_every is not None:
        tasks += (partial(escalation.sweep_forever, directory=places, every=escalate_every),)
    if fetch_every is not None:
        tasks += (partial(media.fetch_forever, every=fetch_every),)
    return ServiceSpec(name=NAME, bindings=(INBOUND, STAY_COMPLAINT),
                       handlers={INBOUND: handlers.on_inbound, STAY_COMPLAINT: handlers.on_stay_complaint},
                       indexes=(*INDEXES, *announce.INDEXES), menu=MENU, routes=routes_for(places, kinds),
                       texts=TEXTS, on_start=on_start, tasks=tasks, retention=(CHATS,),
                       on_number_changed=handlers.on_number_changed)
