"""A complaint number typed at the main menu with spaces around its dashes ("GRV - 2026 - 000002", "grv-2026 - 2")
got "Sorry, I did not follow that" with the menu, while "GRV-2026-000002" reached Complaints; an application number
with spaces around its slashes likewise. Such spacing now reads as the number written without it. A complaint number
written with slashes, as the applications' numbers are ("GRV/2026/000002"), is that complaint's too."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from services.grievance.conversation.words import ticket_number
from shared.chat import Inbound
from simulator import webhooks as wa


def routed(stack: Stack) -> list[tuple[str, str | None]]:
    return [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload).reply_id) for e in stack.recorder.envelopes
            if e.type.startswith("wa.inbound.")]


async def chosen(stack: Stack, lang: str = "en") -> None:
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()


@pytest.mark.parametrize("typed", ["GRV-2026-000002", "GRV - 2026 - 000002", "grv-2026 - 2", "GRV -2026- 000002",
                                   "GRV – 2026 – 000002", "grv - 2026 - 000002 er ki holo"])
async def test_a_complaint_number_with_spaced_dashes_reaches_complaints(stack: Stack, typed: str):
    await chosen(stack)
    await stack.say(wa.text(RINA, typed))
    ((service, tap),) = routed(stack)
    assert service == "grievance", typed
    assert tap is not None and tap.startswith("grievance:view:"), tap
    assert tap.replace(" ", "").upper().endswith(("2026-000002", "2026-2")), tap


@pytest.mark.parametrize("typed", ["GRV/2026/000002", "grv/2026/2", "GRV 2026/2", "GRV-2026/000002",
                                   "GRV / 2026 / 000002", "GRV/2026/000002 er ki holo"])
async def test_a_complaint_number_written_with_slashes_is_that_complaint(stack: Stack, typed: str):
    """Written as the permit's and the NOC's numbers are ("GRV/2026/000002"): "Sorry, I did not follow that", or
    ("GRV 2026/2") complaint "GRV-002026", before."""
    await chosen(stack)
    await stack.say(wa.text(RINA, typed))
    ((service, tap),) = routed(stack)
    assert service == "grievance", typed
    assert tap is not None and tap.startswith("grievance:view:"), tap
    assert ticket_number(tap.removeprefix("grievance:view:")) == "GRV-2026-000002", (typed, tap)


@pytest.mark.parametrize("typed", ["BP/PUR/2026/000102", "BP / PUR / 2026 / 000102", "bp/pur / 2026 /000102",
                                   "TNOC / 2026 / 000005", "TNOC - 2026 - 000005"])
async def test_an_application_number_with_spaced_slashes_reaches_its_service(stack: Stack, typed: str):
    await chosen(stack)
    await stack.say(wa.text(RINA, typed))
    assert routed(stack) == []  # no queue for building permission or trade NOC here: said to be unavailable
    assert text_of(stack.recorder.bodies()[-1]).startswith("Sorry, that service is not available right now"), typed


@pytest.mark.parametrize("typed", ["2026 - 27", "10 / 12", "ghar - 2"])
async def test_other_numbers_with_spaced_dashes_are_no_service_s(stack: Stack, typed: str):
    await chosen(stack)
    await stack.say(wa.text(RINA, typed))
    assert routed(stack) == [], typed
    assert not text_of(stack.recorder.bodies()[-1]).startswith("Sorry, that service is not available"), typed
