"""A no typed at the list asking which service words are for ("my application": a permit's or a NOC's), "no", "na",
"না", "কোনোটাই না", got "Sorry, I did not follow that" with the menu. It is now told that nothing was sent anywhere
and that the words are kept for 30 minutes for that list's rows, with the menu, in the person's language; a row of
the list tapped after it still carries the words. Past the 30 minutes, or with no such list, a "no" is as before."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Recorder, Stack

from shared.bus.memory import InProcessBus
from shared.chat import Inbound
from simulator import webhooks as wa

NOTHING_SENT = {"en": "Nothing has been sent anywhere. Your words are kept for 30 minutes",
                "bn": "কিছুই কোথাও পাঠানো হয়নি। আপনার কথাটি ৩০ মিনিট রাখা আছে"}
UNCLEAR = {"en": "Sorry, I did not follow that", "bn": "দুঃখিত, বুঝতে পারিনি"}
WORDS = {"en": "my application", "bn": "আমার আবেদন"}


@pytest.fixture
async def services(bus: InProcessBus) -> Recorder:
    """Building permission's queue, so that a row of the list reaches it here."""
    recorder = Recorder(bus, queue="permit", keys=("wa.inbound.permit",), marker="test.marker.permit")
    await recorder.start()
    return recorder


async def asked_which(stack: Stack, lang: str) -> None:
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    await stack.say(wa.text(RINA, WORDS[lang]))
    which = stack.recorder.bodies()[-1]
    assert [row["id"] for row in which["interactive"]["action"]["sections"][0]["rows"]] == [
        "shell:claimed:permit:mine", "shell:claimed:noc:mine"]
    stack.recorder.clear()


def menu_rows(body: dict) -> list[str]:
    return [row["id"] for section in body["interactive"]["action"]["sections"] for row in section["rows"]]


@pytest.mark.parametrize(("lang", "no"), [("en", "no"), ("en", "No."), ("en", "na"), ("en", "none"),
                                          ("bn", "না"), ("bn", "na"), ("bn", "কোনোটাই না"), ("bn", "thak")])
async def test_a_no_at_the_list_is_told_nothing_was_sent_with_the_menu(stack: Stack, lang: str, no: str):
    await asked_which(stack, lang)
    await stack.say(wa.text(RINA, no))
    (menu,) = stack.recorder.bodies()
    text = menu["interactive"]["body"]["text"]
    assert text.startswith(NOTHING_SENT[lang]) and UNCLEAR[lang] not in text
    assert "permit:menu" in menu_rows(menu) and "shell:unread" not in menu_rows(menu)  # never sent unasked


async def test_a_row_of_the_list_tapped_after_the_no_carries_the_words(stack: Stack, services: Recorder):
    await asked_which(stack, "en")
    await stack.say(wa.text(RINA, "no"))
    await stack.say(wa.list_reply(RINA, "shell:claimed:permit:mine", "Building permission"))
    await services.settle()
    (sent,) = [Inbound.model_validate(e.payload) for e in services.envelopes]
    assert (sent.reply_id, sent.text) == ("permit:mine", "my application")


async def test_a_no_after_half_an_hour_is_not_understood_as_before(stack: Stack):
    await asked_which(stack, "en")
    stack.clock.advance(minutes=31)
    await stack.say(wa.text(RINA, "no"))
    assert stack.recorder.bodies()[-1]["interactive"]["body"]["text"].startswith(UNCLEAR["en"])


async def test_a_no_at_the_menu_with_no_such_list_is_not_understood_as_before(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "no"))
    assert stack.recorder.bodies()[-1]["interactive"]["body"]["text"].startswith(UNCLEAR["en"])
