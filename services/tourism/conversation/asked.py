"""What a sentence asks for where no stay is being chosen (the tourism menu, the bookings list, a booking on
screen): to book ("আবার বুক করব", "ঘর বুক করতে চাই", "abar book korbo"), to see one's bookings ("আমার বুকিং
দেখতে চাই"), to complain ("অভিযোগ", "obhijog"), for the voucher ("ভাউচার") or when a refund comes ("taka kobe
ferot pabo", ``refunds``), as the main menu reads such words; a button's own words typed ("অভিযোগ জানান") do what
the button does. Asked against ("বুক করব না", "অভিযোগ নেই"), nothing is started.
"""
from __future__ import annotations

import re
import unicodedata

from services.tourism.conversation import choose, complaint, mine, refunds, whole
from services.tourism.conversation.turn import Turn
from services.tourism.room_wanted import KINDS
from shared.india import BANGLISH_NOT, NOT_COME, NUMBER_SAID, STATUS_ASKED, plain

OUTSIDE = ("home", "bookings", "booking")  # the steps where these sentences are read
# cancelling or booking asked against in English, the stay named between ("do not cancel", "I do not want room
# booking", "I don't need a hotel booking"): here, in the chat's steps (``typed``) and the main menu's phrases
_STAYS = r"rooms?|hotels?|guest\s*house|home\s*stay|homestay|cottage|resort|lodge"
_NOT_EN = (r"\b(?:no|not|never|don['’]?t|dont|do\s+not)\s+(?:(?:want|wanna|need|to|a|an|any|my|the|this|it"
           rf"|{_STAYS})\s+)*")
NOT_EN = rf"{_NOT_EN}(?:cancel|book)"
_VERB = r"(?:\s*(?:করব|করবো|করতে|করার|করবেন|করো|জানাব|জানাবো|জানাতে|চাই|দরকার))*\s*(?:না|নেই|নাই|নয়)(?!\S)"
AGAINST = re.compile(rf"(?:বুক|অভিযোগ|নালিশ)\S*{_VERB}|\b(?:book|complain|obhijog|abhijog|ovijog)\S*{BANGLISH_NOT}"
                     rf"|{_NOT_EN}(?:book|complain)")
# Their bookings, asked after in a whole message ("my bookings", "status of my booking?", "আমার বুকিং", "amar booking"),
# the stay's kind named or not ("do you have my room booking", "show my hotel booking", "আমার ঘরের বুকিং"):
# taken from inside another service's conversation too (``Phrase.across``), never "book a room" or a booking's words
_ASKING = (r"(?:(?:what|how)\s+about|what(?:['’]?s|\s+is)?\s+(?:the\s+)?(?:status|news|updates?)\s+(?:of|on|with)"
           r"|what\s+happened\s+(?:to|with)|where\s+is|where['’]s|(?:the\s+)?status\s+of|show(?:\s+me)?|check|see"
           r"|do\s+you\s+have|(?:can|could)\s+(?:i|you)\s+(?:see|check|show(?:\s+me)?))")
