"""A stay found full for a group already given (eight, with too few double rooms free, then another date typed where
none is free) offers the alternatives worked out for that group, counting its rooms, not those for one guest."""
from __future__ import annotations

from tourism_kit import DOUBLE, too_few


def _lines(exchange) -> dict[str, str]:
    box = exchange.last.message["interactive"]
    return {row["id"]: row.get("description", "") for s in box["action"]["sections"] for row in s["rows"]}


async def test_a_full_stay_for_a_group_given_offers_what_takes_the_group(make_guest):
    await make_guest().book(DOUBLE, "2026-06-20", nights=2, guests=10, rooms=5)
    guest, _ = await too_few(make_guest, via_dorm=True)

    full = await guest.say("20/06/2026")

    lines = _lines(full)
    assert "tourism:altroom:tinchuley-dorm" not in lines  # six beds: not for eight
    assert lines["tourism:altdate:2026-06-22"] == "4 rooms · ₹1,800/night"
    moved = await guest.tap("tourism:altdate:2026-06-22")
    assert "8 guests need at least 4 rooms" in moved.text
