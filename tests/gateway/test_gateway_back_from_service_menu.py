""""back" at a service's own menu reached otherwise than by tapping it (its list left with *back*, a request typed
at the main menu that the menu itself answers) showed that menu again, and again: the gateway knew only a tap of the
menu's row as "at the service's menu". A service now says when its answer is its own menu (``wa.session.home``), and
"back" next is the main menu, one level up; the same service's later screens, another service's word, or a word the
person typed since, leave "back" to the service."""
from __future__ import annotations

from datetime import timedelta

from gateway_kit import RINA, Stack, text_of

from gateway.state import GATEWAY
from shared.envelope import Envelope
from simulator import webhooks as wa


async def at_home(stack: Stack, service: str = "grievance", *, at: timedelta = timedelta()) -> None:
    await stack.client.app[GATEWAY].consume(Envelope(type="wa.session.home", source=service,
                                                     occurred_at=stack.clock() + at,
                                                     payload={"service": service, "wa_id": RINA}))


async def started(stack: Stack) -> None:
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "en"))
    await stack.say(wa.list_reply(RINA, "grievance:mine", "My complaints"))  # talking to Complaints, not at its menu
    stack.clock.advance(seconds=1)


async def back(stack: Stack, typed: str = "back") -> tuple[list[Envelope], list[dict]]:
    stack.recorder.clear()
    await stack.say(wa.text(RINA, typed))
    return stack.recorder.of("wa.inbound.grievance"), stack.recorder.bodies()


async def test_back_after_the_service_said_its_menu_is_the_main_menu(stack: Stack):
    await started(stack)
    routed, _ = await back(stack)
    assert len(routed) == 1  # inside Complaints, "back" is its own: one step up there
    await at_home(stack)  # its answer was its menu
    for typed in ("back", "0", "ফিরে"):
        routed, (menu,) = await back(stack, typed)
        assert routed == [] and "Complaints" in str(menu) and "Guest houses" in str(menu), text_of(menu)
        await stack.say(wa.list_reply(RINA, "grievance:mine", "My complaints"))
        await at_home(stack, at=timedelta(seconds=1))
        stack.clock.advance(seconds=2)


async def test_another_services_word_or_a_word_typed_since_leave_back_to_the_service(stack: Stack):
    await started(stack)
    await at_home(stack, "tourism")  # not the service she is with
    routed, _ = await back(stack)
    assert len(routed) == 1

    stack.clock.advance(minutes=2)
    await stack.say(wa.text(RINA, "GRV-2026-000004"))  # typed after the service's word, which comes late
    await at_home(stack, at=-timedelta(minutes=1))
    routed, _ = await back(stack)
    assert len(routed) == 1


async def test_a_tap_inside_the_service_after_its_menu_leaves_back_to_it(stack: Stack):
    await started(stack)
    await at_home(stack)
    stack.clock.advance(seconds=1)
    await stack.say(wa.list_reply(RINA, "grievance:mine", "My complaints"))  # on from its menu: a list
    routed, _ = await back(stack)
    assert len(routed) == 1  # back to its menu, the service's own step
