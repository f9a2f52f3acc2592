"""Words a service announced for one of its choices ("my complaints", "cancel my booking"), typed at the main menu."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from gateway.keywords import LANG_NAMES, WORDS
from gateway.state import GATEWAY
from shared.chat import Inbound
from shared.runtime.spec import MenuEntry, Phrase
from simulator import webhooks as wa


def routed(stack: Stack) -> list[tuple[str, str, str | None, str]]:
    found = [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload)) for e in stack.recorder.envelopes
             if e.type.startswith("wa.inbound.")]
    return [(service, inbound.kind, inbound.reply_id, inbound.text or "") for service, inbound in found]


async def at_the_menu(stack: Stack, lang: str = "en") -> None:
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()


async def test_words_typed_at_the_menu_are_the_tap_of_the_service_choice_they_ask_for(stack: Stack):
    await at_the_menu(stack)
    for words in ("my complaint", "বুকিং বাতিল"):
        await stack.say(wa.text(RINA, words))
        await stack.say(wa.text(RINA, "menu"))
    # as taps, so that a step the person left the service at does not take the words as its answer
    assert routed(stack) == [("grievance", "reply", "grievance:mine", "my complaint"),
                             ("tourism", "reply", "tourism:cancel", "বুকিং বাতিল")]
    assert not any("did not follow" in text_of(body) for body in stack.recorder.bodies())


async def test_inside_a_conversation_the_words_are_an_answer_to_it(stack: Stack):
    await at_the_menu(stack)
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "The guest house cancel my booking without asking"))  # a description
    assert routed(stack) == [("grievance", "text", None, "The guest house cancel my booking without asking")]


async def test_a_service_that_is_down_is_said_to_be_unavailable(stack: Stack):
    await at_the_menu(stack)
    await stack.say(wa.text(RINA, "my house permission"))  # the permit service has no queue on the test bus
    assert routed(stack) == []
    assert text_of(stack.recorder.bodies()[0]).startswith("Sorry, that service is not available")


@pytest.mark.parametrize(("words", "tap"), [
    ("my complaints please", "grievance:mine"), ("আমার অভিযোগ", "grievance:mine"),
    ("আমার অভিযোগের অবস্থা", "grievance:mine"), ("complaint", "grievance:new"), ("অভিযোগ", "grievance:new"),
    ("আমার অভিযোগ আছে", "grievance:new"), ("my complaint is that the road is broken", "grievance:new"),
    ("amar complain ache", "grievance:new"), ("Cancel my booking!", "tourism:cancel"),
    ("বুকিং বাতিল করতে চাই", "tourism:cancel"), ("my bookings", "tourism:mine"), ("আমার বুকিং", "tourism:mine"),
    ("book a room", "tourism:book"), ("guest house", "tourism:menu"), ("application", "permit:menu"),
    ("আবেদন", "permit:menu"), ("আমার আবেদন", "permit:mine"), ("NOC", "noc:menu"),
    ("status of my NOC application", "noc:mine"), ("ট্রেড লাইসেন্স", "noc:menu"), ("renew my licence", "noc:renewals"),
    ("my NOC certificate", "noc:letters"), ("আমার NOC সার্টিফিকেট", "noc:letters"), ("renew my NOC", "noc:renewals"),
    ("the road near the school is broken", "grievance:words"), ("current nei", "grievance:cat:lights"),
    # a problem after a clause saying something is fine, joined by a word of contrast as by a comma, begins its
    # complaint; a problem said mended after it, or no problem at all, none
    ("road is fine now but no water", "grievance:words"), ("rasta thik ache kintu jol nei", "grievance:words"),
    ("রাস্তা ঠিক আছে কিন্তু জল নেই", "grievance:words"), ("rasta thik ache tobe jol nei", "grievance:words"),
    ("the light is ok but the drain is blocked", "grievance:words"), ("রাস্তা ঠিক আছে তবে জল নেই", "grievance:words"),
    ("the road is fixed however the drain is blocked", "grievance:words"), ("no problem but thanks", None),
    ("jol nei to ki hoyeche, kal theke ashbe", None), ("no water problem now", None),
    ("the road is fine, but thank you", None), ("rasta thik ache kintu dhonnobad", None),
    ("the drain was blocked but now it is cleaned", None), ("jol ashchilo na kintu ekhon jol thik ache", None),
    # taking a complaint back is no new one; a complaint refused is none; cancelling or booking refused neither
    ("cancel my complaint", "grievance:mine"), ("অভিযোগ বাতিল", "grievance:mine"),
    ("withdraw complaint GRV", "grievance:mine"), ("আমার অভিযোগটা তুলে নিতে চাই", "grievance:mine"),
    ("status of complaint", "grievance:mine"), ("আমার অভিযোগ কী অবস্থায় আছে", "grievance:mine"),
    ("I don't want to complain", None), ("not a complaint", None), ("no complaint", None),
    ("অভিযোগ করতে চাই না", None), ("কোনো অভিযোগ নেই", None), ("amar complain nai", None),
    ("the light is not working, I want to complain", "grievance:new"),
    ("জল আসছে না, অভিযোগ করতে চাই", "grievance:new"), ("অভিযোগ: রাস্তার আলো জ্বলছে না", "grievance:new"),
    ("do not cancel my booking", "tourism:mine"), ("I don't want to cancel my booking", "tourism:mine"),
    ("বুকিং বাতিল করতে চাই না", "tourism:mine"), ("বুকিং বাতিল করবেন না", "tourism:mine"),
    ("ঘর বুক করতে চাই না", "tourism:mine"), ("status of my booking", "tourism:mine"),
    ("বুকিং কী অবস্থা", "tourism:mine"), ("booking cancel korbo na", "tourism:mine"),
    ("room cancel korben na", "tourism:mine"), ("complain korte chai na", None),
    # Bengali complaint words in Latin letters
    ("abhijog", "grievance:new"), ("obhijog", "grievance:new"), ("nalish", "grievance:new"),
    ("abhijog korte chai", "grievance:new"), ("amar ekta obhijog ache", "grievance:new"),
    ("amar abhijog", "grievance:mine"), ("amar obhijog gulo", "grievance:mine"), ("Amar nalish", "grievance:mine"),
    ("amar complaint er ki holo", "grievance:mine"), ("abhijog er ki khobor", "grievance:mine"),
    ("আমার অভিযোগটা কোথায় আছে", "grievance:mine"), ("আমার কমপ্লেনের কী হল", "grievance:mine"),
    ("abhijog nai", None), ("obhijog korbo na", None), ("obhiyog korbo", "grievance:new"),
    ("abhiyog korte chai", "grievance:new"), ("obhiyog korbo na", None),
    ("pay slip", "payroll:slip"), ("Salary slip please", "payroll:slip"), ("my payslip for March", "payroll:slip"),
    ("বেতনের স্লিপ", "payroll:slip"), ("পে স্লিপ", "payroll:slip"), ("বেতন বিবরণী", "payroll:slip"),
    ("বেতন", "payroll:menu"), ("salary", "payroll:menu"), ("annual salary statement", "payroll:statement"),
    ("বার্ষিক বেতন বিবরণী", "payroll:statement"), ("fee slip", None),
])
async def test_what_each_service_announces(stack: Stack, words: str, tap: str | None):
    await at_the_menu(stack)
    assert await stack.client.app[GATEWAY].menu.for_message().asked_for(words) == tap


@pytest.mark.parametrize(("words", "tap"), [
    # a complaint about something cancelled or removed is a new complaint
    ("I want to complain, my job card was cancelled", "grievance:new"),
    ("the tubewell was removed, I want to complain", "grievance:new"),
    ("my complaint is that my name was removed from the list", "grievance:new"),
    ("complaint: my ration card was cancelled", "grievance:new"),
    ("আমার রেশন কার্ড বাতিল করে দিয়েছে, অভিযোগ জানাতে চাই", "grievance:new"),
    ("টিউবওয়েল তুলে নিয়ে গেছে, অভিযোগ করতে চাই", "grievance:new"), ("অভিযোগ তুলে ধরতে চাই", "grievance:new"),
    ("amar job card cancel kore diyeche, complain korte chai", "grievance:new"),
    ("ration card batil hoye geche, complain korbo", "grievance:new"),
    # asking to take a complaint back is not
    ("cancel my complaint", "grievance:mine"), ("withdraw my complaint", "grievance:mine"),
    ("I want to withdraw a complaint", "grievance:mine"), ("please take my complaint back", "grievance:mine"),
    ("I want my complaint cancelled", "grievance:mine"), ("অভিযোগ বাতিল", "grievance:mine"),
    ("অভিযোগ তুলে নিতে চাই", "grievance:mine"), ("অভিযোগ প্রত্যাহার", "grievance:mine"),
    ("অভিযোগটি প্রত্যাহার করতে চাই", "grievance:mine"), ("নালিশটা ফিরিয়ে নেব", "grievance:mine"),
    ("অভিযোগ cancel করতে চাই", "grievance:mine"), ("amar complain ta cancel korte chai", "grievance:mine"),
    ("complain tule nite chai", "grievance:mine"), ("complaint batil korbo", "grievance:mine"),
])
async def test_only_words_taking_the_complaint_itself_back_open_the_complaints(stack: Stack, words: str, tap: str):
    await at_the_menu(stack)
    assert await stack.client.app[GATEWAY].menu.for_message().asked_for(words) == tap


async def test_a_complaint_about_a_cancelled_card_typed_at_the_menu_starts_a_new_complaint(stack: Stack):
    await at_the_menu(stack)
    for words in ("I want to complain, my job card was cancelled", "আমার রেশন কার্ড বাতিল করে দিয়েছে, অভিযোগ জানাতে চাই",
                  "cancel my complaint"):
        await stack.say(wa.text(RINA, words))
        await stack.say(wa.text(RINA, "menu"))
    assert [reply_id for _, _, reply_id, _ in routed(stack)] == ["grievance:new", "grievance:new", "grievance:mine"]


async def test_no_phrase_takes_a_keyword_a_greeting_a_language_or_thanks(stack: Stack):
    await at_the_menu(stack)
    menu = stack.client.app[GATEWAY].menu.for_message()
    for words in (*WORDS, *LANG_NAMES, "thanks", "thank you", "ok", "ধন্যবাদ", "আচ্ছা", "ঠিক আছে", "yes", "no"):
        assert await menu.asked_for(words) is None, words


def test_phrases_travel_with_the_entry_and_are_checked_when_the_service_is_defined():
    entry = MenuEntry("tourism", title={"bn": "ক", "en": "T"}, description={}, phrases=(Phrase("mine", "my bookings"),))
    assert MenuEntry.from_payload(entry.as_payload()) == entry
    assert MenuEntry.from_payload({**entry.as_payload(), "phrases": None}).phrases == ()  # an earlier version's
    answered = Phrase("cat:lights", "current nei", says={"bn": "বিদ্যুৎ সংস্থার", "en": "The power company's"},
                      offer={"bn": "পথবাতি", "en": "Street light"})
    entry = MenuEntry("grievance", title={"bn": "অ", "en": "C"}, description={}, phrases=(answered,))
    assert MenuEntry.from_payload(entry.as_payload()) == entry
    for bad in (Phrase("mine:x:y", "x"), Phrase("mine", "("), Phrase("mine", ""),
                Phrase("x", "x", says={"en": "Elsewhere"}, offer={"bn": "ক", "en": "Go"}),  # no Bengali answer
                Phrase("x", "x", says={"bn": "ক", "en": "E"}, offer={"bn": "ক", "en": "A title past twenty letters"})):
        with pytest.raises(ValueError):
            MenuEntry("tourism", title={"bn": "ক", "en": "T"}, description={}, phrases=(bad,))


async def test_a_number_typed_outside_its_service_is_the_tap_of_its_view_carrying_the_words(stack: Stack):
    await at_the_menu(stack)
    await stack.say(wa.text(RINA, "status of grv 2026 5 please"))  # at the menu
    await stack.say(wa.button_reply(RINA, "tourism:menu", "Tourism"))
    await stack.say(wa.text(RINA, "GRV-2026-000005"))  # a whole message in another service's conversation
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
    await stack.say(wa.text(RINA, "GRV-2026-000005"))  # in its own: an answer to it, as before
    assert routed(stack) == [("grievance", "reply", "grievance:view:grv 2026 5", "status of grv 2026 5 please"),
                             ("tourism", "reply", "tourism:menu", "Tourism"),
                             ("grievance", "reply", "grievance:view:GRV-2026-000005", "GRV-2026-000005"),
                             ("grievance", "reply", "grievance:menu", "Complaints"),
                             ("grievance", "text", None, "GRV-2026-000005")]


async def test_a_number_matched_without_the_patterns_number_group_is_handed_on_whole(stack: Stack):
    """A pattern whose group ``number`` is optional (``T123`` or ``ticket no. 123``): a match without the group
    stopped the gateway's handling of the message, so the person got no answer at all."""
    await stack.announce_entry(MenuEntry("tourism", title={"bn": "পর্যটন", "en": "Tourism"}, description={},
                                         references=r"\bT\d{3}\b|ticket no\.? (?P<number>\d{3})"))
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "where is T123"))
    await stack.say(wa.text(RINA, "menu"))
    await stack.say(wa.text(RINA, "ticket no. 456"))
    assert [reply_id for _, _, reply_id, _ in routed(stack)] == ["tourism:view:T123", "tourism:view:456"]


