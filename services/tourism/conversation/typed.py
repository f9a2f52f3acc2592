"""Typed answers: the current step decides what the words mean.

A few words work at any step — "back", "book", "my bookings", a booking number — so a person who types
instead of tapping is never stuck; "cancel" leaves the stay being chosen (or the complaint being written), and
"start again" or "never mind" (থাক) there asks whether to carry on with it (``changed``).
Anything a step cannot read re-asks that step with a hint naming the format it expects (``25/12/2026``, a
number of nights, yes or no); the questions before the quote are read by ``answers``. Thanks, "ok" or 👍 where
they are no answer (anywhere but a yes at a confirmation or a complaint's words) get a warm word back and the
step's question again.
"""
from __future__ import annotations

import re
import unicodedata

from services.tourism.conversation import (
    answers,
    asked,
    changed,
    choose,
    complaint,
    confirm_asked,
    confirming,
    mine,
    moved,
    noted,
    pressed,
    prices,
    quoting,
    redate,
    refunds,
    soldout,
    stay_asked,
    steps,
    whole,
)
from services.tourism.conversation.asked import NOT_EN
from services.tourism.conversation.confirming import STEPS, unclear
from services.tourism.conversation.turn import Turn
from services.tourism.domain import NUMBER, find_booking_number
from shared.back import goes_back
from shared.changed_mind import changed_mind
from shared.india import BANGLISH_NOT, EDGES, plain, slip_of, typed_number, typed_word
from shared.thanks import courtesy

_WORDS: dict[str, str] = {
    # and as Bengali is written in Latin letters: "ghor book korbo" (I'll book a room), "amar booking" (my booking)
    **dict.fromkeys(("book", "booking", "book a room", "বুক", "বুকিং", "ঘর বুক", "ঘর বুক করুন", "book korbo",
                     "ghor book", "ghor book korbo", "room book", "room book korbo"), "book"),
    **dict.fromkeys(("my bookings", "my booking", "bookings", "আমার বুকিং", "amar booking", "amar bookings"), "mine"),
    # হ্যাঁ as phones mostly type it, without the chandrabindu, "ok" in Bengali letters, হ্যাঁ and না in Latin letters
    **dict.fromkeys(("yes", "y", "ok", "okay", "okk", "confirm", "send", "হ্যাঁ", "হাঁ", "হ্যা", "ওকে", "ঠিক আছে", "নিশ্চিত",
                     "নিশ্চিত করুন", "পাঠান", "ha", "haa", "haan", "hya", "hyan", "hyaa"), "yes"),
    **dict.fromkeys(("no", "n", "না", "na", "naa"), "no"),
    **dict.fromkeys(("cancel", "cancel please", "stop booking", "বাতিল", "বাতিল করুন"), "cancel"),
    **dict.fromkeys(("change", "edit", "বদলান", "বদলে লিখুন"), "change"),
}
# "cancel my booking", "বুকিং বাতিল করতে চাই", "room cancel": a booking to cancel, asked for in a sentence
CANCEL = ("cancel", "বাতিল", "ক্যানসেল", "ক্যান্সেল")
# a cancel typed with a slip of a letter ("cancle", "cansel", "ক্যান্সল", "batil"), read as the word in its script;
# a word shorter than five letters is not read so (বাতি, a lamp, is a letter short of বাতিল)
SLIPS = {**dict.fromkeys(("cancel", "batil"), "cancel"), **dict.fromkeys(CANCEL[1:], "বাতিল")}
# what people say with a cancel that only asks for it: "cancel korbo", "বাতিল করতে চাই", "pls cancel it"
ASKING = frozenset(typed_word(w) for w in ("korbo", "korben", "korun", "koro", "korte", "kore", "chai", "dao", "din",
                                           "please", "pls", "plz", "it", "করব", "করবো", "করবেন", "করুন", "করো",
                                           "করতে", "করে", "চাই", "দিন", "দাও"))