_KIND = r"(?:(?:rooms?|hotel|guest\s*house|home\s*stay)\s+)?"
_KIND_BN = r"(?:(?:ঘরের|রুমের|ঘর|রুম|হোটেলের)\s*)?"
_KIND_LATIN = r"(?:(?:rooms?|gh[oa]r(?:er)?|roomer|hotel|hoteler)\s+)?"
# shown, in Banglish and Hindi in Latin letters ("dekhao", "dekhte chai", "dikhao", "dekhna hai", "details")
_SHOW_LATIN = r"de?kh(?:ao|an|un|bo|te\s+chai|n[ai]\s+hai)|dikha(?:o|iye|\s+do)|batao|details?|info"
# whose (my, our), in Hindi in Latin letters with Bengali's "amar", and in Devanagari
_MINE_LATIN = r"(?:amar|meri|mera|hamari|hamara)"
_MINE_HI = r"(?:मेरी|मेरा|हमारी|हमारा)"
_SHOW_HI = r"दिखा(?:ओ|इए|एं|एँ|\s*दो)|बताओ|बताइए|देखन[ीा]\s*है|की\s*जानकारी"
ASKED_AFTER = (rf"^(?:(?:{_ASKING}\s+(?:(?:my|our|the)\s+)?|(?:my|our)\s+){_KIND}(?:bookings?|reservations?)"
               r"(?:\s+(?:status|please|pls|details))*|(?:bookings?|reservations?)\s+status"
               rf"|আমার\s*{_KIND_BN}বুকিং(?:গুলো|গুলি|টা|টি)?(?:\s*(?:টা|টি))?(?:\s*(?:দেখান|দেখাও))?"
               r"|(?:আমার\s*)?বুকিং(?:য়ের|এর|ের)?\s*(?:এখন\s*)?(?:(?:কী|কি|কোন)\s*(?:অবস্থা|হল|হলো|খবর)|অবস্থা|খবর)"
               rf"(?:\s*(?:কী|কি))?"
               rf"|{_MINE_LATIN}\s+{_KIND_LATIN}bookings?(?:\s*(?:ta|ti|gulo|guli))?"
               rf"(?:\s+(?:{_SHOW_LATIN}))?"
               r"|(?:amar\s+)?bookings?(?:\s*(?:er|r|ta))*\s+(?:ki\s+(?:holo|obostha|khobor)|obostha|khobor|status)"
               # ... shown or its details asked, no "my" ("booking dekhao", "booking ta dekhte chai", "booking
               # details"), and in Hindi ("मेरी बुकिंग दिखाओ", "बुकिंग दिखाओ")
               rf"|(?:rooms?\s+)?bookings?(?:\s*(?:ta|ti|gulo|guli))?\s+(?:{_SHOW_LATIN})"
               rf"|{_MINE_HI}\s*(?:कमरे\s*की\s*)?बुकिंग(?:\s*(?:{_SHOW_HI}))?|बुकिंग\s*(?:{_SHOW_HI}))$")
# the voucher asked for, or a booking's receipt or bill ("booking er bill chai", "booking receipt", "বুকিংয়ের রসিদ"):
# the voucher is it (not what the bill comes to: "booking er bill koto hobe", a price asked)
VOUCHER_ASKED = (r"ভাউচার|\bvouchers?\b|(?:\bbookings?|বুকিং)\S*\s*(?:er\s+|r\s+|এর\s*)?(?:\bbills?\b|\breceipts?\b"
                 r"|\brosh?id\b|রসিদ|বিল\b)(?!\s*(?:ta\s+|টা\s*)?(?:koto|kot[ao]|কত))"
                 r"|\breceipts?\s+(?:of|for)\s+(?:my\s+|the\s+)?bookings?\b")
# one's booking asked after by whose it is, "meri booking", "मेरी बुकिंग", "amar booking" (not "amar room booking korte
# chai": a room to book), or when it is, "booking er date ki", "বুকিংয়ের তারিখ কবে", "booking kab hai": one's bookings
WHEN_ASKED = (rf"\b{_MINE_LATIN}\s+bookings?\b|{_MINE_HI}\s*बुकिंग"
              r"|(?:\bbookings?|বুকিং)\S*(?:\s+(?:er|r|ka|ki|ke|ta|ti))?\s+(?:dates?|tarikh|তারিখ)\S*"
              r"(?:\s+(?:ta|ti|টা|টি))?\s+(?:ki|koto|kya|kab|kobe|কী|কি|কত|কবে)(?!\S)"
              r"|^(?:bookings?|বুকিং|बुकिंग)\s+(?:kobe|kab|কবে|कब)(?:\s+(?:hai|he|ache|ase|hobe|है))?$")
# ... or its number asked or forgotten, the message no more ("booking number ki", "বুকিং নম্বর কত", "booking number
# bhule gechi", "বুকিং নম্বর ভুলে গেছি")
NUMBER_ASKED = (rf"^(?:amar\s+|আমার\s*)?(?:bookings?|বুকিং)(?:\s*(?:er|r|এর|ের))?\s*{NUMBER_SAID}"
                r"(?:\s*(?:ta|ti|ki|koto|kot[ao]|what|কত|কী|কি|bhule\s+gechi|forgot|jani\s+na|ভুলে\s*গেছি"
                r"|জানি\s*না))*$")