async def test_asking_for_a_person_at_the_menu_is_the_complaints_way_to_an_official(stack: Stack):
    await at_the_menu(stack)
    for words in ("I want to talk to a human", "অফিসারের সঙ্গে কথা বলতে চাই", "agent"):
        await stack.say(wa.text(RINA, words))
        await stack.say(wa.text(RINA, "menu"))
    taps = [(service, reply_id) for service, _, reply_id, _ in routed(stack)]
    assert taps == [("grievance", "grievance:official")] * 3
    assert not any("did not follow" in text_of(body) or "could not tell" in text_of(body)
                   for body in stack.recorder.bodies())


async def test_asking_for_someone_about_another_service_or_in_a_complaint_is_no_ask_for_an_official(stack: Stack):
    await at_the_menu(stack)
    await stack.say(wa.text(RINA, "I want to talk to someone about my booking"))
    await stack.say(wa.text(RINA, "menu"))
    complaint = "I tried to contact the panchayat officer many times, the tube well near the school is broken"
    await stack.say(wa.text(RINA, complaint))  # a problem said: a complaint begun with the words as they were written
    assert [(service, reply_id) for service, _, reply_id, _ in routed(stack)] == [("tourism", "tourism:mine"),
                                                                                  ("grievance", None)]
    assert routed(stack)[-1][3] == complaint


