"""The main menu ends a person's session with a service ("menu", "hi", "মেনু" in the middle of its conversation), and
that service is told (``wa.session.left.<service>``), so what it kept open for them there (payroll's PIN typed a
moment ago) can end with it. A menu that ends no session publishes nothing of the kind."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Recorder, Stack

from shared.bus import Bus
from simulator import webhooks as wa


@pytest.fixture
async def left(bus: Bus) -> Recorder:
    recorder = Recorder(bus, queue="left", keys=("wa.session.left.#",), marker="test.left.marker")
    await recorder.start()
    return recorder


async def test_the_service_the_menu_takes_the_person_from_is_told_and_only_then(stack: Stack, left: Recorder):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "en"))
    await stack.say(wa.text(RINA, "menu"))  # no session to end
    await left.settle()
    assert left.envelopes == []
    await stack.say(wa.list_reply(RINA, "tourism:menu", "Guest houses"))
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
