"""The stay asked about: the check-in or check-out time ("check in kokhon?", "চেক-ইন কখন?", "what time is check
in") or what it includes ("khabar deya hoy?", "ki ki thakbe?", "is food included"), answered from the guest house
being booked, or the booking on screen, or one's only booking to come: its times, what it has, and its caretaker's
phone for the rest; then the step's question again. A date typed with "check in" ("check in 25 dec") is no question.
The times asked at the main menu ("check in time koto?"), or with no guest house in sight (tourism's menu, one's
bookings): those of the place named ("in lataguri", "in the Dooars"), else of every guest house, by district.

Where it is or the way there ("how to reach", "address ki", "কীভাবে যাব"): its address, the caretaker's phone for the
way from the nearest station; with no guest house in sight, where each one is, by district.

How to pay ("how do I pay?", "taka kivabe dibo?", "টাকা কীভাবে দেব?", "can I pay by UPI?"): no payment is taken on
WhatsApp here, the guest house tells the guest how and when; said with its caretaker's phone, and that no one who
asks for money by a WhatsApp message or link is to be paid. With no guest house in sight, the same, the phone being
on the voucher.

Any other question about the stay ("can I bring my dog?", "wifi ache?") where no step reads free words (the menu,
one's bookings, the quote), the guest house in sight: this chat cannot answer it, the guest house can, so its details
and its caretaker's phone are given, not "Sorry, I did not follow that".
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Awaitable, Callable

from services.tourism.conversation import answers, cloud, left, mine, prompts, steps, whole
from services.tourism.conversation.turn import Turn
from services.tourism.domain.catalog import Property
from services.tourism.domain.counts import parse_count
from shared.india import plain
from shared.runtime import resume

_CHECK = r"(?:\bcheck\s*-?\s*(?:in|out)|\bcheckout|\bcheckin|চেক\s*-?\s*(?:ইন|আউট))"
_WHEN = (r"(?:\btime|\btiming|\bwhen\b|\bkokhon\b|\bkhokhon\b|\bkotay?\b|\bkoto\b|\bko[iy]\s*tay?\b|\bsom[oa]y\b"
         r"|\b(?:late|early)\b"  # "late check out", "early check in": the times, and whom to ask
         r"|\bkitne\s+baje\b|\bkab\b|সময়|সময়|কখন|কটা|কয়টা|কয়টা|কত|कितने\s*बजे|कब)")
_FOOD_NAMED = (r"\b(?:khabar|khawa|khaoa|food|meals?|breakfast|lunch|dinner)\b|\bincluded\b|\bfacilit|\bamenit"
               r"|খাবার|খাওয়া|খাওয়া|সুবিধা"
               # and in Hindi, as tourists from the rest of India ask it ("kya khana milega", "नाश्ता मिलेगा?")
               r"|\b(?:khaa?na|bhojan|naa?s?h?ta)\b|खाना|भोजन|नाश्ता")
_FOOD = rf"{_FOOD_NAMED}|\bki\s+ki\s+(?:thakbe|ache|pabo|paoa\s+jabe)|কী\s*কী|কি\s*কি"
# how to pay: a question of how, where or when with "pay", "payment" itself, a way to pay named; in Latin letters
# and Bengali, money with how, where or when and giving it ("taka kivabe dibo"; never "taka kobe ferot pabo"); or
# money said paid or taken, "taka diyechi kintu booking hoyni", "টাকা কেটে নিয়েছে কিন্তু বুকিং হয়নি", "money was
# deducted": who takes money, and that no one is paid on a WhatsApp message
_PAID = (r"(?:টাকা|\b(?:taka|money|amount))\S*(?:\s+\S+){0,2}?\s+(?:kete\s*ni\w*|ketec?he|diy?ec?hi(?:lam)?|dilam"
         r"|pathiy?ec?hi|(?:was\s+|got\s+)?(?:deducted|debited)"
         r"|কেটে\s*নি\S*|কেটেছে|দিয়েছি(?:লাম)?|দিলাম|পাঠিয়েছি)(?!\S)")
PAY_ASKED = (rf"{_PAID}"
             r"|\b(?:how|where|when|whom|who)\s+(?:do|can|should|shall|to|will|must)\s+(?:i\s+|we\s+)?(?:make"
             r"\s+(?:the\s+)?)?pay|\bpayments?\b|\badvance\s+(?:pay|money|taka|koto|kot[ao]|lagbe|how\s+much)"
             r"|\bpay\s+(?:online|now|by|through|with|in\s+advance|advance)\b"
             r"|\b(?:upi|gpay|google\s+pay|phonepe|paytm)\b"
             r"|\b(?:taka|tk|pay)\s+(?:kivabe|kibhabe|kibabe|kothay|kake|kokhon)\s+"
             r"(?:dibo|debo|dite|korbo|korte|pathabo|joma|jama)"
             r"|(?:টাকা|পেমেন্ট)\s*(?:কীভাবে|কিভাবে|কোথায়|কাকে|কখন)\s*(?:দেব|দেবো|দিব|দিতে|করব|করবো|করতে|পাঠাব|জমা)"
             r"|পেমেন্ট|অগ্রিম\s*(?:টাকা|কত|লাগবে)")
# ... and in this chat, where or when it is paid ("can I pay at the hotel", "pay on arrival?", "can we pay later",
# "giye taka dile hobe?", "গিয়ে টাকা দিলে হবে?"); never a bill, a tax or a fee ("can I pay my electricity bill here")
_PAY_WHERE = (r"\b(?:can|could|may|do|shall|should)\s+(?:i|we)\s+pay\b(?!.*(?:\bbills?\b|\btax|\bfees?\b|\bmy\b))"
              r"|\bpay\s+(?:at|on|later|cash|in\s+cash|after|there|on\s+arrival)\b"
              r"|(?:\bgiy?e|\bpore|গিয়ে|পরে)\s+(?:taka|tk|pay(?:ment)?|টাকা|পেমেন্ট)\s+"
              r"(?:dile|korle|debo|dibo|korbo|দিলে|দেব|করব|করলে)")
# the stay's times asked at the main menu, in a few words and no date ("check in time koto?", "চেক-ইন কখন?", "what time
# is check out"): a date or a number with them is a booking asked for ("check in 25 dec kokhon room pabo")
# ... or what the guest brings to it ("check in e ki ki document lagbe", "what ID is needed at check in", "চেক-ইনে কী
# কাগজ লাগবে"): the times, with the photo ID the guest named on the booking shows
_ID = (r"(?:\b(?:documents?|papers?|kag[oa]j\w*|id|ids|identity|proof|aadha?ar|lag(?:be|e)|need\w*|bring)\b"
       r"|কাগজ|পরিচয়পত্র|আধার|লাগবে|লাগে)")
TIMES_ASKED = rf"^(?!.*\d)(?=.*{_CHECK})(?=.*(?:{_WHEN}|{_ID}))(?:\S+(?:\s+|$)){{1,10}}$"
# what a guest house has, asked at the main menu: a stay named ("room", "guest house", "রুমে") and a thing a stay may
# have ("AC", "wi-fi", "parking", "গরম জল", "khabar"), asked ("ache?", "is there", "pawa jay?", "পাওয়া যায়?") in a few
# words, no number or date (a room asked for), nothing said missing or broken ("room e AC kaj korche na": a complaint)
_LODGING = (r"(?:\b(?:rooms?|rum|guest\s*house|home\s*stay|homestay|resort|lodge|hotel|cottage)"
            r"|রুম|অতিথিনিবাস|গেস্ট\s*হাউস|হোমস্টে|রিসর্ট|হোটেল|কটেজ)")
_THING = (r"(?:\b(?:ac|air\s*condition\w*|wi\s*-?\s*fi|internet|parking|geyser|gizar|hot\s+water"
          r"|g[oa]r[oa]m\s+j[oa]l|tv|television|food|meals?|khabar|khawa|breakfast|lunch|dinner|kitchen|generator"
          r"|power\s*backup|lift|attached\s+(?:bath|toilet)\w*|facilit\w*|amenit\w*)\b"
          r"|\bki\s+ki\b|\bwhat\s+(?:all|things)\b"
          r"|এসি|ওয়াইফাই|পার্কিং|গিজার|গরম\s*জল|টিভি|খাবার|খাওয়া|জেনারেটর|লিফট|সুবিধা|কী\s*কী|কি\s*কি)")
_HAS = (r"(?:\b(?:ache|ase|achhe|thakbe|thake|pabo|pa[ow]a\s+(?:jabe|jay|jai)"
        r"|available|is\s+there|are\s+there|do\s+you\s+have|have"
        r"|has|any|which|what|ki|kemon|kya|milega)\b|আছে|থাকবে|থাকে|পাব|পাওয়া|কী|কি|কেমন|क्या|मिलेगा)")
_MISSING = (r"\b(?:no|not|nei|nai|na|nahi|nahin|kharap|bhanga|broken|kaj\s+kor\w*\s+na)\b|\b\w+n['’]t\b|নেই|না(?!\S)"
            r"|খারাপ|ভাঙা|नहीं")
FACILITIES_ASKED = (rf"^(?!.*(?:\d|[০-৯]|{_MISSING}))(?=.*{_LODGING})(?=.*{_THING})(?=.*{_HAS})"
                    r"(?:\S+(?:\s+|$)){1,10}$")
# ... and in this chat, where the stay is the one being booked, shown or listed, with none named ("wifi ache?",
# "parking ache?", "is there AC?", "গিজার আছে?")
_THING_HERE = rf"^(?!.*(?:\d|[০-৯]|{_MISSING}))(?=.*{_THING})(?=.*{_HAS})(?:\S+(?:\s+|$)){{1,10}}$"
# a caretaker's or a guest house's phone asked for, in a few words ("caretaker er number din", "guest house er phone
# number", "কেয়ারটেকারের নম্বর দিন", "how can I contact the caretaker"): no booking's number, no number typed, nothing
# said missing or not answered ("caretaker phone dhorche na": a complaint about the stay)
_KEEPER = (r"(?:\bcare\s*-?\s*takers?\b|\b(?:guest\s*house|home\s*stay|homestay|resort|lodge|cottage)\w*"
           r"|কেয়ার\s*টেকার|তত্ত্বাবধায়ক|অতিথি\s*নিবাস|গেস্ট\s*হাউস|হোমস্টে|রিসর্ট|কটেজ)")
_REACH = (r"(?:\b(?:phone|mobile|contact|numbers?|nombor|nambar|call|jogajog)\b|ফোন|মোবাইল|নম্বর|নাম্বার|যোগাযোগ)")
# ... or its number said not to be had ("caretaker er number nei", "কেয়ারটেকারের নম্বর জানি না", "I don't have the
# caretaker's number"): the caretaker's, not a guest house without a phone ("guest house e phone nei": the stay's)
_UNKNOWN = (rf"(?:\b(?:er|r)\s+|(?:ের|র)\s*){_REACH}\S*(?:\s+{_REACH}\S*)?\s+(?:ta\s+|টা\s*)?"
            r"(?:nei|nai|jani\s+na|নেই|নাই|জানি\s*না)(?:\s+|$)"
            rf"|\b(?:don['’]?t|do\s+not)\s+(?:have|know)\s+(?:\S+\s+){{0,3}}?{_REACH}")
CONTACT_ASKED = (rf"^(?!.*(?:\d|[০-৯]|\bbook|বুকিং|\bvoucher|ভাউচার))(?=.*{_KEEPER})"
                 rf"(?:(?!.*(?:{_MISSING}))(?=.*{_REACH})|(?=.*(?:{_UNKNOWN})))(?:\S+(?:\s+|$)){{1,10}}$")
# where a guest house is or the way there asked ("how to reach", "address ki", "location please", "kivabe jabo",
# "কীভাবে যাব", "ঠিকানা কী", "nearest station", "kaise pahunche"): where each is, and its caretaker for the way
WAY_ASKED = (r"^(?!.*\d)(?:.*?(?:\baddress\w*|\bthikana\w*|\blocation\b|\bhow\s+(?:to|do|can|should)\s+(?:i\s+|we\s+)?"
             r"(?:reach|get\s+(?:there|to)|go\s+there|come\s+there)|\b(?:nearest|near\w*)\s+(?:railway\s+|rail\s+)?"
             r"(?:station|bus\s*stop|bus\s*stand)"
             r"|\bk[ei]\s*(?:bh?|v)abe\s+(?:jabo|jaw?a\s+jay|jabo\s+\S+|pou[n]?chabo)\b"
             r"|\bkemne\s+jabo\b|\bkaise\s+(?:pahunch|ja\w*)|ঠিকানা|(?:কী|কি)\s*ভাবে\s*(?:যাব|যাওয়া|পৌঁছা)"
             r"|কীভাবে\s*(?:যাব|যাওয়া|পৌঁছা)|কিভাবে\s*(?:যাব|যাওয়া|পৌঁছা)|কাছের\s*(?:স্টেশন|বাস)|कैसे\s*पहुं?ँ?च))")
ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("paying", re.compile(unicodedata.normalize("NFKC", f"{PAY_ASKED}|{_PAY_WHERE}"))),
    ("contact", re.compile(unicodedata.normalize("NFKC", CONTACT_ASKED))),
    ("way", re.compile(unicodedata.normalize("NFKC", WAY_ASKED))),
    ("times", re.compile(rf"^(?=.*{_CHECK})(?=.*{_WHEN})")),
    ("facilities", re.compile(unicodedata.normalize("NFKC", FACILITIES_ASKED))),
    ("included", re.compile(_FOOD)),
    ("facilities", re.compile(unicodedata.normalize("NFKC", _THING_HERE))),
)
_NAMED_FOOD = re.compile(unicodedata.normalize("NFKC", _FOOD_NAMED))
STEPS = ("home", "bookings", "booking", "room", "date", "nights", "guests", "rooms", "quote")
# paying and a caretaker's phone asked are answered before a guest house is chosen too; the rest, in ``STEPS``
PAYING_STEPS = (*STEPS, "district", "property", "name")
# where no guest house is chosen yet, the guest houses listed: what they have and their times asked ("room e geyser
# ache", "check in kotay") are told of every one listed (of the district once it is chosen), never of a booking of
# one's own to come ("ki ki ache?" there asks what the list shows: ``answers``)
LISTED = ("district", "property")
_AT_STEPS = ("times", "facilities", "included", "way")  # what is asked of a guest house in sight: in ``STEPS``
QUESTION_STEPS = ("home", "bookings", "booking", "quote")  # where free words are no answer: a question, the stay's
# ... and where a count is asked, a question with no figure that asks no count ("is there any discount for senior
# citizens?", "can we bring a pet?"): no count, the stay's; one of how many ("how many can stay in a room?", "koto jon
# thakte parbe?"), or a count the step reads ("do kamre": ``parse_count``), is the count's, answered there
COUNTED = ("nights", "guests", "rooms")
_COUNT_ASKED = re.compile(
    r"\d|[০-৯]|\b(?:how\s+many|koto|kot[oa]\s*jon|kitne|max\w*|min\w*|extra\s+bed\w*|child\w*|kids?|bacc?ha\w*"
    r"|person\w*|people|jon|guests?|rooms?|nights?|raa?t|din|days?)\b|কত|জন|অতিথি|ঘর|রাত|দিন|বাচ্চা|শিশু",
    re.IGNORECASE)


def asks(text: str) -> str | None:
    """``paying``, ``contact``, ``way``, ``times``, ``facilities`` or ``included``: what the words ask about the stay;
    None when they ask none of these."""
    said = plain(text)
    return next((asked for asked, words in ASKS if words.search(said)), None)


async def answered(turn: Turn, text: str) -> bool:
    """Whether the words asked about the stay or paying and were answered, the step's question after the answer."""
    asked = asks(text)
    # those listed, none chosen yet; food or what is included named there too ("is food included": what each has;
    # "ki ki ache?" asks what the list shows)
    listed = turn.chat.step in LISTED and (asked in ("times", "facilities", "way") or asked == "included"
                                           and _NAMED_FOOD.search(plain(text)) is not None)
    if asked is None or not listed and turn.chat.step not in (STEPS if asked in _AT_STEPS else PAYING_STEPS):
        return False
    prop = None if listed else await _property(turn)
    if asked == "paying":
        await steps.ask(turn, hint=_paying(turn, prop))
        return True
    # no guest house in sight: what each one has, its times, or (at any step) its caretaker's phone
    if listed or prop is None and (turn.chat.step in QUESTION_STEPS or asked == "contact"):
        turn.say(cloud.text(await _TOLD.get(asked, _facilities)(turn, text)))
        await steps.ask(turn)
        return True
    if prop is None:
        return False
    if turn.chat.step == "room":  # its question shows the guest house's details under it: not said twice
        hint = turn.t("stay_below", contact=prop.contact)
    else:
        hint = f"{_card(turn, prop)}\n{turn.t('stay_contact', contact=prop.contact)}"
    await steps.ask(turn, hint=hint)
    return True


