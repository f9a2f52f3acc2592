"""A sticker sent where no complaint is being put together (rating one, asking for a panchayat's report): said to be
no answer there, not that it cannot be added to a complaint, nor asked to send a photo of the problem."""
from __future__ import annotations

STICKER_AT_LODGING = ("A sticker cannot be added to a complaint", "স্টিকার অভিযোগে যোগ করা যায় না")


async def test_a_sticker_at_the_rating_is_no_rating(office):
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    done = await office.post(f"/api/grievance/tickets/{number}/status", headers=headers,
                             json={"status": "resolved", "atr": "The well was repaired."})
    assert done.status == 200
    await office.runtime.bus.drain()
    stars = await person.tap(f"grievance:accept:{number}")
    sticker = await person.photo("media-sticker-1", kind="sticker")
    assert "A sticker is no answer here" in sticker.text and "photo or voice note of the problem" not in sticker.text
    assert not any(said in sticker.text for said in STICKER_AT_LODGING)
    assert sticker.last.choices == stars.last.choices and not sticker.events


async def test_a_sticker_in_the_report_is_no_answer_in_bengali(make_person):
    person = make_person(lang="bn")
    districts = await person.tap("grievance:report")
    sticker = await person.photo("media-sticker-2", kind="sticker")
    assert "স্টিকার দিয়ে উত্তর হয় না" in sticker.text
    assert not any(said in sticker.text for said in STICKER_AT_LODGING)
    assert sticker.last.choices == districts.last.choices


async def test_a_sticker_while_lodging_is_still_said_not_to_be_added(make_person):
    person = make_person()
    await person.tap("grievance:new")
    sticker = await person.photo("media-sticker-3", kind="sticker")
    assert "A sticker cannot be added to a complaint" in sticker.text and "grievance:cat:water" in sticker.last.choices
