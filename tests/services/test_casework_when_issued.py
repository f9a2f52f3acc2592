"""When one's case will come, asked without its number ("kobe pabo", "কবে পাব", "when will I get it"), got the list of
one's NOCs or applications again, also when they were issued long ago. Now those already issued are said to be
issued, their certificate or letter a tap away; the one still under way is said not issued yet and where it stands
(its status, the fee it waits for), its View a tap away. Several
under way, or only refused ones, are listed as before; nobody else's is named."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, TAPAN


@pytest.mark.parametrize("typed", ["kobe pabo", "কবে পাব", "when will I get it", "noc kobe pabo"])
async def test_issued_nocs_asked_when_are_said_issued_with_their_certificates(chat, typed):
    rina, _ = await chat("noc")  # TNOC/2026/000045 and TNOC/2025/000310, both issued
    answer = await rina.say(typed)
    assert "আপনার ২টি NOC ইতিমধ্যেই জারি হয়েছে।" in answer.text, answer.text
    assert {"noc:view:TNOC/2026/000045", "noc:view:TNOC/2025/000310", "noc:download:TNOC/2026/000045",
            "noc:download:TNOC/2025/000310"} <= set(answer.choices), answer.choices


async def test_the_noc_just_shown_asked_when_is_that_one_issued(chat):
    rina, _ = await chat("noc", lang="en")
    await rina.say("TNOC/2026/000045")
    answer = await rina.say("when will I get it")
    assert "Your NOC TNOC/2026/000045 has already been issued" in answer.text, answer.text
    assert list(answer.choices)[0] == "noc:download:TNOC/2026/000045" and "TNOC/2025/000310" not in answer.text


async def test_the_one_under_way_is_said_where_it_stands(chat):
    rina, _ = await chat("permit", lang="en")  # BP/PUR/2026/000102 waits for its fee; BP/PUR/2026/000101 approved
    answer = await rina.say("kobe pabo")
    assert "Your application BP/PUR/2026/000102 is not approved yet: it is now *Fee pending*." in answer.text, (
        answer.text)
    assert "Pay it at Baghmundi Gram Panchayat office" in answer.text, answer.text
    assert "Your application BP/PUR/2026/000101 has already been approved" in answer.text, answer.text
    assert {"permit:view:BP/PUR/2026/000102", "permit:download:BP/PUR/2026/000101"} <= set(answer.choices)


async def test_several_under_way_are_listed_as_before(chat):
    arjun, _ = await chat("noc", wa_id=ARJUN, lang="en")  # three under way, one issued
    answer = await arjun.say("kobe pabo")
    assert "You have 4 NOCs on this number" in answer.text and "already been issued" not in answer.text, answer.text


async def test_a_refused_ones_holder_is_not_told_of_an_issue(chat):
    tapan, _ = await chat("noc", wa_id=TAPAN, lang="en")
    answer = await tapan.say("when will I get it")
    assert "already been issued" not in answer.text and "TNOC/2025/000190" in answer.text, answer.text
