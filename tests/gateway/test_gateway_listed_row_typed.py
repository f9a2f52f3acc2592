"""A number typed under a list the shell showed that is not the main menu picks that list's row, as one typed under
the menu picks the menu's: "1" under "Which service is this for?" ("my applications": building permission's or trade
NOC's) or under "You sent 2 numbers" ("GRV-2026-000001 GRV-2026-000002"). Before, it picked the main menu's row of
that number: "1" opened Complaints, "2" Tourism, and the words typed next ("what about the other one?") began a
complaint. A number past the list's rows is told how many it has, never the menu's row; once the menu is shown again,
or 30 minutes on, numbers are the menu's as before."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Recorder, Stack

from shared.bus.memory import InProcessBus
from shared.chat import Inbound
from simulator import webhooks as wa


@pytest.fixture
async def casework(bus: InProcessBus) -> Recorder:
    """Building permission's and trade NOC's queues, so that a row of the list of services reaches them here."""
    recorder = Recorder(bus, queue="casework", keys=("wa.inbound.permit", "wa.inbound.noc"),
                        marker="test.marker.casework")
    await recorder.start()
    return recorder


async def reached(recorder: Recorder) -> list[tuple[str, str | None, str | None]]:
    await recorder.settle()
    return [(e.type.rsplit(".", 1)[1], (inbound := Inbound.model_validate(e.payload)).reply_id, inbound.text)
            for e in recorder.envelopes]


def routed(stack: Stack) -> list[tuple[str, str | None, str | None]]:
    return [(e.type.rsplit(".", 1)[1], (inbound := Inbound.model_validate(e.payload)).reply_id, inbound.text)
            for e in stack.recorder.envelopes if e.type.startswith("wa.inbound.")]


async def at_the_menu(stack: Stack, lang: str = "en") -> None:
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()


async def listed(stack: Stack, typed: str, lang: str = "en") -> None:
    await at_the_menu(stack, lang)
    await stack.say(wa.text(RINA, typed))
    assert routed(stack) == [] and stack.recorder.bodies()[-1]["type"] == "interactive"
    stack.recorder.clear()


@pytest.mark.parametrize("lang, words, typed, to", [
    ("en", "my applications", "1", ("permit", "permit:mine", "my applications")),
    ("en", "my applications", "2", ("noc", "noc:mine", "my applications")),
    ("en", "my applications", "the second one", ("noc", "noc:mine", "my applications")),
    ("bn", "আমার আবেদন", "২", ("noc", "noc:mine", "আমার আবেদন")),
])
async def test_a_number_under_the_list_of_services_picks_its_row_with_the_words(stack: Stack, casework: Recorder, lang,
                                                                               words, typed, to):
    await listed(stack, words, lang)
    await stack.say(wa.text(RINA, typed))
    assert await reached(casework) == [to] and routed(stack) == []


@pytest.mark.parametrize("typed, view", [("1", "grievance:view:GRV-2026-000001"),
                                         ("2", "grievance:view:GRV-2026-000002")])
async def test_a_number_under_the_list_of_numbers_sent_picks_its_row(stack: Stack, typed: str, view: str):
    await listed(stack, "GRV-2026-000001 GRV-2026-000002")
    await stack.say(wa.text(RINA, typed))
    assert [(service, reply_id) for service, reply_id, _ in routed(stack)] == [("grievance", view)]


@pytest.mark.parametrize("lang, said", [
    ("en", "The list has 2 rows: type a number from 1 to 2"), ("bn", "তালিকায় ২টি সারি আছে"),
])
async def test_a_number_past_the_lists_rows_is_told_how_many_it_has(stack: Stack, casework: Recorder, lang: str,
                                                                    said: str):
    await listed(stack, "my applications" if lang == "en" else "আমার আবেদন", lang)
    await stack.say(wa.text(RINA, "5"))
    assert routed(stack) == [] and await reached(casework) == []
    (answer,) = stack.recorder.bodies()
    assert answer["text"]["body"].startswith(said)
    await stack.say(wa.text(RINA, "1"))  # the list is still the one a number picks from
    assert [service for service, _, _ in await reached(casework)] == ["permit"]


async def test_once_the_menu_is_shown_again_a_number_is_the_menus_row(stack: Stack):
    await listed(stack, "my applications")
    await stack.say(wa.text(RINA, "menu"))
    await stack.say(wa.text(RINA, "1"))
    assert [(service, reply_id) for service, reply_id, _ in routed(stack)] == [("grievance", "grievance:menu")]


async def test_half_an_hour_on_a_number_is_the_menus_row(stack: Stack):
    await listed(stack, "GRV-2026-000001 GRV-2026-000002")
    stack.clock.advance(minutes=31)
    await stack.say(wa.text(RINA, "2"))
    assert [(service, reply_id) for service, reply_id, _ in routed(stack)] == [("tourism", "tourism:menu")]


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "9", "The list has {count} rows: type a number from 1 to {count}"),
    ("bn", "৯", "তালিকায় {count}টি সারি আছে: ১ থেকে {count}-এর মধ্যে"),
])
async def test_a_number_past_the_menus_rows_is_told_how_many_it_has(stack: Stack, lang, typed, said):
    await at_the_menu(stack, lang)
    await stack.say(wa.text(RINA, "menu"))
    (menu,) = stack.recorder.bodies()
    rows = [r["id"] for s in menu["interactive"]["action"]["sections"] for r in s["rows"]]
    count = str(len(rows)).translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")) if lang == "bn" else str(len(rows))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, typed))
    (told,) = stack.recorder.bodies()
    assert said.format(count=count) in told["interactive"]["body"]["text"], told
    assert [r["id"] for s in told["interactive"]["action"]["sections"] for r in s["rows"]] == rows
    assert routed(stack) == []
