"""*Remove photos/files* at a draft complaint took every attachment off at once: a villager who sent three photos,
one of them wrong, had to send the two right ones again. With two or more attached it now lists them (Photo 1,
Photo 2, a document by its file name…) to remove the one tapped, with *Remove all* and *Back to summary*; after
removing one the summary comes back, Submit one tap away. A number typed at the list removes that one."""
from __future__ import annotations

from grievance_kit import KALCHINI_GP, Person

from services.grievance.repository import Repositories
from shared.chat import Media


def rows(reply) -> dict[str, str]:
    message = reply.message
    assert message["type"] == "interactive" and message["interactive"]["type"] == "list", message
    return {r["id"]: r["title"] for s in message["interactive"]["action"]["sections"] for r in s["rows"]}


async def _document(person: Person, media_id: str, filename: str):
    return await person.send(person.envelope(kind="media", media=Media(
        kind="document", id=media_id, mime_type="application/pdf", filename=filename)))


async def _listed(person: Person):
    await person.draft()
    await person.photo("pump-1")
    await person.photo("wrong-photo")
    summary = await _document(person, "bill-1", "ration-bill.pdf")
    assert "Attachments: 3" in summary.text
    change = await person.tap(summary.choice("grievance:change:"))
    return summary, await person.tap(change.choice("grievance:unattach:"))


async def test_one_of_three_photos_and_files_is_removed_and_the_rest_are_lodged(person):
    summary, listed = await _listed(person)
    draft = summary.choice("grievance:submit:").rsplit(":", 1)[1]
    assert rows(listed.last) == {
        f"grievance:unattach:{draft}:pump-1": "Photo 1", f"grievance:unattach:{draft}:wrong-photo": "Photo 2",
        f"grievance:unattach:{draft}:bill-1": "ration-bill.pdf", f"grievance:unattach:{draft}:all": "Remove all",
        f"grievance:summary:{draft}": "Back to summary"}
    removed = await person.tap(f"grievance:unattach:{draft}:wrong-photo")
    assert removed.text.startswith("Photo 2 was removed from this complaint; it will not be sent.")
    assert "Attachments: 2" in removed.text
    again = await person.tap(f"grievance:unattach:{draft}:wrong-photo")  # tapped twice: it is gone already
    assert "out of date" in again.text
    done = await person.tap(removed.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and [m.id for m in stored.media] == ["pump-1", "bill-1"]
    assert stored.media[1].filename == "ration-bill.pdf"


async def test_remove_all_and_back_to_summary_are_in_the_list(person):
    summary, listed = await _listed(person)
    back = await person.tap(listed.choice("grievance:summary:"))
    assert "Attachments: 3" in back.text and back.choice("grievance:submit:")
    change = await person.tap(back.choice("grievance:change:"))
    listed = await person.tap(change.choice("grievance:unattach:"))
    [everything] = [i for i in rows(listed.last) if i.endswith(":all")]
    removed = await person.tap(everything)
    assert removed.text.startswith("The 3 photos/files were removed from this complaint")
    assert "Attachments" not in removed.text


async def test_a_number_typed_at_the_list_removes_that_one(person):
    await _listed(person)
    removed = await person.say("2")
    assert removed.text.startswith("Photo 2 was removed") and "Attachments: 2" in removed.text
    change = await person.tap(removed.choice("grievance:change:"))
    await person.tap(change.choice("grievance:unattach:"))
    again = await person.say("7")  # no such one: the list again
    assert len(rows(again.last)) == 4 and "Attachments" not in again.text


async def test_in_bengali_and_a_voice_note_that_was_the_description(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    await person.photo("pump-bn")
    summary = await person.photo("voice-bn", kind="voice")
    change = await person.tap(summary.choice("grievance:change:"))
    listed = await person.tap(change.choice("grievance:unattach:"))
    titles = rows(listed.last)
    assert [t for i, t in titles.items() if ":unattach:" in i] == ["ছবি ১", "ভয়েস নোট ১", "সব সরান"]
    removed = await person.tap([i for i in titles if i.endswith(":voice-bn")][0])
    assert removed.text.startswith("ভয়েস নোট ১ এই অভিযোগ থেকে সরানো হয়েছে")
    assert not any(i.startswith("grievance:submit:") for i in removed.choices)  # its words went with it: asked
