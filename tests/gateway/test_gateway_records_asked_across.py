"""A question about one's own records at another service ("what about my complaint?", "আমার অভিযোগের কী হল?",
"amar complaint er ki holo") typed as a whole message in the middle of a service's conversation (a guest-house
booking asking for a district) was taken as that step's answer. Words a service announced as strong enough to be
taken from inside another's conversation (``Phrase.across``) now take the person to that service's choice, as at the
main menu; the conversation they left keeps its place (its row offers to carry on), and is told it was left when it
listens. Its own step still takes everything else: a guest's complaint about their stay is tourism's."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Recorder, Stack

from gateway.profiles import Profiles
from gateway.state import GATEWAY
from shared.bus import Bus, Envelope
from shared.chat import Inbound
from shared.runtime import MenuEntry, Phrase
from simulator import webhooks as wa


def routed(stack: Stack) -> list[tuple[str, str, str | None, str]]:
    found = [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload)) for e in stack.recorder.envelopes
             if e.type.startswith("wa.inbound.")]
    return [(service, inbound.kind, inbound.reply_id, inbound.text or "") for service, inbound in found]


async def at(stack: Stack, service: str, lang: str = "en") -> None:
    """In the middle of ``service``'s conversation: its row tapped, a step answered."""
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    await stack.say(wa.list_reply(RINA, f"{service}:menu", service))
    await stack.say(wa.text(RINA, "Jalpaiguri" if service == "tourism" else "water"))
    stack.recorder.clear()


@pytest.mark.parametrize("words", [
    "amar complaint er ki holo", "What about my complaint?", "আমার অভিযোগের কী হল?", "my complaint status",
    "What happened to my complaint?", "my complaints", "complaint status", "status of my complaint",
    "where is my complaint", "আমার অভিযোগ", "আমার অভিযোগের অবস্থা কী", "অভিযোগের কী খবর", "amar abhijog er ki holo",
    "amar complaint ta kothay", "amar complain gulo", "complaint er khobor ki", "any update on my complaint?",
])
async def test_a_question_about_ones_complaints_in_the_middle_of_a_booking_goes_to_complaints(stack: Stack,
                                                                                            words: str):
    await at(stack, "tourism")
    await stack.say(wa.text(RINA, words))
    assert routed(stack) == [("grievance", "reply", "grievance:mine", words)]
    profile = await Profiles(stack.client.app[GATEWAY].store).get(RINA)
    assert profile.session_service == "grievance"  # what they type next answers complaints


@pytest.mark.parametrize("words", ["my bookings", "আমার বুকিং", "amar booking", "status of my booking?",
                                   "বুকিংয়ের অবস্থা"])
async def test_a_question_about_ones_bookings_in_the_middle_of_a_complaint_goes_to_tourism(stack: Stack, words: str):
    await at(stack, "grievance", "bn")
    await stack.say(wa.text(RINA, words))
    assert routed(stack) == [("tourism", "reply", "tourism:mine", words)]


@pytest.mark.parametrize("words", [
    # a guest's complaint about their stay, at tourism's own step for it, and its button's words
    "my complaint is that the room was dirty", "complaint: no hot water in the room", "complaint",
    "I want to complain about the caretaker", "new complaint", "ঘরটা নোংরা ছিল, অভিযোগ করতে চাই",
    "আমার অভিযোগ আছে, ঘরে জল ছিল না", "amar complaint holo bathroom e jol chilo na", "complain korte chai",
    # the words among others, or a problem said: the step's answer
    "I booked here because my complaints office is near", "the road to the guest house is broken",
    "status of my complaint and also 2 guests please",
])
async def test_a_stay_complaint_and_other_words_stay_with_the_conversation(stack: Stack, words: str):
    await at(stack, "tourism")
    await stack.say(wa.text(RINA, words))
    assert routed(stack) == [("tourism", "text", None, words)]


