"""A NOC holder's chat holds the language they chose at the menu, which their renewal reminder is written in: it is
kept a year and a month from that choice, so the reminder a year on still speaks it; after that the reminder is in
the certificate's own language. The certificates are never swept."""
from __future__ import annotations

from casework_kit import RINA, reminders_seen

from services.noc import reminders
from shared.envelope import Envelope
from shared.retention import INBOX, purge

DUE = "TNOC/2025/000310"  # the demo's NOC that runs out 20 days after the demo is loaded


async def chose(bus, clock, lang: str, days_ago: int) -> None:
    """The person chose ``lang`` at the gateway's menu ``days_ago``."""
    clock.advance(days=-days_ago)
    await bus.publish(Envelope(type="wa.person.lang_chosen", payload={"wa_id": RINA, "lang": lang}))
    await bus.drain()
    clock.advance(days=days_ago)


async def sweep(runtime, clock) -> None:
    """The runtime's hourly sweep, at the test's clock."""
    for keep in (INBOX, *runtime.spec.retention):
        await purge(runtime.store, keep, clock())


async def test_a_language_chosen_eleven_months_ago_is_the_reminders_language(runtime, bus, clock):
    await chose(bus, clock, "en", days_ago=335)
    await sweep(runtime, clock)
    assert await reminders.send_due(runtime.context) == 1
    await bus.drain()
    [reminder] = reminders_seen(bus)
    assert f"Your trade NOC {DUE}" in reminder.payload["message"]["text"]["body"]
    assert reminder.payload["template"]["template"]["language"] == {"code": "en"}


async def test_a_language_chosen_more_than_a_year_and_a_month_ago_is_swept(runtime, bus, clock):
    await chose(bus, clock, "en", days_ago=401)
    await sweep(runtime, clock)
    assert await runtime.store.collection("chats").get(RINA) is None
    assert await runtime.store.collection("nocs").get(DUE) is not None
    assert await reminders.send_due(runtime.context) == 1
    await bus.drain()
    [reminder] = reminders_seen(bus)
    assert reminder.payload["template"]["template"]["language"] == {"code": "bn"}  # the certificate's


async def test_a_language_chosen_again_counts_from_the_new_choice(runtime, bus, clock):
    await chose(bus, clock, "bn", days_ago=450)
    await chose(bus, clock, "en", days_ago=10)
    await sweep(runtime, clock)
    assert (await runtime.store.collection("chats").get(RINA))["lang"] == "en"
