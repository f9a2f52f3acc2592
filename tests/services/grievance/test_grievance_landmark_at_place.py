"""Where the spot is, typed at the district, block or gram panchayat list of a complaint already described ("near the
school", "স্কুলের পাশে", "bazar er pashe"): "I could not find that name", and the words were dropped, so the office
never knew which lamp post or which tube well. They are added to the description, said so, and the list asked again;
the complaint's summary shows them. Typed before any description (a complaint begun with *New complaint*, its
subject tapped), they were dropped too: they are held, said so, the list asked again, and added under the description
once it is given. A question or a name mistyped is read as before."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words

from services.grievance.domain import DESCRIPTION_MAX
from services.grievance.repository import Repositories

STRANGER = "919800000077"
KALCHINI_GP = "grievance:gp:703506"


async def _at_the_panchayats(system, lang: str):
    phone = await at_the_menu(system, STRANGER, lang)
    await phone.say("street light not working" if lang == "en" else "রাস্তার আলো জ্বলছে না", until=has("interactive"))
    await phone.say("Kalchini", until=lambda m: KALCHINI_GP in choices(m))
    return phone


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "near the school", "is added to the complaint's description"),
    ("bn", "স্কুলের পাশে", "অভিযোগের বিবরণে যোগ করা হল"),
    ("bn", "bazar er pashe, ward no 5", "অভিযোগের বিবরণে যোগ করা হল"),
])
async def test_the_spot_is_kept_in_the_description_and_the_list_asked_again(system, lang, typed, said):
    phone = await _at_the_panchayats(system, lang)
    got = await phone.say(typed, until=has("interactive"))
    assert said in words(got) and typed in words(got), words(got)
    assert KALCHINI_GP in choices(got), choices(got)
    summary = await phone.tap(KALCHINI_GP, until=has("interactive"))
    assert typed in words(summary) and any(c.startswith("grievance:submit:") for c in choices(summary)), words(summary)


@pytest.mark.parametrize("typed", ["which one is mine?", "Xyzpur"])
async def test_a_question_or_another_name_is_read_as_before(system, typed):
    phone = await _at_the_panchayats(system, "en")
    got = await phone.say(typed, until=has("interactive"))
    assert "added to the complaint's description" not in words(got), words(got)
    assert KALCHINI_GP in choices(got), choices(got)


@pytest.mark.parametrize("lang, typed, said", [("en", "near the primary school", "will be added to the complaint's"),
                                                ("bn", "মন্দিরের সামনে", "অভিযোগের বিবরণে যোগ করা হবে")])
async def test_before_any_description_the_spot_is_held_and_added_under_it(system, lang, typed, said):
    phone = await at_the_menu(system, STRANGER, lang)
    await phone.tap("grievance:new", until=has("interactive"))
    await phone.tap("grievance:cat:water", until=lambda m: "grievance:dist:703" in choices(m))
    got = await phone.say(typed, until=has("interactive"))
    assert said in words(got) and typed in words(got) and "grievance:dist:703" in choices(got), words(got)
    await phone.tap("grievance:dist:703", until=lambda m: "grievance:blk:7035" in choices(m))
    await phone.tap("grievance:blk:7035", until=lambda m: KALCHINI_GP in choices(m))
    await phone.tap(KALCHINI_GP, until=has("text"))
    problem = "The tube well has given no water for two weeks"
    summary = await phone.say(problem, until=has("interactive"))
    assert f"{problem}\n{typed}" in words(summary), words(summary)


async def test_words_too_long_to_be_only_the_spot_are_not_held(system):
    phone = await at_the_menu(system, STRANGER)
    await phone.tap("grievance:new", until=has("interactive"))
    await phone.tap("grievance:cat:lights", until=has("interactive"))
    got = await phone.say("near the school " + "and the lamp by the pond " * 13, until=has("interactive"))
    assert "added to the complaint's description" not in words(got), words(got)



@pytest.mark.parametrize("length", [1995, 2600])  # the spot does not fit beside it; the description alone is too long
async def test_the_spot_held_stays_under_a_description_offered_trimmed(make_person, length):
    """A description too long to take the spot held under it was taken without it (the spot lost without a word), or
    offered trimmed and taken without it: its first part is cut so the spot fits, shown with it, and kept so."""
    person = make_person()
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    held = await person.say("near the primary school")
    assert "will be added to the complaint's" in held.text, held.text
    await person.tap(f"grievance:gp:{KALCHINI_GP.rsplit(':', 1)[1]}")
    problem = ("The tube well gives no water. " * 100)[:length]
    offered = await person.say(problem)
    assert offered.text.rstrip().endswith("\nnear the primary school") or "\nnear the primary school\n" in offered.text
    summary = await person.tap("grievance:trim:use")
    done = await person.tap(summary.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and stored.description.endswith("\nnear the primary school"), stored
    assert len(stored.description) <= DESCRIPTION_MAX and stored.description.startswith("The tube well gives no water.")
