"""A check-in typed at a 'too few rooms' list for dates that are also short of rooms for the group: the apology
names the dates it is about (the ones typed, not the ones before), in the person's script."""
from __future__ import annotations

from tourism_kit import too_few


async def test_a_typed_check_in_still_short_of_rooms_names_its_dates(make_guest):
    guest, told = await too_few(make_guest, via_dorm=True)
    assert "from 10 June 2026 to 12 June 2026" in told.text

    moved = await guest.say("11/06/2026")  # 11–13 June: the 11th has two free

    assert "only 2 rooms free from 11 June 2026 to 13 June 2026, not enough for 8 guests" in moved.text
    assert "on those dates" not in moved.text
    assert "tourism:dates" in moved.choices


async def test_the_dates_are_named_in_bengali_with_bengali_digits(make_guest):
    guest, _ = await too_few(make_guest, "bn", via_dorm=True)

    moved = await guest.say("১১ জুন")

    assert "১১ জুন ২০২৬ থেকে ১৩ জুন ২০২৬ পর্যন্ত এই ধরনের ঘর মাত্র ২টি খালি আছে, ৮ জনের জন্য যথেষ্ট নয়" in moved.text
    assert "ওই তারিখে" not in moved.text