# Cancelling or booking asked against ("do not cancel", "বাতিল করবেন না", in Latin letters "cancel korbo na"; in
# English ``asked.NOT_EN``): here and in the main menu's phrases
NOT_LATIN = rf"(?:cancel|book)\S*{BANGLISH_NOT}"
NOT_BN = r"(?:বাতিল|ক্যান্?সেল|বুক)(?:\s*(?:করব|করবো|করতে|করার|করবেন|করো|কোরো|চাই|দরকার))*\s*(?:না|নয়)(?!\S)"
ASKED_AGAINST = re.compile(f"{NOT_EN}|{NOT_LATIN}|{NOT_BN}")
BOOKING = ("booking", "room", "reservation", "বুকিং", "ঘর", "রুম")
CHOOSING = pressed.CHOOSING
COUNTED = stay_asked.COUNTED  # the steps that ask a count
CONFIRMING = ("quote", "cancel", "complaint_check", "rooms")  # "ok" is yes at these (at the rooms: one room)
WORDS = {unicodedata.normalize("NFC", w): meaning for w, meaning in _WORDS.items()}
# "How much comes back?": ফেরত is also "back" (shared.back), so it asks for the refund only where one is shown
REFUND = frozenset(typed_word(w) for w in ("ফেরত", "ফেরত কত", "কত ফেরত", "ফেরত কত পাব", "কত ফেরত পাব", "টাকা ফেরত",
                                           "refund", "how much refund", "refund koto", "ferot koto"))


def meaning(text: str, zero: bool = False) -> str | None:
    """The word typed: "0", "#" or "*" alone is "back", at a count or a date too, but "0" where it is an answer
    (``zero``: ``Turn.zero_answers``)."""
    if goes_back(text, answers="0" if zero else ""):
        return "back"
    said = _read(text).split()  # a cancel, misspelt or with words that only ask for it ("cancle korbo")
    if any(word in CANCEL for word in said) and all(word in CANCEL or word in ASKING for word in said):
        return "cancel"
    return WORDS.get(typed_word(text))


