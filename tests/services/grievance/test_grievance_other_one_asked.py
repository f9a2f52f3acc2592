"""At one's own complaint, the others asked after ("what about the other one?", "onno ta r ki khobor", "অন্যটার কী
খবর") were kept as a remark and offered to be SENT to that complaint's official. One's other complaints are listed
(the one shown left out), or one's only complaint said to be the only one; words that
tell of another problem ("the other one is also broken") are still a remark, kept and asked about."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR
from phone_kit import at_the_menu, has, words
from test_grievance_caption_pointing_lodged import lodged

ARJUN = "919800000002"  # GRV-2026-000001 water, resolved; 000002 street lights, in progress; 000005 rejected


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "what about the other one?", f"Besides complaint GRV-{YEAR}-000002, you have these."),
    ("en", "and the others?", f"Besides complaint GRV-{YEAR}-000002, you have these."),
    ("bn", "onno ta r ki khobor", f"অভিযোগ GRV-{YEAR}-000002 ছাড়া আপনার এই অভিযোগগুলি আছে।"),
    ("bn", "অন্যটার কী খবর", f"অভিযোগ GRV-{YEAR}-000002 ছাড়া আপনার এই অভিযোগগুলি আছে।"),
])
async def test_the_others_asked_at_a_complaint_are_listed_never_sent_to_its_official(system, lang, typed, said):
    arjun = await at_the_menu(system, ARJUN, lang, name="Arjun")
    await arjun.say(f"GRV-{YEAR}-000002", until=has("interactive"))
    got = await arjun.say(typed, until=has("interactive"))
    assert said in words(got), words(got)
    shown = str(got)
    assert f"grievance:view:GRV-{YEAR}-000001" in shown and f"grievance:view:GRV-{YEAR}-000005" in shown
    assert f"grievance:view:GRV-{YEAR}-000002" not in shown and "grievance:send:" not in shown


async def test_ones_only_complaint_is_said_to_be_the_only_one(system):
    phone, number = await lodged(*system[:2], "919811200301", "en")
    await phone.say(number, until=has("interactive"))
    got = await phone.say("what about the other one?", until=has("interactive"))
    assert f"Complaint {number} is your only complaint on this number: there is no other." in words(got), words(got)
    assert "grievance:send:" not in str(got)


async def test_the_other_one_said_broken_is_still_a_remark_kept_for_the_official(system):
    arjun = await at_the_menu(system, ARJUN, name="Arjun")
    await arjun.say(f"GRV-{YEAR}-000002", until=has("interactive"))
    got = await arjun.say("the other one is also broken", until=has("interactive"))
    assert f"grievance:send:GRV-{YEAR}-000002" in str(got) and "Besides" not in words(got), words(got)