async def question(turn: Turn, text: str) -> bool:
    """Any other question about the stay ("can I bring my dog?", "wifi ache?"), by its form, where no step reads free
    words (``QUESTION_STEPS``; where a count is asked, one that asks none) and a guest house is in sight: the guest
    house's to answer, not this chat's; its details and its caretaker's phone, the step's question again. False where
    none of that holds."""
    counted = turn.chat.step in COUNTED and _COUNT_ASKED.search(plain(text)) is None and parse_count(text) is None
    if turn.chat.step not in QUESTION_STEPS and not counted or not answers.is_question(text) or (
            prop := await _property(turn)) is None:
        return False
    told = turn.t("stay_question", contact=prop.contact)
    await steps.ask(turn, hint=f"{told}\n\n{_card(turn, prop)}")
    return True


async def pay_tapped(turn: Turn, args: list[str]) -> None:
    """How to pay asked at the main menu ("how do I pay for my room booking?"): told as in the chat (``answered``),
    for the guest house being booked or of one's only booking to come; then the offer to carry on with a booking
    left in progress, or the tourism menu."""
    prop = await _property(turn)
    hint = _paying(turn, prop)
    if (doing := await left.resumable(turn)) is not None:
        turn.say(cloud.text(hint))
        return resume.offer(turn, "tourism", doing)
    turn.go("home")
    prompts.home(turn, hint=hint)


