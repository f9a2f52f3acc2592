"""What a person says at the view of one of their complaints, in words or under a photo, is never lost: the words
under a photo are kept with it for the office and shown back to the person."""
from __future__ import annotations

from services.grievance.repository import Repositories

OFFICIAL = {"gp": "Kalchini"}


async def test_a_photo_with_words_at_the_view_keeps_them_for_the_office_and_says_so(office):
    person = office.person()
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    photo = await person.photo("PHOTO-STILL", caption=" still broken ")
    assert photo.text.startswith(f"Added to complaint {number} for the office: a photo, with your words under it:\n"
                                 "“still broken”\n(attachments now: 1)")
    assert f"Complaint {number}" in photo.text and not photo.events
    headers = await office.bearer("gp_official", **OFFICIAL)
    ticket = await (await office.get(f"/api/grievance/tickets/{number}", headers=headers)).json()
    assert [(m["id"], m["caption"]) for m in ticket["media"]] == [("PHOTO-STILL", "still broken")]
    bare = await person.photo("PHOTO-BARE")  # no words under it: said as before
    assert bare.text.startswith(f"Added to complaint {number} (attachments now: 2).")


async def test_in_bengali_the_words_under_a_photo_sent_while_asked_are_shown_and_the_question_stays(make_person):
    person = make_person(lang="bn")
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    await person.say("আজও জল আসেনি")
    photo = await person.photo("PHOTO-BN", caption="এখনও ভাঙা")
    assert photo.text.startswith(f"অভিযোগ {number}-এ অফিসের জন্য যোগ হয়েছে: একটি ছবি, সঙ্গে তার নিচে আপনার লেখা:\n"
                                 "“এখনও ভাঙা”")
    assert "“আজও জল আসেনি”" in photo.text  # the words typed before are still asked about
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None and [m.caption for m in stored.media] == ["এখনও ভাঙা"]
