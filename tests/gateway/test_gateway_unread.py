"""Words sent outside any service's conversation that no service took (three words or more that are no keyword, no
number and no announced phrase): kept 30 minutes, and sent with one tap to the service that takes what people send
unasked (``takes_wordless``: complaints) instead of the person typing them again."""
from __future__ import annotations

from gateway_kit import RINA, Stack, known, text_of

from gateway.profiles import Profiles
from gateway.state import GATEWAY
from gateway.turn import origin_id
from shared.chat import Inbound
from simulator import webhooks as wa

SEND = "shell:unread"


def rows(body: dict) -> list[str]:
    return [r["id"] for s in body["interactive"]["action"]["sections"] for r in s["rows"]]


def handed(stack: Stack) -> list[Inbound]:
    return [Inbound.model_validate(e.payload) for e in stack.recorder.of("wa.inbound.grievance")]


async def test_a_first_timers_words_are_kept_and_sent_to_complaints_with_one_tap_after_the_language(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, "amar gram e ration dealer kom chal dey"))
    (question,) = stack.recorder.bodies()
    assert "but it is kept: choose a language, and then one tap sends it to *Complaints*" in text_of(question)
    assert "তবে রাখা আছে: ভাষা বেছে নিন, তারপর একবার চাপলেই সেটি *অভিযোগ জানান* পরিষেবায়" in text_of(question)
    assert "send it again" not in text_of(question) and not handed(stack)
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    (menu,) = stack.recorder.bodies()
    assert rows(menu)[0] == SEND and "grievance:menu" in rows(menu)[1:]
    assert "আপনার বার্তাটি ৩০ মিনিট রাখা থাকবে" in text_of(menu)
    first = menu["interactive"]["action"]["sections"][0]["rows"][0]
    assert (first["title"], first["description"]) == ("আমার বার্তা পাঠান", "যেমন লিখেছেন, তেমনই অভিযোগ জানান পরিষেবায়")
    stack.recorder.clear()
    tap = wa.list_reply(RINA, SEND, "আমার বার্তা পাঠান")
    await stack.say(tap)
    (sent,) = stack.recorder.of("wa.inbound.grievance")
    inbound = Inbound.model_validate(sent.payload)
    assert (inbound.kind, inbound.text, inbound.lang, inbound.unasked, inbound.reply_id) == (
        "text", "amar gram e ration dealer kom chal dey", "bn", True, None)
    assert sent.id == origin_id(tap["id"])  # a redelivered tap is the same envelope: a repeat to the service
    assert stack.recorder.bodies() == []  # the service answers


async def test_a_known_persons_words_are_offered_first_in_the_menu_and_a_second_tap_sends_nothing(stack: Stack):
    await known(stack, "en")
    await stack.say(wa.text(RINA, "less rice from the ration shop"))
    (menu,) = stack.recorder.bodies()
    assert text_of(menu).startswith("I could not tell which service your message is for.\nYour message is kept for "
                                    "30 minutes: to send it to *Complaints* without typing it again, choose *Send my "
                                    "message* in the list.")
    assert rows(menu)[0] == SEND and not handed(stack)
    stack.recorder.clear()
    await stack.say(wa.list_reply(RINA, SEND, "Send my message"))
    assert [(i.text, i.lang, i.unasked) for i in handed(stack)] == [("less rice from the ration shop", "en", True)]
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).unread is None  # forgotten once sent
    stack.recorder.clear()
    await stack.say(wa.list_reply(RINA, SEND, "Send my message"))
    (menu,) = stack.recorder.bodies()
    assert not handed(stack) and SEND not in rows(menu)
    assert text_of(menu).startswith("Your message is no longer kept here: it was sent already, or 30 minutes")


async def test_kept_words_go_after_30_minutes(stack: Stack):
    await known(stack, "bn")
    await stack.say(wa.text(RINA, "রেশন দোকানে দুই সপ্তাহ ধরে চাল কম দিচ্ছে"))
    stack.clock.advance(minutes=29)
    await stack.say(wa.text(RINA, "মেনু"))
    assert SEND in rows(stack.recorder.bodies()[-1])
    stack.clock.advance(minutes=2)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "মেনু"))
    assert SEND not in rows(stack.recorder.bodies()[-1])
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).unread is None  # not kept in the store either
    stack.recorder.clear()
    await stack.say(wa.list_reply(RINA, SEND, "আমার বার্তা পাঠান"))  # a tap on the old menu
    assert not handed(stack)
    assert text_of(stack.recorder.bodies()[0]).startswith("আপনার বার্তাটি আর এখানে রাখা নেই")


async def test_a_person_who_picks_another_service_instead_goes_there_as_before(stack: Stack):
    await known(stack, "en")
    await stack.say(wa.text(RINA, "I want to stay two nights"))
    stack.recorder.clear()
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))
    (tourism,) = stack.recorder.of("wa.inbound.tourism")
    assert (tourism.payload["reply_id"], tourism.payload["unasked"], tourism.payload["text"]) == (
        "tourism:menu", False, "Guest houses") and not handed(stack)
    # having gone on to a service, they are offered the words no more, and the words are not kept
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).unread is None
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu"))
    assert SEND not in rows(stack.recorder.bodies()[-1])


async def test_without_a_service_that_takes_what_people_send_nothing_is_kept_or_offered(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)  # announcing no takes_wordless
    await stack.say(wa.text(RINA, "less rice from the ration shop"))
    assert "send it again there" in text_of(stack.recorder.bodies()[0])
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "less rice from the ration shop"))
    (menu,) = stack.recorder.bodies()
    assert text_of(menu).startswith("Sorry, I did not follow that") and SEND not in rows(menu)
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).unread is None


async def test_short_words_and_greetings_are_not_kept(stack: Stack):
    await known(stack, "en")
    for said in ("ration shop", "hello"):  # two words no service reads ("water problem" begins a complaint)
        await stack.say(wa.text(RINA, said))
        assert SEND not in rows(stack.recorder.bodies()[-1]), said
    assert (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).unread is None


async def test_at_most_the_first_2000_characters_are_kept(stack: Stack):
    await known(stack, "en")
    await stack.say(wa.text(RINA, "the ration shop was closed " * 200))
    await stack.say(wa.list_reply(RINA, SEND, "Send my message"))
    (inbound,) = handed(stack)
    assert inbound.text == ("the ration shop was closed " * 200)[:2000]


async def test_a_long_menu_keeps_to_ten_rows_with_the_words_offered_first(stack: Stack):
    await known(stack, "en")
    for name in ("water", "roads", "schools", "health", "lights", "markets"):  # eleven services in all
        await stack.announce(name, order=300)
    await stack.say(wa.text(RINA, "less rice from the ration shop"))
    (menu,) = stack.recorder.bodies()
    assert len(rows(menu)) == 10 and rows(menu)[0] == SEND and rows(menu)[-1] == "shell:menu:1"
