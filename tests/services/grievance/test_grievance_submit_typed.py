"""Submit typed at a complaint's summary in the words people use for it: only "submit", "জমা দিন" and "joma din"
lodged it; "জমা", "জমা করুন", "জমা করে দিন", "joma koro", "submit korun" were added to the description as more of
the problem ("বিবরণ: … জমা করুন"), and the summary came back, the complaint never lodged. They now lodge it, and the
description stays the person's own words."""
from __future__ import annotations

import pytest

from services.grievance.repository import Repositories

SAID = "স্কুলের পাশের টিউবওয়েল এক সপ্তাহ ধরে শুকনো।"


@pytest.mark.parametrize("typed", ["জমা", "জমা করুন", "জমা করো", "জমা করে দিন", "হ্যাঁ জমা দিন", "joma",
                                   "joma koro", "joma korun", "jama koro", "submit korun", "submit koro", "submit it"])
async def test_submit_in_other_words_lodges_the_complaint_and_keeps_the_description(make_person, typed):
    person = make_person(lang="bn")
    await person.draft(text=SAID)
    done = await person.say(typed)
    lodged = [e for e in done.events if e.type == "grievance.ticket.lodged"]
    assert lodged, done.text
    stored = await Repositories.of(person.store).tickets.get(lodged[0].payload["number"])
    assert stored is not None and stored.description == SAID


async def test_submit_in_other_words_at_change_lodges_it_too(make_person):
    person = make_person(lang="bn")
    await person.draft(text=SAID)
    await person.photo("pump-photo")
    await person.say("বদলান")
    done = await person.say("জমা করুন")
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and [m.id for m in stored.media] == ["pump-photo"] and stored.description == SAID
