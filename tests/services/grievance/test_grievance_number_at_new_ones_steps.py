"""One's complaint named by its word and number ("complaint 2", "অভিযোগ নং ২", "abhijog 2") at a new complaint's
subject or place question got "I could not find that name" and the list again, though at the main menu and the
complaints' start the same words open it. The word makes the figures a complaint's number there too: that one of
one's own opens; another's is none of theirs, never shown; a row's number typed alone still picks its row."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR
from phone_kit import Phone, has, words

ARJUN, RINA = "919800000002", "919800000001"  # Arjun's GRV-2026-000002: street lights, in progress


async def _at_new(system, wa_id: str, lang: str, *, place: bool = False) -> Phone:
    http, base = system
    phone = Phone(http, base, wa_id)
    await phone.start(lang)
    await phone.tap("grievance:menu", until=has("interactive"))
    await phone.tap("grievance:new", until=lambda m: "grievance:cat:water" in str(m))
    if place:
        await phone.tap("grievance:cat:water", until=lambda m: "grievance:dist:" in str(m))
    return phone


@pytest.mark.parametrize(("lang", "typed", "place"), [
    ("en", "complaint 2", False), ("bn", "অভিযোগ নং ২", False), ("bn", "abhijog 2", False),
    ("en", "complaint no. 2", True), ("bn", "অভিযোগ ২", True)])
async def test_the_word_and_number_open_ones_complaint(system, lang, typed, place):
    arjun = await _at_new(system, ARJUN, lang, place=place)
    got = await arjun.say(typed, until=has("interactive"))
    assert f"GRV-{YEAR}-000002" in words(got) and f"grievance:human:GRV-{YEAR}-000002" in str(got), (typed, words(got))


async def test_anothers_number_is_none_of_theirs(system):
    rina = await _at_new(system, RINA, "en")
    said = words(await rina.say("complaint 2", until=has("interactive")))
    assert "None of your complaints has the number" in said, said
    assert f"GRV-{YEAR}-000002" not in said and "Street lights" not in said, said


async def test_a_rows_number_alone_still_picks_its_row(system):
    arjun = await _at_new(system, ARJUN, "en")
    got = await arjun.say("2", until=has("interactive"))
    assert "grievance:dist:" in str(got) and f"GRV-{YEAR}-000002" not in words(got), words(got)
