"""At the list of one's own applications, NOCs or letters, a row's number typed ("2", "২", "no 2"), as people pick
from a list, got "Sorry, I did not understand" and the service's menu: the list was lost. The row of that number,
as the list shows them, is now what was tapped; a number past the list, one typed after something else was
answered, or long after, picks nothing."""
from __future__ import annotations

import pytest
from casework_kit import PUBLIC_URL, RINA, START, Citizen, Clock, service_runtime
from chat_kit import listening_bus

from services.noc.service import spec as noc_spec
from services.permit.service import spec as permit_spec

SPECS = {"permit": lambda: permit_spec(public_url=PUBLIC_URL),
         "noc": lambda: noc_spec(public_url=PUBLIC_URL, reminder_every=None)}


@pytest.fixture(name="chat")
async def chat_fixture(tmp_path):
    made = []

    async def chat(service: str, wa_id: str = RINA, lang: str = "bn"):
        clock = Clock(START)
        bus = await listening_bus("wa.outbound", f"{service}.#")
        runtime = service_runtime(SPECS[service](), bus, tmp_path / f"{service}.sqlite3", clock)
        await runtime.start()
        made.append((bus, runtime))
        return Citizen(bus, runtime.store, service, wa_id, lang=lang), clock

    yield chat
    for bus, runtime in made:
        await bus.drain()
        await runtime.stop(1.0)
        await bus.close(1.0)


def documents(answer) -> list[str]:
    return [r.payload["document"]["filename"] for r in answer.replies if r.payload.get("document")]


@pytest.mark.parametrize("typed", ["2", "২", "no 2", "2."])
async def test_a_row_number_at_ones_applications_opens_that_one(chat, typed):
    rina, _ = await chat("permit")
    listed = await rina.tap("permit:mine")  # 000102, 000101, 2023/000210
    assert list(listed.choices)[:3] == ["permit:view:BP/PUR/2026/000102", "permit:view:BP/PUR/2026/000101",
                                        "permit:view:BP/PUR/2023/000210"], listed.choices
    answer = await rina.say(typed)
    assert "*আবেদন BP/PUR/2026/000101*" in answer.text and "বুঝতে পারিনি" not in answer.text, answer.text


async def test_a_row_number_at_the_certificates_sends_that_one(chat):
    rina, _ = await chat("noc")
    await rina.say("certificate ta abar pathan")  # two in force: TNOC/2026/000045, TNOC/2025/000310
    assert documents(await rina.say("2")) == ["TNOC-2025-000310.pdf"]


async def test_a_row_number_at_ones_nocs_said_in_words_opens_that_one(chat):
    rina, _ = await chat("noc")
    await rina.say("amar trade licence er ki holo")
    answer = await rina.say("1")
    assert "*NOC TNOC/2026/000045*" in answer.text, answer.text


async def test_a_number_past_the_list_picks_nothing(chat):
    rina, _ = await chat("permit")
    await rina.tap("permit:mine")
    answer = await rina.say("4")
    assert "*আবেদন BP/PUR" not in answer.text and not documents(answer), answer.text


async def test_after_another_answer_the_old_list_is_gone(chat):
    rina, _ = await chat("permit")
    await rina.tap("permit:mine")
    await rina.tap("permit:status")  # the number's question: the list answered no more
    answer = await rina.say("2")
    assert "*আবেদন BP/PUR/2026/000101*" not in answer.text, answer.text


async def test_long_after_the_list_picks_nothing(chat):
    rina, clock = await chat("permit")
    await rina.tap("permit:mine")
    clock.advance(hours=1)
    answer = await rina.say("2")
    assert "*আবেদন BP/PUR/2026/000101*" not in answer.text, answer.text