# ... or a stay said booked already, the message no more ("ami room book korechi", "আমি ঘর বুক করেছি", "I have booked
# a room", "room booking done, thank you", "booking hoye geche"): one's bookings, never another room to book
BOOKED_SAID = (r"^(?:(?:ami|amra|i|we|আমি|আমরা)\s*)?(?:(?:have|had|already|agei|age|আগেই)\s*)*"
               r"(?:(?:ekta|a|one|একটা)\s*)?(?:(?:gh[oa]r|rooms?|kamr[ae]|guest\s*house|home\s*stay|ঘর|রুম)\s*)?"
               r"(?:book(?:ing)?\s+(?:kore\s*)?(?:korechi|korechilam|korlam|diyechi|diyechilam|hoye\s*g[ae]\w*"
               r"|hoy?e?chh?e)|booked(?:\s+(?:a\s+)?(?:rooms?|guest\s*house))?|booking\s+(?:is\s+)?done"
               r"|বুক(?:িং)?\s*(?:করে\s*)?(?:করেছি|করেছিলাম|দিয়েছি|হয়ে\s*গেছে|হয়েছে))(?:\s+(?:already|agei))?"
               r"(?:[\s,.!।]*(?:thanks?|thank\s+you|dhon+obad|ধন্যবাদ))*$")
# ... or its message said not come ("booking er message pai ni", "booking er sms ase ni", "বুকিংয়ের মেসেজ পাইনি"):
# one's bookings, each with its voucher (its confirmation said not come is read so already)
MESSAGE_UNHEARD = (r"(?:\bbookings?|বুকিং)\S*(?:\s+(?:er|r|এর|kono|কোনো))*\s+(?:message|msg|sms|মেসেজ|এসএমএস)\S*"
                   rf"\s*{NOT_COME}")
ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "amar room booking ta dekhao": one's bookings, not a room to book
    ("mine", re.compile(unicodedata.normalize("NFKC", f"{ASKED_AFTER}|{BOOKED_SAID}|{MESSAGE_UNHEARD}"))),
    ("refund", refunds.ASKS),  # "when will I get the refund for my booking": the refund, not the bookings
    ("complain", re.compile(r"অভিযোগ|নালিশ|\bcomplain|\b(?:obhijog|abhijog|ovijog|avijog)\b")),
    ("voucher", re.compile(VOUCHER_ASKED)),
    ("book", re.compile(r"(?:ঘর|রুম)\s*বুক|বুক(?:িং)?\s*(?:কর|চাই)|\bbook(?:ing)?\s+(?:kor|chai|a\b|again\b|rooms?\b)"
                        rf"|\b(?:gh[oa]r|rooms?)\s+book|\b(?:want|like|need)\s+to\s+book\b|{KINDS}")),
    ("mine", re.compile(rf"আমার\s*বুকিং|বুকিং\S*\s*দেখ|\bmy\s+bookings?\b|\bbookings?\s+dekh|{WHEN_ASKED}"
                        rf"|{NUMBER_ASKED}|{STATUS_ASKED}")),  # "check status": here, one's bookings
)


def asks(text: str, *, at_booking: bool = False) -> str | None:
    """``refund``, ``problem`` (a stay's problem told: at a booking on screen, what went wrong alone), ``complain``,
    ``voucher``, ``book`` or ``mine``, the first the words ask for; None when they ask for none of these, or ask
    against it."""
    said = plain(text)
    if AGAINST.search(said):
        return None
    found = next((asked for asked, words in ASKS if words.search(said)), None)
    return "problem" if found in (None, "complain") and complaint.problem_told(text, at_booking=at_booking) else found


async def answer(turn: Turn, asked: str, text: str = "") -> None:
    """A complaint or the voucher asked at a booking on screen is about that booking, a stay's problem told there
    its words; elsewhere the person's bookings are listed, to choose the one it is about (the voucher of one's only
    booking to come is just sent; a problem told, ``complaint.about_stay``)."""
    number = str(turn.draft.get("number") or "") if turn.chat.step == "booking" else ""
    if asked == "book":  # the place, the dates, the group the words name are kept, as at the main menu ("book a room
        if not text or not await whole.started(turn, text):  # in darjeeling on 25 dec"): none named, the districts
            await choose.start(turn)
        return
    if asked == "refund":
        return await refunds.answer(turn)
    if asked == "problem":  # the words told the problem (``asks``): they are the complaint
        return await (complaint.ask(turn, number, told=text) if number else complaint.about_stay(turn, text))
    if asked == "complain" and number:
        return await complaint.ask(turn, number)
    if asked == "voucher":
        return await (mine.voucher(turn, number) if number else mine.to_voucher(turn))
    await mine.listing(turn, hint=None if asked == "mine" else turn.t(f"{asked}_which"))
