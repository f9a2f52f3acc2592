"""A wrong photo or file sent with a complaint being drafted: the summary offered no way to take it back, so it went
to the office with the complaint. With attachments the summary offers *Remove photos/files*, which takes them off
the draft (none reaches the office) and says so: one, or all of them from the list it shows with two or more; the
right ones may be sent again before Submit. It is under *Change*, beside Submit and Discard."""
from __future__ import annotations

from services.grievance.repository import Repositories


async def test_the_photos_of_a_draft_can_be_removed_before_it_is_submitted(person):
    await person.draft()
    await person.photo("wrong-photo-1")
    summary = await person.photo("wrong-photo-2")
    assert "Attachments: 2" in summary.text
    confirm = await person.tap(summary.choice("grievance:change:"))
    assert confirm.last.choices[confirm.choice("grievance:unattach:")] == "Remove photos/files"
    listed = await person.tap(confirm.choice("grievance:unattach:"))
    [everything] = [i for i in listed.last.choices if i.endswith(":all")]
    removed = await person.tap(everything)
    assert removed.text.startswith("The 2 photos/files were removed from this complaint")
    assert "Attachments" not in removed.text and not any(i.startswith("grievance:unattach:") for i in removed.choices)
    again = await person.tap(confirm.choice("grievance:unattach:"))  # tapped twice: nothing is left to remove
    assert "out of date" in again.text
    right = await person.photo("right-photo")
    assert "Attachments: 1" in right.text
    done = await person.tap(right.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and [m.id for m in stored.media] == ["right-photo"]


async def test_in_bengali_and_a_voice_note_that_was_the_description_asks_for_one(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    await person.tap("grievance:gp:703506")
    summary = await person.photo("wrong-voice", kind="voice")
    confirm = await person.tap(summary.choice("grievance:change:"))
    assert confirm.last.choices[confirm.choice("grievance:unattach:")] == "ছবি/ফাইল সরান"
    removed = await person.tap(confirm.choice("grievance:unattach:"))
    assert removed.text.startswith("ছবি/ফাইলটি এই অভিযোগ থেকে সরানো হয়েছে")
    assert "সমস্যাটি" in removed.text or "বিবরণ" in removed.text  # the description is asked again
    assert not any(i.startswith("grievance:submit:") for i in removed.choices)
