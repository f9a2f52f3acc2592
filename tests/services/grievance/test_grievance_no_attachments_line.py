"""A complaint's summary counts its photos and files only when it has some: after *Remove photos/files* at Change,
or with none sent, there is no 'Attachments: 0' (সংযুক্তি: ০) line to puzzle over."""
from __future__ import annotations


async def test_after_removing_the_photos_the_summary_has_no_attachments_line(person):
    await person.draft()
    summary = await person.photo("wrong-photo-1")
    assert "Attachments: 1" in summary.text
    change = await person.tap(summary.choice("grievance:change:"))
    removed = await person.tap(change.choice("grievance:unattach:"))
    assert "Description: The tube well near the school has been dry for a week." in removed.text
    assert "Attachments" not in removed.text
    right = await person.photo("right-photo")
    assert "Attachments: 1" in right.text


async def test_in_bengali_a_summary_without_photos_has_no_attachments_line(make_person):
    person = make_person(lang="bn")
    await person.draft("water", text="স্কুলের পাশের নলকূপে এক সপ্তাহ ধরে জল নেই।")
    summary = await person.photo("wrong-photo-bn")
    assert "সংযুক্তি: ১" in summary.text
    change = await person.tap(summary.choice("grievance:change:"))
    removed = await person.tap(change.choice("grievance:unattach:"))
    assert "বিবরণ: স্কুলের পাশের নলকূপে এক সপ্তাহ ধরে জল নেই।" in removed.text
    assert "সংযুক্তি:" not in removed.text and "সংযুক্তি: ০" not in removed.text


async def test_a_summary_of_a_complaint_never_given_a_photo_has_no_attachments_line(person):
    summary = await person.draft()
    assert "Description:" in summary.text and "Attachments" not in summary.text