async def times_tapped(turn: Turn, args: list[str]) -> None:
    """The check-in and check-out times asked at the main menu ("check in time koto?"): told (``_times``), then
    ``then_home``."""
    await then_home(turn, await _times(turn, turn.inbound.text or ""))


async def facilities_tapped(turn: Turn, args: list[str]) -> None:
    """What a guest house has asked at the main menu ("room e AC ache?", "is there parking at the guest house?"):
    told as the times are (``_facilities``), then ``then_home``."""
    await then_home(turn, await _facilities(turn, turn.inbound.text or ""))


async def contact_tapped(turn: Turn, args: list[str]) -> None:
    """A caretaker's phone asked for at the main menu ("caretaker er number din"): the guest house named, being booked
    or of one's only booking to come, else every guest house's caretaker by district (``_contacts``), then
    ``then_home``."""
    await then_home(turn, await _contacts(turn, turn.inbound.text or ""))


async def then_home(turn: Turn, told: str) -> None:
    """``told`` said, then the offer to carry on with a booking left in progress, or the tourism menu."""
    turn.say(cloud.text(told))
    if (doing := await left.resumable(turn)) is not None:
        return resume.offer(turn, "tourism", doing)
    turn.go("home")
    prompts.home(turn)


async def _times(turn: Turn, text: str) -> str:
    """The times, and the photo ID the guest named on the booking shows at check-in."""
    async def timed(house: Property) -> str:
        return prompts.times(turn, house)

    return f"{await _told(turn, text, timed, 'times_all')}\n\n{turn.t('check_in_id')}"