async def test_the_service_in_hand_takes_its_own_words_as_ever(stack: Stack):
    await at(stack, "grievance")
    await stack.say(wa.text(RINA, "what about my complaint?"))
    assert routed(stack) == [("grievance", "text", None, "what about my complaint?")]


async def test_the_booking_left_is_kept_to_carry_on_from_its_row(stack: Stack):
    await at(stack, "tourism")
    await stack.say(wa.text(RINA, "amar complaint er ki holo"))
    await stack.say(wa.text(RINA, "menu"))
    menu = stack.recorder.bodies()[-1]["interactive"]["body"]["text"]
    assert "Complaints" in menu and "kept" in menu  # the place they are at now, as the menu says of any
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Tourism"))  # tourism's row: its offer to carry on
    assert [r[:3] for r in routed(stack)] == [("grievance", "reply", "grievance:mine"),
                                              ("tourism", "reply", "tourism:menu")]


@pytest.fixture
async def left(bus: Bus) -> Recorder:
    recorder = Recorder(bus, queue="left", keys=("wa.session.left.#",), marker="test.left.marker")
    await recorder.start()
    return recorder


@pytest.mark.parametrize("words", ["আমার অভিযোগের কী হল?", "GRV-2026-000004"])  # a number of its: as ever, its View
async def test_the_service_left_is_told_when_it_listens(stack: Stack, left: Recorder, words: str):
    from services.tourism.service import MENU
    await at(stack, "tourism")
    await stack.say(wa.text(RINA, "my bookings"))  # its own words: it keeps them, nothing is left
    await left.settle()
    assert left.envelopes == []
    await stack.announce_entry(MenuEntry(**{**MENU.__dict__, "hears_left": True}))
    await stack.say(wa.text(RINA, words))
    await left.settle()
    assert [e.type for e in left.envelopes] == ["wa.session.left.tourism"]
    assert routed(stack)[-1][0] == "grievance"


def test_only_a_tap_may_be_taken_across_and_the_flag_travels_with_the_entry():
    entry = MenuEntry("tourism", title={"bn": "ঘর", "en": "Rooms"}, description={"bn": "", "en": ""},
                      phrases=(Phrase("mine", r"my bookings?", across=True), Phrase("book", r"book")))
    assert MenuEntry.from_payload(entry.as_payload()) == entry
    with pytest.raises(ValueError, match="across"):
        MenuEntry("tourism", title={"bn": "ঘর", "en": "Rooms"}, description={"bn": "", "en": ""},
                  phrases=(Phrase("words", r"jol nei", across=True),))


@pytest.mark.parametrize(("lang", "words", "said"), [
    ("en", "What about my complaint?", "Where you were in *Tourism: book a room* is kept for 30 minutes"),
    ("bn", "আমার অভিযোগের কী হল?", "পরিষেবায় আপনি যেখানে ছিলেন, তা ৩০ মিনিট রাখা থাকবে"),
    ("en", "GRV-2026-000004", "type *menu* and choose *Tourism: book a room*"),
])
async def test_the_person_is_told_the_booking_left_is_kept_and_how_to_go_back(stack: Stack, lang: str, words: str,
                                                                             said: str):
    await at(stack, "tourism", lang)
    await stack.say(wa.text(RINA, words))
    texts = [b["text"]["body"] for b in stack.recorder.bodies(RINA) if b.get("type") == "text"]
    assert len(texts) == 1 and said in texts[0]
    assert routed(stack)[-1][0] == "grievance"


async def test_nothing_is_said_kept_where_the_service_left_said_nothing_is(stack: Stack):
    await at(stack, "tourism")
    await stack.client.app[GATEWAY].consume(Envelope(
        type="wa.session.settled", source="tourism", occurred_at=stack.clock(),
        payload={"service": "tourism", "wa_id": RINA, "settled": True}))
    await stack.say(wa.text(RINA, "What about my complaint?"))
    assert not [b for b in stack.recorder.bodies(RINA) if b.get("type") == "text"]
    assert routed(stack)[-1][:3] == ("grievance", "reply", "grievance:mine")
