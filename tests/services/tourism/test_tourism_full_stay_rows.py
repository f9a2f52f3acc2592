"""The alternatives to a stay found full at the nights, before the group is known, say no count of rooms (it would
be one, for a group nobody has given yet); those offered at the quote still say the rooms the group needs."""
from __future__ import annotations

import pytest

DORM = "tinchuley-dorm"  # one room


def _lines(exchange) -> dict[str, str]:
    box = exchange.last.message["interactive"]
    return {row["id"]: row.get("description", "") for s in box["action"]["sections"] for row in s["rows"]}


@pytest.mark.parametrize("lang, night", [("en", "/night"), ("bn", "/রাত")])
async def test_the_alternatives_to_a_full_stay_say_no_count_of_rooms(make_guest, lang, night):
    await make_guest().book(DORM, "2026-12-31", nights=2, guests=2)
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2026-12-31")

    lines = _lines(await guest.tap("tourism:nights:2"))

    for id in ("tourism:altroom:tinchuley-double", "tourism:altdate:2027-01-02"):
        assert night in lines[id] and "room" not in lines[id] and "ঘর" not in lines[id]


async def test_the_alternatives_at_the_quote_still_count_the_rooms(make_guest):
    await make_guest().book("tinchuley-double", "2026-12-31", guests=6, rooms=3)
    guest = make_guest()

    lines = _lines(await guest.quote("tinchuley-double", "2026-12-31", guests=6, rooms=3))

    assert lines["tourism:altdate:2027-01-02"].startswith("3 rooms · ")
