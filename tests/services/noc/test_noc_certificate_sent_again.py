"""Just after the certificate came, "aro ekbar pathan", "আবার পাঠান" or "khulche na" got "Sorry, I did not
understand" and the NOC menu. The same certificate is now sent again (see the permit's
test_permit_letter_sent_again)."""
from __future__ import annotations

import pytest
from casework_kit import RINA

CERTIFICATE = "TNOC-2026-000045.pdf"


def documents(answer) -> list[str]:
    return [r.payload["document"]["filename"] for r in answer.replies if r.payload.get("document")]


@pytest.mark.parametrize(("lang", "typed"), [("bn", "aro ekbar pathan"), ("bn", "আবার পাঠান"), ("bn", "khulche na"),
                                             ("en", "please send again")])
async def test_after_the_certificate_it_comes_again(citizen, lang, typed):
    rina = citizen(RINA, lang=lang)
    assert documents(await rina.tap("noc:download:TNOC/2026/000045")) == [CERTIFICATE]
    assert documents(await rina.say(typed)) == [CERTIFICATE]


async def test_the_one_tapped_from_the_list_comes_again(citizen):
    rina = citizen(RINA, lang="bn")
    await rina.say("certificate ta abar pathan")  # two in force: a list to tap
    assert documents(await rina.tap("noc:download:TNOC/2025/000310")) == ["TNOC-2025-000310.pdf"]
    assert documents(await rina.say("abar pathan")) == ["TNOC-2025-000310.pdf"]
