"""'certificate ta pathan' (send the certificate) just after looking at one of one's NOCs asked which NOC again;
the one just looked at is the one meant, and is sent, to its holder only."""
from __future__ import annotations

from casework_kit import RINA, TAPAN


async def test_the_certificate_asked_for_after_its_view_is_sent(citizen):
    rina = citizen(RINA)  # TNOC/2026/000045 and TNOC/2025/000310 in force
    await rina.tap("noc:view:TNOC/2025/000310")
    answer = await rina.say("certificate ta pathan")
    assert len(answer.pdfs) == 1 and "TNOC/2025/000310" in answer.text
    assert not any(c.startswith("noc:download:") for c in answer.choices)


async def test_half_an_hour_later_which_one_is_asked_again(citizen, clock):
    rina = citizen(RINA)
    await rina.tap("noc:view:TNOC/2025/000310")
    clock.advance(minutes=31)
    answer = await rina.say("send the certificate")
    assert not answer.pdfs and "Choose the one to send" in answer.text


async def test_someone_else_looking_at_it_is_not_sent_it(citizen):
    tapan = citizen(TAPAN)
    await tapan.tap("noc:view:TNOC/2025/000310")  # Rina's: its status only
    answer = await tapan.say("send the certificate")
    assert not answer.pdfs and "TNOC/2025/000310" not in answer.text
