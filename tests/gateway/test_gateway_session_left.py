"""The main menu ends a person's session with a service ("menu", "hi", "মেনু" in the middle of its conversation), and
that service is told (``wa.session.left.<service>``), so what it kept open for them there (payroll's PIN typed a
moment ago) can end with it, when it listens (``MenuEntry.hears_left``). A menu that ends no session, or ends one with a
service that does not listen, publishes nothing of the kind."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Recorder, Stack

from gateway.profiles import Profiles
from gateway.state import GATEWAY
from shared.bus import Bus
from shared.runtime import MenuEntry
from simulator import webhooks as wa


@pytest.fixture
async def left(bus: Bus) -> Recorder:
    recorder = Recorder(bus, queue="left", keys=("wa.session.left.#",), marker="test.left.marker")
    await recorder.start()
    return recorder


def _entry(service: str, **fields: bool) -> MenuEntry:
    return MenuEntry(service=service, title={"bn": "সেবা", "en": service.title()},
                     description={"bn": "বিবরণ", "en": f"About {service}"}, **fields)


async def test_the_service_the_menu_takes_the_person_from_is_told_and_only_then(stack: Stack, left: Recorder):
    await stack.announce_entry(_entry("tourism", hears_left=True))
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "en"))
    await stack.say(wa.text(RINA, "menu"))  # no session to end
    await left.settle()
    assert left.envelopes == []
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Tourism"))
    stack.clock.advance(seconds=30)
    await stack.say(wa.text(RINA, "মেনু"))
    await left.settle()
    (told,) = left.envelopes
    assert told.type == "wa.session.left.tourism" and told.payload == {"service": "tourism", "wa_id": RINA}
    assert told.occurred_at == stack.clock.now and told.source == "gateway"
    left.clear()
    await stack.say(wa.text(RINA, "hi"))  # the session ended already: nothing more to tell
    await left.settle()
    assert left.envelopes == []


async def test_a_service_that_does_not_listen_is_not_told(stack: Stack, left: Recorder):
    await stack.announce_entry(_entry("tourism"))
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "en"))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Tourism"))
    await stack.say(wa.text(RINA, "menu"))
    await left.settle()
    assert left.envelopes == []
    profile = await Profiles(stack.client.app[GATEWAY].store).get(RINA)
    assert profile.session_service is None  # the session ended all the same


async def test_an_announcement_of_an_earlier_version_without_the_flag_is_told(stack: Stack, left: Recorder):
    payload = _entry("tourism").as_payload()
    del payload["hears_left"]
    assert MenuEntry.from_payload(payload).hears_left
    await stack.announce_entry(MenuEntry.from_payload(payload))
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "en"))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Tourism"))
    await stack.say(wa.text(RINA, "menu"))
    await left.settle()
    assert [e.type for e in left.envelopes] == ["wa.session.left.tourism"]
