"""A holder whose only NOCs were refused or withdrawn who asked for renewals was told none was due and that they would
be reminded 30 days before one runs out: none ever will, as a refused or withdrawn NOC is not renewed. They are now
told so, and that a new NOC is applied for at the gram panchayat office or on the portal."""
from __future__ import annotations

import pytest
from casework_kit import SABINA, TAPAN


@pytest.mark.parametrize(("who", "lang", "said", "not_said"), [
    (SABINA, "bn", "নামঞ্জুর বা প্রত্যাহার হওয়া NOC-র নবীকরণ হয় না", "মনে করিয়ে দেব"),
    (TAPAN, "en", "a rejected or revoked NOC cannot be renewed", "We will remind you")])
async def test_holders_of_refused_or_withdrawn_nocs_only_are_told_none_can_be_renewed(citizen, who, lang, said,
                                                                                       not_said):
    answer = await citizen(who, lang=lang).tap("noc:renewals")
    assert said in answer.text and not_said not in answer.text, answer.text
    assert "noc:mine" in answer.choices
