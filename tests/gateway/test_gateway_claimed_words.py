"""Words two services announced, typed at the menu ("how do I apply again": a permit's or a NOC's), are answered with
a list asking which service is meant. The row tapped reached that service with the row's title alone, so the words
were lost: a service reading them beside the tap ("I sent the papers", "apply again for my shop") could not. The words
are kept while the list is open, and the tap of one of its rows carries them, as the tap of a single service's words
does; kept no longer (sent on, or 30 minutes gone), the tap goes on with its title, as before."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from shared.chat import Inbound
from shared.runtime.spec import MenuEntry, Phrase
from simulator import webhooks as wa

WORDS = {"en": "what about the water tank", "bn": "জলের ট্যাঙ্কের কী হল"}


def routed(stack: Stack) -> list[tuple[str, str, str | None, str]]:
    found = [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload)) for e in stack.recorder.envelopes
             if e.type.startswith("wa.inbound.")]
    return [(service, inbound.kind, inbound.reply_id, inbound.text or "") for service, inbound in found]


async def asked_which(stack: Stack, lang: str) -> dict[str, str]:
    """Both services announce the words; the person, at the menu, types them and is asked which is meant."""
    for service in ("tourism", "grievance"):
        await stack.announce_entry(MenuEntry(service, title={"bn": f"{service} সেবা", "en": service.title()},
                                             description={"bn": "বিবরণ", "en": "About"},
                                             phrases=(Phrase("tank", r"water tank|জলের ট্যাঙ্ক"),)))
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, WORDS[lang]))
    (which,) = stack.recorder.bodies()
    assert which["interactive"]["type"] == "list" and routed(stack) == []
    ids = [row["id"] for row in which["interactive"]["action"]["sections"][0]["rows"]]
    return {service: next(i for i in ids if i.endswith(f"{service}:tank")) for service in ("tourism", "grievance")}


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_row_tapped_carries_the_words_to_its_service(stack: Stack, lang: str):
    rows = await asked_which(stack, lang)
    await stack.say(wa.list_reply(RINA, rows["grievance"], "Grievance"))
    assert routed(stack) == [("grievance", "reply", "grievance:tank", WORDS[lang])]


async def test_the_words_go_once_a_second_tap_of_the_list_carries_its_title(stack: Stack):
    rows = await asked_which(stack, "en")
    await stack.say(wa.list_reply(RINA, rows["tourism"], "Tourism"))
    await stack.say(wa.list_reply(RINA, rows["grievance"], "Grievance"))
    assert routed(stack) == [("tourism", "reply", "tourism:tank", WORDS["en"]),
                             ("grievance", "reply", "grievance:tank", "Grievance")]


async def test_a_row_tapped_after_half_an_hour_goes_on_without_the_words(stack: Stack):
    rows = await asked_which(stack, "en")
    stack.clock.advance(minutes=31)
    await stack.say(wa.list_reply(RINA, rows["tourism"], "Tourism"))
    assert routed(stack) == [("tourism", "reply", "tourism:tank", "Tourism")]


async def test_the_kept_words_are_not_offered_to_be_sent_unasked(stack: Stack):
    await asked_which(stack, "en")
    await stack.say(wa.text(RINA, "menu"))
    menu = stack.recorder.bodies()[-1]
    ids = [row["id"] for section in menu["interactive"]["action"]["sections"] for row in section["rows"]]
    assert "shell:unread" not in ids
