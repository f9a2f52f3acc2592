"""'menu' after only looking at a complaint said something half done was kept in Complaints for 30 minutes. A
service says whether something of the person's is in progress there when that changes (``wa.session.settled``);
the menu says something is kept only while that service's last word is that something is."""
from __future__ import annotations

from datetime import timedelta

from gateway_kit import RINA, Stack, text_of

from gateway.state import GATEWAY
from shared.envelope import Envelope
from simulator import webhooks as wa

KEPT = "If you were in the middle of something in *Complaints*"


async def said(stack: Stack, service: str = "grievance", *, settled: bool = True,
               at: timedelta = timedelta()) -> None:
    await stack.client.app[GATEWAY].consume(Envelope(type="wa.session.settled", source=service,
                                                     occurred_at=stack.clock() + at,
                                                     payload={"service": service, "wa_id": RINA, "settled": settled}))


async def menu_says(stack: Stack) -> str:
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu"))
    (menu,) = stack.recorder.bodies()
    return text_of(menu)


async def at_complaints(stack: Stack) -> None:
    await stack.say(wa.list_reply(RINA, "grievance:view:GRV-2026-000004", "GRV-2026-000004"))
    stack.clock.advance(seconds=1)


async def started(stack: Stack) -> None:
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "en"))


async def test_the_menu_after_only_looking_at_a_complaint_says_nothing_is_kept(stack: Stack):
    await started(stack)
    await at_complaints(stack)
    await said(stack, "tourism")  # not the service she is with
    assert KEPT in await menu_says(stack)

    await at_complaints(stack)
    await said(stack)
    assert "kept" not in await menu_says(stack)


async def test_the_services_last_word_stands_across_messages_until_it_says_otherwise(stack: Stack):
    await started(stack)
    await at_complaints(stack)
    await said(stack)
    await at_complaints(stack)  # another look: the service says nothing new, and nothing has changed
    await stack.say(wa.text(RINA, "ok"))
    assert "kept" not in await menu_says(stack)

    await at_complaints(stack)
    await stack.say(wa.text(RINA, "the drain near the school is blocked"))  # begins a complaint there
    await said(stack, settled=False)
    assert KEPT in await menu_says(stack)


async def test_words_heard_in_the_other_order_leave_the_later_one_standing(stack: Stack):
    await started(stack)
    await at_complaints(stack)
    await said(stack, settled=False, at=timedelta(seconds=2))
    await said(stack, settled=True, at=timedelta(seconds=1))  # said before it, heard after it
    assert KEPT in await menu_says(stack)

    await at_complaints(stack)
    await said(stack, settled=True, at=timedelta(seconds=3))
    assert "kept" not in await menu_says(stack)


async def test_a_word_without_the_flag_says_nothing_is_in_progress(stack: Stack):
    """As every service said it before the flag was added."""
    await started(stack)
    await at_complaints(stack)
    await stack.client.app[GATEWAY].consume(Envelope(type="wa.session.settled", source="grievance",
                                                     occurred_at=stack.clock(),
                                                     payload={"service": "grievance", "wa_id": RINA}))
    assert "kept" not in await menu_says(stack)
