"""A trade NOC's certificate asked for in the permit chat ("download my NOC", "NOC certificate download") was
answered with a tap to the NOC menu, or with its number to the NOC's details: never the certificate. The tap is now
the one the NOC chat sends it by: its certificates in force ("noc:letters"), or the one typed ("noc:download:<n>"),
where the NOC service sends it to the mobile registered with it only. A NOC's status or number asked still goes to
the NOC menu or View; and the NOC chat hands a permission letter asked for to the permit service the same way."""
from __future__ import annotations

import pytest
from casework_kit import RINA, Phone
from phone_kit import has, words


@pytest.mark.parametrize("typed", ["download my NOC", "NOC certificate download", "amar trade licence er certificate",
                                   "আমার NOC শংসাপত্র ডাউনলোড"])
async def test_the_noc_certificate_is_the_noc_services_download(citizen, typed):
    answer = await citizen(RINA).say(typed)
    assert "noc:letters" in answer.choices, answer
    assert answer.choices["noc:letters"] == "NOC certificate"
    assert "tap *NOC certificate* below" in answer.text


async def test_with_its_number_that_certificate(citizen):
    answer = await citizen(RINA).say("please download TNOC/2026/45")
    assert "noc:download:TNOC/2026/45" in answer.choices, answer
    assert "TNOC/2026/45 is a trade NOC's number" in answer.text


@pytest.mark.parametrize(("typed", "tap"), [("status of my NOC", "noc:menu"),
                                            ("what is TNOC/2026/45 status", "noc:view:TNOC/2026/45")])
async def test_a_nocs_status_is_still_its_menu_or_view(citizen, typed, tap):
    answer = await citizen(RINA).say(typed)
    assert tap in answer.choices, answer


async def test_the_tap_sends_the_certificate_from_the_permit_chat(system):
    http, base, _ = system
    rina = Phone(http, base, RINA)
    await rina.start()
    await rina.tap("permit:menu", until=has("interactive"))
    offered = await rina.say("please download TNOC/2026/000045", until=has("interactive"))
    assert "NOC certificate" in words(offered)
    got = await rina.tap("noc:download:TNOC/2026/000045", until=has("document"))
    [certificate] = [m for m in got if m["type"] == "document"]
    assert certificate["document"]["filename"].startswith("TNOC-2026-000045")
