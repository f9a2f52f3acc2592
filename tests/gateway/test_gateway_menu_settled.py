"""'menu' after only looking at a complaint said something half done was kept in Complaints for 30 minutes. A
service that has nothing of the person's in progress says so (``wa.session.settled``), and the menu then says
nothing is kept; a message sent to it since may begin something, and the menu says it is kept again."""
from __future__ import annotations

from datetime import timedelta

from gateway_kit import RINA, Stack

from gateway.state import GATEWAY
from shared.envelope import Envelope
from simulator import webhooks as wa

KEPT = "If you were in the middle of something in *Complaints*"


def text_of(body: dict) -> str:
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


async def settled(stack: Stack, service: str = "grievance", at: timedelta = timedelta()) -> None:
    await stack.client.app[GATEWAY].consume(Envelope(type="wa.session.settled", source=service,
                                                     occurred_at=stack.clock() + at,
                                                     payload={"service": service, "wa_id": RINA}))


async def menu_says(stack: Stack) -> str:
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu"))
    (menu,) = stack.recorder.bodies()
    return text_of(menu)


async def test_the_menu_after_only_looking_at_a_complaint_says_nothing_is_kept(stack: Stack):
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "en"))
    await stack.say(wa.list_reply(RINA, "grievance:view:GRV-2026-000004", "GRV-2026-000004"))
    stack.clock.advance(seconds=1)
    await settled(stack, "tourism")  # not the service she is with
    await settled(stack, at=-timedelta(minutes=5))  # of a message before her last one
    assert KEPT in await menu_says(stack)

    await stack.say(wa.list_reply(RINA, "grievance:view:GRV-2026-000004", "GRV-2026-000004"))
    stack.clock.advance(seconds=1)
    await settled(stack)
    said = await menu_says(stack)
    assert KEPT not in said and "kept" not in said

    await stack.say(wa.list_reply(RINA, "grievance:view:GRV-2026-000004", "GRV-2026-000004"))
    stack.clock.advance(seconds=1)
    await settled(stack)
    stack.clock.advance(seconds=1)
    await stack.say(wa.text(RINA, "the drain near the school is blocked"))  # may begin a complaint there
    assert KEPT in await menu_says(stack)
