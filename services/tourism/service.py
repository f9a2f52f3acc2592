"""The tourism service, declared: what it consumes, its store indexes, its menu row, back office and texts.

``spec()`` is what ``services.registry`` loads for ``panchayat run`` and ``panchayat service tourism``.
On start it loads the demo catalog once per store and starts the reminder sweep.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

from services.tourism import demo, handlers, reminders
from services.tourism.backoffice import cancellation, routes
from services.tourism.conversation.asked import (
    ASKED_AFTER,
    BOOKED_SAID,
    MESSAGE_UNHEARD,
    NUMBER_ASKED,
    VOUCHER_ASKED,
    WHEN_ASKED,
)
from services.tourism.conversation.confirm_asked import CONFIRM_WANTED
from services.tourism.conversation.redate import CHANGE
from services.tourism.conversation.typed import NOT_BN, NOT_EN, NOT_LATIN
from services.tourism.domain.booking import NUMBER
from services.tourism.conversation.stay_asked import CONTACT_ASKED, FACILITIES_ASKED, PAY_ASKED, TIMES_ASKED
from services.tourism.price_asked import PRICE_ASKED
from services.tourism.refund_asked import REFUND_ASKED, REFUND_ASKED_HINDI, RULES_ASKED
from services.tourism.repository import INDEXES, Repositories
from services.tourism.room_wanted import BOOK_ASKED, ROOM_THERE, ROOM_WANTED, STAY_COUNTED, STAY_PROBLEM
from shared import owed
from shared.documents import check_fonts
from shared.envelope import Envelope
from shared.india import STATUS_ASKED
from shared.paying import PAY_UNNAMED
from shared.retention import CHATS
from shared.runtime import Context, MenuEntry, Phrase, ServiceContext, ServiceSpec
from shared.settings import load_settings
from shared.texts import Catalog

NAME = "tourism"
INBOUND = "wa.inbound.tourism"
REMINDER_EVERY = 15 * 60.0  # seconds between sweeps; a reminder is due for a whole day
TEXTS = Catalog.load(Path(__file__).with_name("texts.json"))
# What a booking is called, and in Latin letters also ঘর (a room) as Bengali writes it so ("ghor", "ghar");
# cancelling or booking asked against (NOT_EN, NOT_LATIN, NOT_BN) is the chat's words too
# (and Hindi's: कमरा, a room, बुकिंग, in Devanagari; "kamra" in Latin letters)
STAY = r"(?=.*(?:\bbookings?\b|\brooms?\b|\breservations?\b|বুকিং|ঘর|রুম|बुकिंग|कमर[ाे]|रूम))"
LATIN_STAY = r"(?=.*(?:\bbookings?\b|\brooms?\b|\breservations?\b|\bgh[oa]r\b|\bkamr[ae]\b|বুকিং|ঘর|রুম|बुकिंग|कमर[ाे]|रूम))"
# booking or cancelling said against in Hindi: "कमरा बुक नहीं करना", "बुकिंग रद्द मत करो"
NOT_HI = r"(?:बुक|बुकिंग|रद्द|कैंस[िे]?ल)(?:\s+(?:करनी|करना|करने|करो|है|की))*\s+(?:नहीं|नही|मत)"
MENU = MenuEntry(NAME, title={"bn": "পর্যটন: ঘর বুকিং", "en": "Tourism: book a room"},
                 description={"bn": "পঞ্চায়েত অতিথিনিবাসে ঘর বুক, বাতিল বা অভিযোগ",
                              "en": "Panchayat guest houses: book, cancel, complain"}, order=20,
                 references=rf"\b{NUMBER.pattern}\b", phrases=(
                     # "don't cancel my booking", "ঘর বুক করতে চাই না": never the cancelling or booking asked against
                     Phrase("mine", rf"^(?=.*(?:{NOT_EN}|{NOT_BN}|{NOT_HI})){STAY}"),
                     Phrase("mine", rf"^(?=.*{NOT_LATIN}){LATIN_STAY}"  # "booking cancel korbo na"
                                    rf"|{MESSAGE_UNHEARD}"  # "booking er message pai ni": one's bookings
                                    rf"|{STATUS_ASKED}"),  # "check status": complaints', applications' too, asked which
                     Phrase("refund", REFUND_ASKED),  # "refund kobe pabo", "আমার টাকা ফেরত কবে পাব": after cancelling
                     Phrase("refund", REFUND_ASKED_HINDI),  # "paisa wapas kab milega", "रिफंड कब मिलेगा": the same
                     # the rules asked ("cancellation policy", "booking cancel korle ki hobe"): told, nothing cancelled
                     Phrase("refund", RULES_ASKED),
                     Phrase("cancel", rf"^(?=.*(?:\bcancel|বাতিল|ক্যান্?সেল|रद्द|कैंस[िे]?ल)){LATIN_STAY}"),
                     Phrase("redate", rf"^{LATIN_STAY}{CHANGE}"),  # "change my booking's dates": how, as the chat says
                     # ... and a date's change alone, in a few words ("date change korte chai", "তারিখ বদলাতে
                     # চাই"): only a booking's dates are changed by a person here; never a birth date's
                     Phrase("redate", rf"^(?!(?:\S+\s+){{6}}\S)(?!.*(?:\bbirth|\bdob\b|\blicen|\bnoc\b|\bpermi"
                                      r"|\bcertificate|জন্ম|লাইসেন্স|অনুমতি|সার্টিফিকেট))"
                                      rf"(?=.*(?:\bdates?\b|\btarikh\b|\btarik\b|তারিখ)){CHANGE}"),
                     # "how much is a room", "ঘর ভাড়া কত": the prices, then the booking (from mid-complaint too)
                     Phrase("price", PRICE_ASKED, across=True),
                     Phrase("times", TIMES_ASKED),  # "check in time koto?": the guest houses' times
                     Phrase("facilities", FACILITIES_ASKED),  # "room e AC ache?": what the guest houses have
                     Phrase("contact", CONTACT_ASKED),  # "caretaker er number din": the caretakers' phones
                     Phrase("mine", ASKED_AFTER, across=True),  # mid-complaint too: "amar booking"
                     # the voucher asked for ("voucher ta abar pathan", "ভাউচার খুলছে না", "booking er bill chai"):
                     # one's booking's
                     Phrase("voucher", VOUCHER_ASKED),
                     # how to pay for a room or booking: no payment here, the guest house's (``stay_asked``)
                     Phrase("pay", rf"(?:^{LATIN_STAY}.*?(?:{PAY_ASKED}))|(?:{PAY_UNNAMED})"),  # "how do I pay?" too
                     # ... and whether it is confirmed ("booking confirm hoyeche?", "is my booking confirmed?"), and its
                     # number asked or forgotten (``NUMBER_ASKED``)
                     Phrase("mine", r"\bmy\s+(?:bookings?|reservations?)\b|^bookings$"
                                    rf"|{NUMBER_ASKED}"
                                    r"|(?:\bbookings?|\breservations?|বুকিং)\S*(?:\s+\S+){0,2}?\s+"
                                    r"(?:confirm(?:ed)?(?!\s+kor)\b|confirmation\b|কনফার্ম(?!\s*কর))"
                                    r"|^(?=.*\bstatus\b)(?=.*\b(?:bookings?|reservations?)\b)"
                                    r"|আমার\s*বুকিং|বুকিংয়ের\s*অবস্থা|বুকিং\S*\s*(?:এখন\s*)?(?:কী|কি|কোন)\s*অবস্থা"
                                    rf"|{WHEN_ASKED}"  # "meri booking kab hai", "booking er date ki"
                                    rf"|{BOOKED_SAID}"),  # "ami room book korechi": one's, no room to book
                     # its confirming asked for ("booking confirm korte chai"): the quote, one's bookings or one begun
                     Phrase("confirming", CONFIRM_WANTED),
                     # "book a room", "ঘর বুক করব", "রুম বুক", and as Bengali says it in Latin letters: "ghor book korbo";
                     # Hindi's "कमरा बुक करना है", "कमरे की बुकिंग", "room book karna hai", "kamra chahiye"
                     Phrase("book", r"\bbook\s+(?:a\s+)?rooms?\b|\b(?:gh[oa]r|rooms?|kamr[ae])\s+book|(?:ঘর|রুম)\s*বুক"
                                    r"|(?:कमर[ाे]|रूम)\s*(?:की\s*)?(?:बुक|चाहिए)|\b(?:kamra|room)\s+chahiye\b"),
                     Phrase("book", ROOM_WANTED),  # "room at lataguri 10 jan", "ghor chai darjeeling e"
                     Phrase("book", ROOM_THERE),  # "is there a room in Jhargram on 25 december?", "room pawa jabe?"
                     Phrase("book", STAY_COUNTED),  # "lataguri 20 dec theke 2 raat, amra 3 jon": no room named
                     # "i want to book a rom", "booking korte chai", "বুকিং করতে চাই", never asked against
                     Phrase("book", rf"^(?!.*(?:{NOT_EN}|{NOT_BN}|{NOT_LATIN})).*?(?:{BOOK_ASKED})"),
                     Phrase("complain", STAY_PROBLEM),  # "the guest house was dirty": from its booking
                     # a room or a kind of stay, in one word ("bungalow", "কটেজ")
                     Phrase("menu", r"^(?:booking|rooms?|hotels?|kamra|cottages?|resorts?|(?:forest\s+)?bungalows?"
                                    r"|রুম|হোটেল|কামরা|কটেজ|রিসর্ট|বাংলো|বনবাংলো)$"
                                    r"|\bguest\s*houses?\b|\bhome\s*stays?\b|\btourism\b"
                                    r"|^(?:বুকিং|बुकिंग)$|অতিথি\s*নিবাস|হোম\s*স্টে|পর্যটন"
                                    r"|गेस्ट\s*हाउस|अतिथि\s*गृह|होम\s*स्टे|पर्यटन")))


def spec(*, public_url: str | None = None, reminder_every: float | None = REMINDER_EVERY,
         load_demo: bool = True) -> ServiceSpec:
    """``public_url``: where vouchers' QR codes point (default ``PUBLIC_BASE_URL``, else the local gateway);
    ``reminder_every=None`` runs no sweep (tests call ``reminders.send_due`` with their own clock)."""
    verify_base = public_url if public_url is not None else load_settings().public_url()

    async def on_inbound(envelope: Envelope, ctx: Context) -> None:
        await handlers.on_inbound(envelope, ctx, public_url=verify_base)

    async def on_start(service: ServiceContext) -> None:
        if load_demo:
            await demo.load_once(Repositories.of(service.store))

    # vouchers are drawn on request: a machine without the fonts stops before it connects, with the fix
    return ServiceSpec(name=NAME, bindings=(INBOUND,), handlers={INBOUND: on_inbound}, indexes=INDEXES, menu=MENU,
                       routes=routes, texts=TEXTS, checks=(check_fonts,), on_start=on_start, retention=(CHATS,),
                       on_number_changed=handlers.on_number_changed,
                       tasks=(owed.sweep(cancellation.announce_owed, NAME),
                              *(() if reminder_every is None
                                else (partial(reminders.sweep_forever, every=reminder_every),))))
