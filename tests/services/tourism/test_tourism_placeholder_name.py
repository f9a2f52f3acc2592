""""WhatsApp User" is what WhatsApp shows for a profile with no name: never offered as the guest's name, and
refused when typed, as any other word that names nobody, so no voucher is made out to it."""
from __future__ import annotations

import pytest

from services.tourism.domain import Refused
from services.tourism.domain.guest import guest_name


@pytest.mark.parametrize("typed", ["WhatsApp User", "  whatsapp   USER ", "Guest", "unknown"])
def test_a_placeholder_typed_is_no_name(typed):
    with pytest.raises(Refused) as refused:
        guest_name(typed)
    assert refused.value.key == "name_placeholder"


@pytest.mark.parametrize("lang, reason, asked", [("en", "That is not a person's name.", "In whose name shall we book?"),
                                                 ("bn", "এটি কোনো মানুষের নাম নয়।", "কার নামে বুক করব?")])
async def test_whatsapp_user_typed_is_refused_and_the_name_asked_again(make_guest, lang, reason, asked):
    guest = make_guest(lang, name="WhatsApp User")
    await guest.tap("tourism:book")
    await guest.tap("tourism:room:lamahatta-cottage")
    await guest.tap("tourism:date:2026-12-25")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")

    refused = await guest.say("WhatsApp User")

    assert reason in refused.text and asked in refused.text
    assert not any(id.startswith("tourism:confirm:") for id in refused.choices)
