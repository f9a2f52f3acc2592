"""The districts, blocks and gram panchayats offered as list rows are in the order of the names shown: for a person
writing Bengali, the Bengali names in Bengali order (আলিপুরদুয়ার, কালিম্পং, ঝাড়গ্রাম), not in the English names'."""
from __future__ import annotations

import unicodedata

from grievance_kit import ALIPURDUAR, KALCHINI_BLOCK


def in_order(names: list[str]) -> bool:
    return names == sorted(names, key=lambda name: unicodedata.normalize("NFC", name))


async def test_in_bengali_the_places_are_listed_in_bengali_order(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    districts = await person.tap("grievance:cat:water")
    shown = [t for i, t in districts.last.choices.items() if i.startswith("grievance:dist:")]
    assert shown == ["আলিপুরদুয়ার", "কালিম্পং", "ঝাড়গ্রাম"]
    blocks = await person.tap(f"grievance:dist:{ALIPURDUAR}")
    shown = [t for i, t in blocks.last.choices.items() if i.startswith("grievance:blk:")]
    assert len(shown) >= 3 and in_order(shown)
    gps = await person.tap(f"grievance:blk:{KALCHINI_BLOCK}")
    shown = [t for i, t in gps.last.choices.items() if i.startswith("grievance:gp:")]
    assert len(shown) >= 3 and in_order(shown)


async def test_in_english_in_english_order(person):
    await person.tap("grievance:new")
    districts = await person.tap("grievance:cat:water")
    assert [t for i, t in districts.last.choices.items() if i.startswith("grievance:dist:")] == [
        "Alipurduar", "Jhargram", "Kalimpong"]
    gps = await person.tap(f"grievance:blk:{KALCHINI_BLOCK}")
    shown = [t for i, t in gps.last.choices.items() if i.startswith("grievance:gp:")]
    assert len(shown) >= 3 and shown == sorted(shown)
