"""A list holding one guest house or one room, answered by pointing at it ("book it", "eta nibo", "এটাই") or with a
yes: told "I could not match that name", or "All right 👍" and the same list again, though it offered nothing else.
The list's only row is taken, as its tap; pointed at where the list holds more, how many there are is said and one is
asked to be chosen, the list again."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import walk

JAYANTI = ("tourism:district:alipurduar",)  # Alipurduar's one guest house
BISHNUPUR = ("tourism:district:bankura", "tourism:property:bishnupur")  # its one room


@pytest.mark.parametrize("n, lang, typed", [(1, "en", "book it"), (2, "bn", "eta nibo"), (3, "bn", "এটাই"),
                                            (4, "en", "yes")])
async def test_the_one_guest_house_is_taken(system, n, lang, typed):
    http, base = system
    phone = Phone(http, base, f"91980032{n:04d}")
    await walk(phone, lang, *JAYANTI)
    got = await phone.say(typed, until=has("interactive"))
    assert "tourism:room:jayanti-tent" in choices(got), (typed, words(got), choices(got))


@pytest.mark.parametrize("n, lang, typed", [(5, "en", "this one please"), (6, "bn", "ha"), (7, "bn", "ওটা দিন")])
async def test_the_one_room_is_taken(system, n, lang, typed):
    http, base = system
    phone = Phone(http, base, f"91980032{n:04d}")
    await walk(phone, lang, *BISHNUPUR)
    got = await phone.say(typed, until=has("interactive"))
    assert any(c.startswith("tourism:date:") for c in choices(got)), (typed, words(got), choices(got))


@pytest.mark.parametrize("n, lang, typed, said", [(8, "en", "book it", "There are 2 in the list: choose the one"),
                                                  (9, "bn", "এটাই", "তালিকায় ২টি আছে")])
async def test_where_there_are_more_which_one_is_asked(system, n, lang, typed, said):
    """Pointed at where the list holds more, "I could not match that name" said nothing of why: how many, and to
    choose one, the list again; none taken."""
    http, base = system
    phone = Phone(http, base, f"91980032{n:04d}")
    await walk(phone, lang, *JAYANTI, "tourism:property:jayanti")
    got = await phone.say(typed, until=has("interactive"))
    assert said in words(got), words(got)
    assert "tourism:room:jayanti-tent" in choices(got) and "tourism:room:jayanti-cottage" in choices(got), choices(got)
    assert not any(c.startswith("tourism:date:") for c in choices(got)), choices(got)
