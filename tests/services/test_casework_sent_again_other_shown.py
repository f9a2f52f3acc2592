"""Just after another person's application or NOC looked up by its number (its status only), "abar pathan", "send
again", "আবার পাঠান" (send it again, no letter named) answered "Sorry, I did not understand". It is now answered as
"chithi ta dao" there is: that letter goes only to the number given in its application, then the asker's own."""
from __future__ import annotations

import pytest
from casework_kit import TAPAN, captions, documents


def said(answer) -> str:
    return answer.text + captions(answer)


@pytest.mark.parametrize("typed", ["abar pathan", "send again", "আবার পাঠান"])
async def test_after_anothers_status_the_letter_sent_again_is_said_not_theirs(chat, typed):
    rina, _ = await chat("permit", lang="en")
    await rina.say("BP/PUR/2025/000988")  # Tapan's, rejected: its status only
    answer = await rina.say(typed)
    assert "The letter of that application goes only to the mobile number given in it" in said(answer), said(answer)
    assert "About your own application BP/PUR/2026/000101:" in said(answer), said(answer)
    assert documents(answer) == ["BP-PUR-2026-000101.pdf"] and "Tapan" not in said(answer)


async def test_a_nocs_certificate_alike_and_none_of_the_others_is_sent(chat):
    tapan, _ = await chat("noc", wa_id=TAPAN, lang="en")
    await tapan.say("TNOC/2026/000045")  # Rina's, in force: its status only
    answer = await tapan.say("send again")
    assert "The certificate of that NOC goes only to the mobile number given in its application" in said(answer)
    assert "About your own NOC TNOC/2025/000190:" in said(answer), said(answer)
    assert documents(answer) == [] and "TNOC/2026/000045" not in said(answer), said(answer)  # its number not said again


async def test_after_ones_own_view_it_is_sent_as_before(chat):
    rina, _ = await chat("permit", lang="en")
    await rina.say("BP/PUR/2026/000101")
    answer = await rina.say("abar pathan")
    assert documents(answer) == ["BP-PUR-2026-000101.pdf"] and "goes only to" not in said(answer), said(answer)