async def _facilities(turn: Turn, text: str) -> str:
    async def has(house: Property) -> str | None:
        return prompts.amenities(turn, house) or None

    return await _told(turn, text, has, "facilities_all")


async def _contacts(turn: Turn, text: str) -> str:
    async def phone(house: Property) -> str:
        return house.contact

    return await _told(turn, text, phone, "contacts_all")


async def _ways(turn: Turn, text: str) -> str:
    async def where(house: Property) -> str:
        return house.address(turn.lang)

    return await _told(turn, text, where, "ways_all")


_TOLD = {"times": _times, "facilities": _facilities, "contact": _contacts, "way": _ways}


async def _told(turn: Turn, text: str, shown: Callable[[Property], Awaitable[str | None]], head: str) -> str:
    """The guest house named, or else being booked or of one's only booking to come, with its caretaker's phone; else
    what ``shown`` says of each guest house of the district's or region's named (or chosen, its guest house not yet),
    or of every district's, as the prices are listed, under ``head``."""
    place = await whole.places_in(turn, text)
    if place or turn.chat.step in LISTED:  # one named, or those listed: never one's own booking's
        prop = place if isinstance(place, Property) else None
    else:
        prop = await _property(turn)
    if prop is not None:
        return f"{_card(turn, prop)}\n{turn.t('stay_contact', contact=prop.contact)}"
    chosen = [str(turn.draft["district"])] if turn.chat.step == "property" and turn.draft.get("district") else []
    lines = await prompts.by_district(turn, place or chosen or await turn.repos.catalog.districts(), shown)
    return turn.t(head, lines=lines) if lines else turn.t("no_properties")


def _card(turn: Turn, prop: Property) -> str:
    """The guest house as an answer about it shows it: its name, then where it is, its times and what it has."""
    return f"*{prop.name(turn.lang)}*\n{prompts.about(turn, prop)}"


def _paying(turn: Turn, prop: Property | None) -> str:
    """How to pay: no payment here, the guest house's caretaker to call (on the voucher before a booking)."""
    if prop is None:
        return turn.t("pay_asked_before")
    return f"*{prop.name(turn.lang)}*\n{turn.t('pay_asked', contact=prop.contact)}"


async def _property(turn: Turn) -> Property | None:
    """The guest house being booked, or of the booking on screen, or of one's only booking to come."""
    if turn.draft.get("property"):
        return await turn.repos.catalog.property(str(turn.draft["property"]))
    number = str(turn.draft.get("number") or "") if turn.chat.step == "booking" else ""
    if not number:
        _, coming = await mine.standing(
            turn, lambda b: b.status in ("confirmed", "checked_in") and b.check_out >= turn.today)
        number = coming[0].number if len(coming) == 1 else ""
    booking = await turn.repos.bookings.of_guest(turn.inbound.wa_id, number) if number else None
    return await turn.repos.catalog.property(booking.property_id) if booking else None