@pytest.mark.parametrize(("words", "claimed"), [
    ("how do I apply again", ["permit:again", "noc:again"]),  # whose rejection: the menu asks which
    ("আবার আবেদন করব কীভাবে", ["permit:again", "noc:again"]), ("reapply", ["permit:again", "noc:again"]),
    ("reapply for my trade licence", ["noc:again"]), ("ট্রেড লাইসেন্সের জন্য আবার আবেদন করব", ["noc:again"]),
    ("barir onumoti abar apply korbo kivabe", ["permit:again"]),
])
async def test_applying_again_is_claimed_by_the_services_whose_applications_are_rejected(stack: Stack, words: str,
                                                                                        claimed: list[str]):
    await at_the_menu(stack)
    assert await stack.client.app[GATEWAY].menu.for_message().claims(words) == claimed


@pytest.mark.parametrize(("words", "claimed"), [
    ("how do I apply", ["permit:apply", "noc:apply"]),  # which application: the menu asks
    ("how do I apply for building permission", ["permit:apply"]), ("how to apply for a trade licence", ["noc:apply"]),
    # applying for what neither issues (a pension, a ration card, a job card, a birth certificate) is neither's: they
    # were offered a choice of building permission and the trade NOC
    ("how do I apply for pension?", []), ("how to apply for old age pension", []),
    ("I want to apply for a ration card", []), ("job card er jonno kivabe apply korbo", []),
    ("পেনশনের জন্য কীভাবে আবেদন করব", []), ("রেশন কার্ডের জন্য কীভাবে আবেদন করব", []),
    ("birth certificate er jonno kivabe apply korbo", []), ("জন্ম সার্টিফিকেটের জন্য কীভাবে আবেদন করব", []),
    ("how do I apply for awas yojana house", []), ("how can I apply for a loan", []),
])
async def test_applying_for_what_neither_issues_is_not_offered_to_either(stack: Stack, words: str,
                                                                          claimed: list[str]):
    await at_the_menu(stack)
    assert await stack.client.app[GATEWAY].menu.for_message().claims(words) == claimed
