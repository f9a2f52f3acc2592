"""A complaint's number typed as people type it where they look at their complaints: its serial alone ("000004",
"04", "4" past the rows of their list), without GRV ("2026-000004", "2026 4"), or spaced their own way ("grv - 2026 -
000004", "GRV 2026 000 004", "GRV/2026/4"). It got "Sorry, I did not understand that", "There is no complaint
GRV-2026-000000 among yours", or was kept as words for the official; it now opens the person's own complaint with
that number. A row's number of their list is still that row; a number of none of theirs, another person's too, is
said to be none of theirs, with what a complaint's number looks like and their complaints listed.
"""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

THEIRS = "My old age pension has not come for three months."  # another person's complaint, GRV-2026-000002
UNCLEAR = "Sorry, I did not understand that"


async def three_of_mine(make_person, clock):
    """The person's complaints GRV-2026-000001, 000003 and 000004, listed 000004, 000003, 000001; 000002 is
    another person's, about a pension."""
    me, other = make_person(), make_person()
    assert await me.lodge() == "GRV-2026-000001"
    clock.advance(minutes=5)
    assert await other.lodge(category="pension", text=THEIRS) == "GRV-2026-000002"
    clock.advance(minutes=5)
    assert await me.lodge(category="roads", text="The road to the market has a deep hole.") == "GRV-2026-000003"
    clock.advance(minutes=5)
    assert await me.lodge(category="lights", text="The street light by the temple is dark.") == "GRV-2026-000004"
    return me


@pytest.mark.parametrize("typed", ["000004", "04", "০৪", "4", "2026-000004", "2026 4", "grv - 2026 - 000004",
                                   "GRV 2026 000 004", "GRV/2026/4", "no. 04", "নং ০০০০০৪"])
async def test_a_serial_or_a_number_typed_otherwise_at_the_list_opens_ones_own(make_person, clock, typed):
    me = await three_of_mine(make_person, clock)
    await me.tap("grievance:mine")
    view = await me.say(typed)
    assert "Complaint GRV-2026-000004" in view.text and "Subject: Street lights" in view.text, typed


@pytest.mark.parametrize(("typed", "row"), [("1", "GRV-2026-000004"), ("২", "GRV-2026-000003"),
                                            ("3", "GRV-2026-000001"), ("no 3", "GRV-2026-000001")])
async def test_a_rows_number_at_the_list_is_that_row(make_person, clock, typed, row):
    """"3" of three rows is the third row (000001), not the complaint numbered 3."""
    me = await three_of_mine(make_person, clock)
    await me.tap("grievance:mine")
    view = await me.say(typed)
    assert f"Complaint {row}" in view.text, typed


@pytest.mark.parametrize("typed", ["02", "000002", "2026-000002", "5", "000009"])
async def test_a_number_of_none_of_theirs_says_so_and_lists_theirs(make_person, clock, typed):
    me = await three_of_mine(make_person, clock)
    await me.tap("grievance:mine")
    said = await me.say(typed)
    assert "Complaint GRV-2026-000002" not in said.text and "Pension" not in said.text, typed
    assert "A complaint's number looks like GRV-2026-000123" in said.text, typed
    assert "among yours" in said.text or f"None of your complaints has the number {typed}" in said.text, typed
    assert set(said.last.choices) == {"grievance:view:GRV-2026-000004", "grievance:view:GRV-2026-000003",
                                      "grievance:view:GRV-2026-000001"}, typed


@pytest.mark.parametrize("typed", ["3", "03", "000003", "2026-3", "complaint no 3"])
async def test_at_the_complaints_start_a_serial_opens_ones_own(make_person, clock, typed):
    me = await three_of_mine(make_person, clock)
    home = await me.tap("grievance:menu")
    assert "type its number" in home.text
    view = await me.say(typed)
    assert "Complaint GRV-2026-000003" in view.text and "Subject: Roads" in view.text, typed


async def test_at_the_complaints_start_another_persons_serial_is_none_of_theirs(make_person, clock):
    me = await three_of_mine(make_person, clock)
    await me.tap("grievance:menu")
    said = await me.say("2")
    assert "None of your complaints has the number 2." in said.text and "GRV-2026-000002" not in said.text
    assert "Pension" not in said.text and "grievance:view:GRV-2026-000001" in said.last.choices


async def test_in_bengali_too(make_person):
    me, other = make_person(lang="bn"), make_person()
    await me.lodge()
    await other.lodge(category="pension", text=THEIRS)
    await me.tap("grievance:menu")
    view = await me.say("০১")
    assert "অভিযোগ GRV-2026-000001" in view.text
    await me.tap("grievance:menu")
    said = await me.say("০০০০০২")
    assert "আপনার কোনো অভিযোগের নম্বর ০০০০০২ নয়।" in said.text and "অভিযোগের নম্বর দেখতে এমন" in said.text
    assert "পেনশন" not in str(said) and "Pension" not in said.text


@pytest.mark.parametrize("typed", ["000003", "2026-000003", "GRV 2026 000 003"])
async def test_at_a_complaints_screen_another_of_theirs_opens(make_person, clock, typed):
    me = await three_of_mine(make_person, clock)
    await me.tap("grievance:view:GRV-2026-000001")
    view = await me.say(typed)
    assert "Complaint GRV-2026-000003" in view.text and "Subject: Roads" in view.text, typed


async def test_at_a_complaints_screen_a_count_alone_is_not_a_number(make_person, clock):
    """"3" there could be meant as a rating: it opens nothing, as before."""
    me = await three_of_mine(make_person, clock)
    await me.tap("grievance:view:GRV-2026-000001")
    said = await me.say("3")
    assert "Complaint GRV-2026-000003" not in said.text and UNCLEAR in said.text


async def test_a_serial_of_two_of_theirs_lists_them(person, clock):
    clock.now = datetime(2026, 12, 31, 18, 0, tzinfo=UTC)
    assert await person.lodge() == "GRV-2026-000001"
    clock.now = datetime(2026, 12, 31, 19, 0, tzinfo=UTC)
    assert await person.lodge(category="roads") == "GRV-2027-000001"
    await person.tap("grievance:menu")
    said = await person.say("000001")
    assert "More than one of your complaints has the number 000001" in said.text
    assert set(said.last.choices) == {"grievance:view:GRV-2027-000001", "grievance:view:GRV-2026-000001"}


async def test_a_spaced_number_at_any_step_is_that_complaint(person):
    """At the subject question too: "GRV 2026 00 00 01" was GRV-2026-000000, none of theirs."""
    await person.lodge()
    await person.tap("grievance:new")
    view = await person.say("GRV 2026 00 00 01")
    assert "Complaint GRV-2026-000001" in view.text
    assert "Complaint GRV-2026-000001" in (await person.tap("grievance:view:grv 2026 000 001")).text


async def test_a_serial_at_a_new_complaints_questions_is_no_number(person):
    """Only where complaints are looked at: at the subject list "000001" opens nothing."""
    await person.lodge()
    await person.tap("grievance:new")
    said = await person.say("000001")
    assert "Complaint GRV-2026-000001" not in said.text
