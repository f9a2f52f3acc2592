"""A room row from a list sent earlier, of another guest house (tapped after going back to the menu and choosing a
different one), was taken as the room, so a family could book in a guest house they did not mean; a guest-house row
of another district likewise. Such a row is now answered as belonging to an earlier message, with the question the
person is at. A made-up row (an id no list ever held) was answered "Sorry, nothing is open in that district right
now", which was false: it is now said not to be one of the list, and the question asked again."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import walk

STALE = {"en": "That choice is from an earlier message", "bn": "ওই বিকল্পটি আগের একটি বার্তার"}
NOT_LISTED = {"en": "That choice is not one of the list", "bn": "ওই বিকল্পটি তালিকার কোনোটি নয়"}
EMPTY = ("nothing is open", "কোনো থাকার জায়গা খোলা নেই")


async def at_tinchuley_after_lamahatta(http, base: str, wa_id: str, lang: str) -> Phone:
    """Lamahatta's rooms listed, back to the menu, and Tinchuley's rooms listed now."""
    phone = Phone(http, base, wa_id)
    await walk(phone, lang, "tourism:district:darjeeling", "tourism:property:lamahatta")
    rooms = await walk(phone, None, "tourism:district:darjeeling", "tourism:property:tinchuley")
    assert "tourism:room:tinchuley-double" in choices(rooms), choices(rooms)
    return phone


@pytest.mark.parametrize("n, lang", [(1, "en"), (2, "bn")])
async def test_an_old_room_row_of_another_guest_house_is_from_an_earlier_message(system, n, lang):
    http, base = system
    phone = await at_tinchuley_after_lamahatta(http, base, f"91980041{n:04d}", lang)

    again = await phone.tap("tourism:room:lamahatta-cottage", until=has("interactive"))

    assert STALE[lang] in words(again), words(again)
    assert "tourism:room:tinchuley-double" in choices(again), choices(again)
    assert not any(c.startswith("tourism:date:") for c in choices(again)), choices(again)
    dates = await phone.tap("tourism:room:tinchuley-double", until=has("interactive"))  # its own rows still work
    assert any(c.startswith("tourism:date:") for c in choices(dates)), choices(dates)


@pytest.mark.parametrize("n, lang", [(1, "en"), (2, "bn")])
async def test_an_old_guest_house_row_of_another_district_is_from_an_earlier_message(system, n, lang):
    http, base = system
    phone = await at_tinchuley_after_lamahatta(http, base, f"91980042{n:04d}", lang)
    await walk(phone, None, "tourism:district:jalpaiguri")

    again = await phone.tap("tourism:property:tinchuley", until=has("interactive"))

    assert STALE[lang] in words(again), words(again)
    assert "tourism:property:lataguri" in choices(again), choices(again)


@pytest.mark.parametrize("n, lang, row, listed", [
    (1, "en", "tourism:room:made-up-room", "tourism:room:tinchuley-double"),
    (2, "bn", "tourism:room:made-up-room", "tourism:room:tinchuley-double"),
    (3, "en", "tourism:property:made-up-house", "tourism:room:tinchuley-double"),
    (4, "bn", "tourism:property:made-up-house", "tourism:room:tinchuley-double")])
async def test_a_made_up_row_is_not_one_of_the_list(system, n, lang, row, listed):
    http, base = system
    phone = await at_tinchuley_after_lamahatta(http, base, f"91980043{n:04d}", lang)

    again = await phone.tap(row, until=has("interactive"))

    said = words(again)
    assert NOT_LISTED[lang] in said and not any(empty in said for empty in EMPTY), said
    assert listed in choices(again), choices(again)


async def test_a_made_up_guest_house_at_the_guest_houses_is_not_one_of_the_list(system):
    http, base = system
    phone = Phone(http, base, "919800440001")
    await walk(phone, "bn", "tourism:district:darjeeling")

    again = await phone.tap("tourism:property:made-up-house", until=has("interactive"))

    assert NOT_LISTED["bn"] in words(again), words(again)
    assert "tourism:property:lamahatta" in choices(again), choices(again)
