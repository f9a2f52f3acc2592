"""Several photos sent one after another just after lodging (an album, or a few taken in turn) each brought the
question "add to the complaint just lodged, or a new one?" again; the question is asked once for them, the answer
takes all that came with it and says what went where, and one more photo much later is asked about again."""
from __future__ import annotations

from grievance_kit import KALCHINI_GP

from services.grievance.repository import Repositories


async def media_of(person, number: str) -> list[str]:
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None
    return [m.id for m in stored.media]


def unanswered(exchange) -> bool:
    """Nothing said back: the message only marked read."""
    return all(r.message.get("status") == "read" for r in exchange.replies)


async def test_photos_sent_one_after_another_are_asked_about_once_and_all_added(person, clock):
    number = await person.lodge()
    asked = await person.photo("burst-1")
    assert f"Complaint {number} was lodged just now" in asked.text
    for media_id in ("burst-2", "burst-3"):
        clock.advance(seconds=20)
        assert unanswered(await person.photo(media_id))  # the question on screen is about these too
    added = await person.tap(f"grievance:addto:{number}")
    assert added.text.startswith(f"Added to complaint {number}: 3 photos (attachments now: 3).")
    assert await media_of(person, number) == ["burst-1", "burst-2", "burst-3"]
    late = await person.photo("burst-4")  # one more of the same sending, after the answer: the same way
    assert f"Added to complaint {number} (attachments now: 4)" in late.text and "lodged just now" not in late.text
    assert await media_of(person, number) == ["burst-1", "burst-2", "burst-3", "burst-4"]


async def test_in_bengali_a_new_complaint_takes_them_all_and_says_so(make_person, clock):
    person = make_person(lang="bn")
    number = await person.lodge()
    await person.photo("burst-bn-1")
    assert unanswered(await person.photo("burst-bn-2"))
    assert unanswered(await person.photo("burst-bn-3", kind="voice"))
    begun = await person.tap("grievance:newwith")
    assert begun.text.startswith("নতুন অভিযোগে যুক্ত হয়েছে: ২টি ছবি ও একটি ভয়েস নোট।")
    await person.tap("grievance:cat:roads")
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "সংযুক্তি: ৩" in confirm.text
    assert await media_of(person, number) == []


async def test_a_file_sent_minutes_after_the_question_asks_again_with_all_that_wait(person, clock):
    number = await person.lodge()
    await person.photo("burst-a")
    assert unanswered(await person.photo("burst-b"))
    clock.advance(minutes=10)  # the question has long scrolled away
    again = await person.photo("burst-c")
    assert f"Complaint {number} was lodged just now" in again.text and "(3 so far)" in again.text
    assert list(again.last.choices) == [f"grievance:addto:{number}", "grievance:newwith"]
    added = await person.tap(f"grievance:addto:{number}")
    assert f"Added to complaint {number}: 3 photos (attachments now: 3)." in added.text


async def test_with_two_complaints_open_the_files_go_only_to_the_one_chosen(person, clock):
    first = await person.lodge()
    clock.advance(minutes=5)
    second = await person.lodge(category="roads", text="The road to the market is broken near the bridge.")
    asked = await person.photo("two-1")
    assert f"Complaint {second} was lodged just now" in asked.text
    assert unanswered(await person.photo("two-2"))
    await person.tap(f"grievance:addto:{second}")
    assert await media_of(person, second) == ["two-1", "two-2"] and await media_of(person, first) == []
    old = await person.tap(f"grievance:addto:{first}")  # no question ever named the first: nothing goes to it
    assert await media_of(person, first) == [] and "Added to complaint" not in old.text
