"""'noc 310 certificate', '310 er certificate', 'এনওসি ৩১০ এর শংসাপত্র': the certificate asked for by the serial alone
was only told the number's format. The certificate of one's own NOC with that serial is now sent, as 'send my
certificate again' sends it; one not issued yet is said to have none yet, and a serial none of one's own NOCs has is
said to be no NOC of theirs, nothing of another's shown."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA


def files(answer) -> list[str]:
    return [r.payload["document"]["filename"] for r in answer.replies if r.payload.get("document")]


@pytest.mark.parametrize(("lang", "said"), [("en", "noc 310 certificate"), ("en", "310 er certificate ta dao"),
                                            ("bn", "এনওসি ৩১০ এর শংসাপত্র"), ("bn", "আমার ৩১০ এর সার্টিফিকেট")])
async def test_ones_own_certificate_is_sent_by_its_serial(citizen, lang, said):
    answer = await citizen(RINA, lang=lang).say(said)  # TNOC/2026/000045 and TNOC/2025/000310 both in force
    assert files(answer) == ["TNOC-2025-000310.pdf"], answer.text


@pytest.mark.parametrize(("lang", "said", "expected"), [
    ("en", "noc 47 certificate", "The certificate TNOC/2026/000047 is not available: it is now *Under scrutiny*"),
    ("bn", "এনওসি ৪৭ এর শংসাপত্র", "TNOC/2026/000047"),
])
async def test_ones_own_noc_not_issued_yet_is_said_so(citizen, lang, said, expected):
    answer = await citizen(ARJUN, lang=lang).say(said)
    assert not files(answer) and expected in answer.text, answer.text


@pytest.mark.parametrize(("lang", "said", "expected"), [
    ("en", "noc 47 certificate", "None of your NOCs on this number has the serial number 47"),
    ("bn", "এনওসি ৪৭ এর শংসাপত্র", "এই নম্বরে আপনার কোনো NOC-র ক্রমিক নম্বর ৪৭ নয়"),
])
async def test_a_serial_none_of_ones_own_has_is_said_to_be_no_noc_of_theirs(citizen, lang, said, expected):
    answer = await citizen(RINA, lang=lang).say(said)  # TNOC/2026/000047 is Arjun's
    assert not files(answer) and expected in answer.text, answer.text
    assert "Arjun" not in answer.text and "অর্জুন" not in answer.text
