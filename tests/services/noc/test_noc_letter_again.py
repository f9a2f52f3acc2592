"""'শংসাপত্র আবার পাঠান' / 'send the certificate again', without the number, asked for it even of someone with
certificates in force: with several they are now offered as a list to tap, one of them sent on the tap."""
from __future__ import annotations

import pytest
from casework_kit import RINA, TAPAN


@pytest.mark.parametrize(("lang", "said", "intro"), [
    ("en", "send the certificate again", "Choose the one to send"), ("bn", "শংসাপত্র আবার পাঠান", "কোনটি পাঠাব")])
async def test_several_certificates_in_force_are_offered_as_a_list(citizen, clock, lang, said, intro):
    answer = await citizen(RINA, lang=lang).say(said)  # TNOC/2026/000045 and TNOC/2025/000310 in force
    assert not answer.pdfs and intro in answer.text
    assert {"noc:download:TNOC/2026/000045", "noc:download:TNOC/2025/000310"} <= set(answer.choices)
    assert not any(c.startswith("noc:download:") and c.endswith(("000046", "000190")) for c in answer.choices)


async def test_a_tap_on_one_sends_it(citizen):
    rina = citizen(RINA)
    await rina.say("send the certificate again")
    answer = await rina.tap("noc:download:TNOC/2026/000045")
    assert len(answer.pdfs) == 1


async def test_with_ones_one_noc_not_in_force_it_says_why(citizen):
    answer = await citizen(TAPAN).say("send the certificate again")  # rejected: why, no number asked
    assert not answer.pdfs and "TNOC/2025/000190 is *Rejected*" in answer.text
    assert "Type your NOC certificate number" not in answer.text
