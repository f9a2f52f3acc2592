"""One's NOC or permission asked for again as the paper it is ("amar noc ta abar pathao", "send my NOC again",
"আমার এনওসি আবার পাঠান", "certificate ta abar dao") got the list of one's NOCs to look at, not the certificates to
send. Now the one in force is sent, several are listed to send (their rows the certificates), as "send the
certificate again" does; an application asked for again is no paper, and is read as before. The paper said lost
("licence ta hariye geche", "I lost my NOC") is sent again the same way."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, TAPAN, documents


@pytest.mark.parametrize("typed", ["amar noc ta abar pathao", "send my NOC again", "আমার এনওসি আবার পাঠান",
                                   "certificate ta abar dao", "licence ta abar din",
                                   # the paper said lost: "Sorry, I did not understand" or the list, before
                                   "licence ta hariye geche", "amar noc haray geche", "I lost my NOC"])
async def test_ones_nocs_asked_again_are_the_certificates_to_send(chat, typed):
    rina, _ = await chat("noc")  # two in force: TNOC/2026/000045, TNOC/2025/000310
    answer = await rina.say(typed)
    assert list(answer.choices)[:2] == ["noc:download:TNOC/2026/000045", "noc:download:TNOC/2025/000310"], (
        answer.choices)


async def test_a_row_picked_then_sends_that_certificate(chat):
    rina, _ = await chat("noc")
    await rina.say("amar noc ta abar pathao")
    assert documents(await rina.say("2")) == ["TNOC-2025-000310.pdf"]


async def test_ones_only_permission_in_force_asked_again_is_sent(chat):
    arjun, _ = await chat("permit", wa_id=ARJUN, lang="en")  # BP/BNK/2026/000045 approved, two under way
    answer = await arjun.say("amar permission ta abar pathao")
    assert documents(answer) == ["BP-BNK-2026-000045.pdf"], answer.text


async def test_ones_only_permission_said_lost_is_sent(chat):
    arjun, _ = await chat("permit", wa_id=ARJUN, lang="bn")
    answer = await arjun.say("আমার অনুমতি হারিয়ে গেছে")
    assert documents(answer) == ["BP-BNK-2026-000045.pdf"], answer.text


async def test_a_refused_nocs_holder_is_told_why_none_comes(chat):
    tapan, _ = await chat("noc", wa_id=TAPAN, lang="en")  # TNOC/2025/000190 rejected
    answer = await tapan.say("send my NOC again")
    assert not documents(answer) and "TNOC/2025/000190" in answer.text and "Rejected" in answer.text, answer.text
