"""A group needing more rooms of a type than are free for the stay (eight for Tinchuley's double rooms with two
free) is told so plainly, with the others worked out for the group, rather than a rooms question with nothing to
choose; a tap on one asks the rooms for it."""
from __future__ import annotations

from tourism_kit import too_few


def _lines(exchange) -> dict[str, str]:
    box = exchange.last.message["interactive"]
    return {row["id"]: row.get("description", "") for s in box["action"]["sections"] for row in s["rows"]}


async def test_too_few_rooms_free_for_the_group_are_said_with_the_alternatives(make_guest):
    guest, told = await too_few(make_guest, via_dorm=True)

    assert "only 2 rooms free from 10 June 2026 to 12 June 2026, not enough for 8 guests" in told.text
    assert "How many rooms" not in told.text
    assert {"tourism:altdate:2026-06-12", "tourism:altdate:2026-06-08", "tourism:dates"} <= set(told.choices)
    assert _lines(told)["tourism:altdate:2026-06-12"] == "4 rooms · ₹1,800/night"
    moved = await guest.tap("tourism:altdate:2026-06-12")
    assert "8 guests need at least 4 rooms" in moved.text and "tourism:rooms:4" in moved.choices
    await guest.tap("tourism:rooms:4")
    quoted = await guest.tap("tourism:name:profile")
    assert "Confirm" in quoted.last.choices.values()


async def test_too_few_rooms_free_in_bengali(make_guest):
    _, told = await too_few(make_guest, "bn", via_dorm=True)

    assert "১০ জুন ২০২৬ থেকে ১২ জুন ২০২৬ পর্যন্ত এই ধরনের ঘর মাত্র ২টি খালি আছে, ৮ জনের জন্য যথেষ্ট নয়।" in told.text
    assert "tourism:altdate:2026-06-12" in told.choices
