"""A row's number typed at a list ("1", "২", "2.", "no 3") picks that row as tapping it would: the district, the
guest house, the room type, the dates offered when a stay is not free, a booking; a number past the rows gets
the list again with the numbers it has. Where a number is an answer of its own (a date, a count) it stays one."""
from __future__ import annotations

import pytest
from tourism_kit import sold_out


def _rows(exchange) -> list[str]:
    return list(exchange.last.choices)


async def _same_as_tapping(make_guest, lang: str, before: list[str], typed: str, row: int):
    """What typing ``typed`` after the taps ``before`` answers, and what tapping the list's ``row`` (1 the top)
    answers a guest who tapped the same."""
    typing, tapping = make_guest(lang), make_guest(lang)
    for tap in before:
        await typing.tap(tap)
        shown = await tapping.tap(tap)
    return await typing.say(typed), await tapping.tap(_rows(shown)[row - 1])


@pytest.mark.parametrize("lang, typed, row", [("en", "1", 1), ("bn", "২", 2), ("en", "2.", 2), ("en", "no 3", 3)])
async def test_a_number_typed_at_the_districts_picks_that_district(make_guest, lang, typed, row):
    said, tapped = await _same_as_tapping(make_guest, lang, ["tourism:book"], typed, row)
    assert said.text == tapped.text and _rows(said) == _rows(tapped)
    assert "tourism:property:" in _rows(said)[0]


async def test_a_number_typed_at_the_guest_houses_and_room_types_picks_that_row(make_guest):
    said, tapped = await _same_as_tapping(make_guest, "en", ["tourism:book", "tourism:district:darjeeling"], "1", 1)
    assert said.text == tapped.text and _rows(said) == _rows(tapped) and "tourism:room:" in _rows(said)[0]
    said, tapped = await _same_as_tapping(make_guest, "bn", ["tourism:property:tinchuley"], "১", 1)
    assert said.text == tapped.text and _rows(said) == _rows(tapped) and "tourism:date:" in _rows(said)[0]


@pytest.mark.parametrize("lang, hint", [("en", "Type a number from 1 to "),
                                        ("bn", "১ থেকে ")])
async def test_a_number_past_the_rows_shows_the_list_again_with_its_range(make_guest, lang, hint):
    guest = make_guest(lang)
    listed = await guest.tap("tourism:book")

    again = await guest.say("9" if lang == "en" else "৯")

    assert _rows(again) == _rows(listed)
    assert again.text.startswith(hint) and ("or tap a row" in again.text or "চাপুন" in again.text)


async def test_a_number_past_a_list_of_one_row_names_that_one(make_guest):
    guest = make_guest()
    await guest.tap("tourism:book")
    await guest.say("1")  # Alipurduar: one guest house

    again = await guest.say("2")

    assert again.text.startswith("Type 1, or tap the row.") and _rows(again) == ["tourism:property:jayanti"]


async def test_a_number_typed_at_the_dates_offered_picks_that_stay(make_guest):
    guest = await sold_out(make_guest)
    listed = await guest.say("xyz")  # the 'not free' list again, as it stands
    assert _rows(listed)[1] == "tourism:altdate:2026-04-12"

    said = await guest.say("2")

    assert "12 April 2026" in said.text and "tourism:confirm:" in said.choice("tourism:confirm:")


async def test_a_number_typed_at_my_bookings_opens_that_booking(make_guest):
    guest = make_guest()
    await guest.book("lataguri-standard", "2026-06-10")
    await guest.tap("tourism:mine")

    opened = await guest.say("1")

    assert "PT-2026-000001" in opened.text and "Lataguri" in opened.text


async def test_a_number_where_a_count_is_asked_stays_the_count(make_guest):
    guest = make_guest()
    await guest.tap("tourism:book")
    await guest.tap("tourism:room:tinchuley-double")
    await guest.tap("tourism:date:2026-04-10")
    await guest.tap("tourism:nights:2")

    asked = await guest.say("3")  # three guests, though the list's third row would say so too

    assert any(row.startswith("tourism:rooms:2") for row in _rows(asked))


def test_the_main_menu_reads_a_numbered_row_the_same_way():
    from shared.back import row_number  # the main menu's reading, shared with the tourism lists

    assert [row_number(t) for t in ("1", "২", "2.", "no 3", "নং ৪", "0002", "11")] == [1, 2, 2, 3, 4, None, None]


@pytest.mark.parametrize("lang, typed, row", [("en", "the second one", 2), ("bn", "prothom ta", 1),
                                              ("bn", "দ্বিতীয়টা", 2), ("en", "3rd", 3), ("bn", "প্রথমটি", 1)])
async def test_a_row_named_by_its_place_in_words_picks_that_row(make_guest, lang, typed, row):
    """'prothom ta' (the first one), 'the second one', 'দ্বিতীয়টা' at a list were 'I could not recognise that name'."""
    said, tapped = await _same_as_tapping(make_guest, lang, ["tourism:book"], typed, row)
    assert said.text == tapped.text and _rows(said) == _rows(tapped)
    assert "tourism:property:" in _rows(said)[0]
