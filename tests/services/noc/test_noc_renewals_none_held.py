"""Someone with no NOC on their WhatsApp number who asked for renewals ("নবীকরণ", the Renewal due button) was told
none of their NOCs was due and that they would be reminded 30 days before one runs out: a reminder that can never
come, since none is registered to the number. They are now told that no NOC is registered to it, and how to see one
registered to another mobile; holders of NOCs none of which is due are still promised the reminder."""
from __future__ import annotations

import pytest
from casework_kit import stored

from services.noc.kind import KIND

STRANGER = "919812340002"
GP = {"code": "ajodhya", "name_bn": "অযোধ্যা", "name_en": "Ajodhya", "block": "Baghmundi", "district": "Purulia"}


@pytest.mark.parametrize(("lang", "said", "not_said"), [
    ("bn", "এই হোয়াটসঅ্যাপ নম্বরে কোনো NOC নথিভুক্ত নেই", "মনে করিয়ে দেব"),
    ("en", "No NOC is registered to this WhatsApp number", "We will remind you")])
async def test_no_noc_on_the_number_is_told_so_not_promised_a_reminder(citizen, lang, said, not_said):
    for asked in ("নবীকরণ", None):
        stranger = citizen(STRANGER, lang=lang)
        answer = await (stranger.say(asked) if asked else stranger.tap("noc:renewals"))
        assert said in answer.text and not_said not in answer.text, answer.text
        assert "noc:status" in answer.choices


async def test_a_holder_with_none_due_is_still_promised_the_reminder(citizen, runtime):
    await stored(runtime, KIND, {"number": "TNOC/2026/000950", "name_bn": "সুমন", "name_en": "Suman Mahato",
                                 "mobile": "9812340003", "gp": GP, "fee": 500, "trade_name": "Store 950",
                                 "premises": "Ajodhya More", "category": "retail"}, status="approved", days_ago=20)
    answer = await citizen("919812340003").tap("noc:renewals")  # issued 20 days ago, for a year
    assert "None of your NOCs is due for renewal. We will remind you" in answer.text, answer.text
