"""The one word a villager types alone at the main menu for a service ("permit", "অনুমতি", "licence", "room", "beton")
takes them to that service's menu, in Bengali as in English; "permit" and "permission" were "Sorry, I did not follow
that" while "building permit" and "noc" worked. A word two services could mean is asked about, as before."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Recorder, Stack

from shared.chat import Inbound
from shared.bus.memory import InProcessBus
from simulator import webhooks as wa

SERVICES = ("grievance", "tourism", "permit", "noc", "payroll")


@pytest.fixture
async def services(bus: InProcessBus) -> Recorder:
    """Every service's queue, so that each is routable here (the stack's recorder binds tourism's and grievance's)."""
    recorder = Recorder(bus, queue="services", keys=tuple(f"wa.inbound.{name}" for name in SERVICES),
                        marker="test.marker.services")
    await recorder.start()
    return recorder


async def handed(services: Recorder) -> list[tuple[str, str | None, str | None]]:
    await services.settle()
    found = [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload)) for e in services.envelopes]
    return [(service, inbound.reply_id, inbound.text) for service, inbound in found]


@pytest.mark.parametrize("lang", ["en", "bn"])
@pytest.mark.parametrize(("word", "tap"), [
    ("permit", "permit:menu"), ("Permission", "permit:menu"), ("permits", "permit:menu"), ("anumoti", "permit:menu"),
    ("onumoti", "permit:menu"), ("অনুমতি", "permit:menu"), ("পারমিট", "permit:menu"), ("পারমিশন", "permit:menu"),
    ("bari", "permit:menu"), ("বাড়ি", "permit:menu"), ("building", "permit:menu"), ("ভবন", "permit:menu"),
    ("trade", "noc:menu"), ("ট্রেড", "noc:menu"),
    ("room", "tourism:menu"), ("রুম", "tourism:menu"), ("hotel", "tourism:menu"), ("kamra", "tourism:menu"),
    ("beton", "payroll:menu"), ("amar beton", "payroll:menu"), ("mayne", "payroll:menu"), ("মাইনে", "payroll:menu"),
    ("স্যালারি", "payroll:menu"),
])
async def test_the_word_alone_reaches_its_services_menu(stack: Stack, services: Recorder, word: str, tap: str,
                                                   lang: str):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    services.envelopes.clear()
    await stack.say(wa.text(RINA, word))
    assert await handed(services) == [(tap.split(":")[0], tap, word)]


@pytest.mark.parametrize(("word", "tap"), [
    ("building permit", "permit:menu"), ("noc", "noc:menu"), ("licence", "noc:menu"), ("license", "noc:menu"),
    ("trade licence", "noc:menu"), ("লাইসেন্স", "noc:menu"), ("ট্রেড লাইসেন্স", "noc:menu"),
    ("complaint", "grievance:new"), ("ovijog", "grievance:new"), ("অভিযোগ", "grievance:new"),
    ("tourism", "tourism:menu"), ("guest house", "tourism:menu"), ("booking", "tourism:menu"), ("বুকিং", "tourism:menu"),
    ("payslip", "payroll:slip"), ("pay slip", "payroll:slip"), ("বেতন", "payroll:menu"),
])
async def test_the_words_that_worked_still_do(stack: Stack, services: Recorder, word: str, tap: str):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    services.envelopes.clear()
    await stack.say(wa.text(RINA, word))
    assert await handed(services) == [(tap.split(":")[0], tap, word)]


@pytest.mark.parametrize("words", ["trade permit", "amar bari", "permit for my shop", "bari te jol nei"])
async def test_the_words_with_others_are_not_taken_as_the_word_alone(stack: Stack, services: Recorder, words: str):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    services.envelopes.clear()
    await stack.say(wa.text(RINA, words))
    assert not any(tap == "permit:menu" for _, tap, _ in await handed(services))
