"""Back at the list shown when rooms were lost at the quote goes one step back to where the choice can be made
again for what is free now: the rooms question (up to the rooms still free), the guests when no count of rooms
could hold the group, the nights when none is left; not the name question, which would only lose them again."""
from __future__ import annotations

from tourism_kit import DORM, DOUBLE


async def _lost_at_the_quote(make_guest, *, guests: int, rooms: int, taken: int, lang: str = "en", room=DOUBLE):
    """A group at the name question for Tinchuley's ``room`` 20–22 June 2026, ``taken`` of them booked by another
    guest before the name is given."""
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{room}")
    await guest.tap("tourism:date:2026-06-20")
    await guest.tap("tourism:nights:2")
    await guest.tap(f"tourism:guests:{guests}")
    if room == DOUBLE:
        await guest.tap(f"tourism:rooms:{rooms}")
    await make_guest().book(room, "2026-06-20", nights=2, guests=2 * taken, rooms=taken)
    told = await guest.tap("tourism:name:profile")
    assert "tourism:dates" in told.choices
    return guest


async def test_back_asks_the_rooms_again_up_to_those_still_free(make_guest):
    guest = await _lost_at_the_quote(make_guest, guests=4, rooms=4, taken=2)  # 3 left

    back = await guest.say("back")

    assert "How many rooms would you like? (up to 3)" in back.text
    assert "In whose name" not in back.text
    assert set(back.choices) == {"tourism:rooms:2", "tourism:rooms:3"}
    await guest.tap("tourism:rooms:3")
    quoted = await guest.tap("tourism:name:profile")
    assert quoted.choice("tourism:confirm:") and "3 rooms" in quoted.text


async def test_back_asks_the_guests_when_too_few_are_left_for_the_group_in_bengali(make_guest):
    guest = await _lost_at_the_quote(make_guest, guests=4, rooms=2, taken=4, lang="bn")  # 1 left, 2 needed

    back = await guest.tap("tourism:back")

    assert "কতজন অতিথি?" in back.text and "কার নামে বুক করব?" not in back.text
    named = await guest.tap("tourism:guests:2")  # two fit the one room left
    assert "কার নামে বুক করব?" in named.text


async def test_back_asks_the_nights_when_none_is_left(make_guest):
    guest = await _lost_at_the_quote(make_guest, guests=2, rooms=1, taken=1, room=DORM)

    back = await guest.say("back")

    assert "How many nights will you stay?" in back.text and "In whose name" not in back.text