async def typed(turn: Turn, text: str) -> None:
    step = turn.chat.step
    word = meaning(text, turn.zero_answers)
    if step == "complaint" and word not in ("back", "book", "mine", "cancel") and not _just_a_number(text):
        return await complaint.written(turn, text)
    if typed_word(text) in REFUND and await mine.shows_refund(turn):
        return await steps.ask(turn)  # ফেরত where a refund is shown asks for it (it is "back" elsewhere)
    if word == "back":
        return await steps.back(turn)
    if step in changed.STEPS and (mind := changed_mind(text)) is not None:  # "start again", "never mind" (থাক)
        return await changed.asked(turn, mind)  # carry on with the booking, or drop it? what it holds, said
    if await pressed.dropped(turn, text):  # "Drop it" (বাদ দিন) typed: as its button, the choices so far dropped
        return
    if word == "cancel" and step in ("complaint", "complaint_check"):
        return await complaint.drop(turn)
    if word == "cancel" and step in CHOOSING:  # the choices so far dropped: nothing was held or booked
        return await changed.leave(turn)
    if word == "cancel" and step in ("home", "bookings"):  # no stay being chosen: a booking to cancel, asked which
        return await mine.to_cancel(turn)
    if word in ("book", "mine") and step not in ("quote", "cancel"):
        await quoting.release_hold(turn)
        return await (choose.start(turn) if word == "book" else mine.listing(turn))
    if (number := find_booking_number(text)) is not None:
        await quoting.release_hold(turn)
        return await (mine.ask_cancel if cancels(text) else mine.view)(turn, number)
    if step in (*asked.OUTSIDE, *refunds.IN_BOOKING) and await refunds.rules_told(turn, text):
        return  # "booking cancel korle ki hobe", "cancellation policy": the rules of a refund, nothing cancelled
    if step in ("home", "bookings", "booking") and _says(text, CANCEL) and _says(text, BOOKING):
        if not cancels(text):  # "don't cancel my booking": their bookings, as the main menu answers it
            return await mine.listing(turn)
        if step == "booking":
            return await mine.ask_cancel(turn, str(turn.draft.get("number", "")))
        return await mine.to_cancel(turn)
    if step in CHOOSING and _says(text, CANCEL) and _says(text, BOOKING) and cancels(text):  # "booking cancel
        return await changed.cancel_asked(turn)  # korbo" while a stay is chosen: as at the main menu
    if step in ("home", "bookings", "booking") and redate.asks(text):
        return await redate.ask(turn)
    if await refunds.answered(turn, text):  # "I want a refund" at "which district?": told, the question again
        return
    if await prices.answered(turn, text):  # "ghor bhara koto?", "is there a cheaper room?": the step's prices
        return
    if step in asked.OUTSIDE and (asks := asked.asks(text, at_booking=step == "booking")) is not None:
        return await asked.answer(turn, asks, text)
    if step in stay_asked.LISTED and (asks := asked.asks(text)) in ("mine", "voucher"):  # "amar booking er date ki":
        return await asked.answer(turn, asks, text)  # nothing chosen yet, one's bookings (a complaint: Complaints')
    if await stay_asked.answered(turn, text):  # "check in kokhon?", "khabar deya hoy?": the guest house's answer
        return
    if step != "complaint_check" and confirm_asked.asked(text):  # "booking confirm korte chai"
        return await confirm_asked.tapped(turn, [])  # the quote with its Confirm, the step, or one's bookings
    if step in ("property", "room") and await answers.the_one(turn, text, word):
        return  # "yes", "book it" where the list holds one guest house or one room: that one
    said = courtesy(text, yes=step in pressed.YES_STEPS)  # "ha" to a list: a warm word, the list again
    offered = step == "date" and turn.draft.get(choose.MEANT)  # "ok" to "did you mean 1 December 2027?"
    if said is not None and not (word == "yes" and (step in CONFIRMING or offered)) and not _emoji_name(text, step):
        if step == "date" and await soldout.again(turn, turn.t(f"said_{said}")):
            return  # at a 'not free' list: a warm word, its choices again
        return await steps.ask(turn, hint=turn.t(f"said_{said}"))  # no answer here: a warm word, the question
    if step in noted.BEFORE_DATES and not await noted.meant(turn, text):  # "what is the weather today": no check-in
        return await steps.ask(turn, hint=noted.unread(turn, text))
    if step in whole.STEPS and await whole.started(turn, text, place_alone=step == "home"):
        return  # a whole request at the menu or the districts question: the booking started with what it names
    if step in moved.STEPS and await moved.elsewhere(turn, text):
        return  # "actually purulia is better" once a district is chosen: that district's guest houses
    if step in ("property", "room") and await noted.kept(turn, text):
        return  # a date or a count typed ahead of its question: kept for it, this question asked again
    if word is None and await stay_asked.question(turn, text):  # "can I bring my dog?": the guest house's to answer
        return
    if word == "no" and step in COUNTED:  # "na" where a count is asked: how to change the answer before it
        return await steps.ask(turn, hint=turn.t(f"{step}_no"))
    if word is None and confirming.offered_while_choosing(turn, text):
        return  # "pay slip chai" where the district or the check-in is asked: that service offered, or stay
    await STEPS.get(step, unclear)(turn, text, word)


def cancels(text: str) -> bool:
    """Whether the words ask to cancel: a cancel in them, not asked against."""
    return _says(text, CANCEL) and ASKED_AGAINST.search(_read(text)) is None


def _says(text: str, words: tuple[str, ...]) -> bool:
    said = _read(text)
    return any(word in said for word in words)


def _read(text: str) -> str:
    """The words typed, each cancel in them with a slip of a letter read as the cancel it is near."""
    return " ".join(_slip(word) for word in typed_word(text).split())


def _slip(word: str) -> str:
    if len(word) < 5 or word in CANCEL:
        return word
    return slip_of(word, SLIPS) or word


def _emoji_name(text: str, step: str) -> bool:
    """Emoji alone where a name is asked: no thanks there, but a name that is refused, saying why."""
    return step == "name" and not plain(text)


def _just_a_number(text: str) -> bool:
    return NUMBER.fullmatch(typed_number(unicodedata.normalize("NFC", text)).strip(EDGES)) is not None
