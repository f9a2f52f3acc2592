"""A complaint's summary with a photo or file attached was a list (Submit, Remove photos/files, Change place,
Discard), so Submit took two taps, open the list and then tap, for the most common complaint, one with a photo.
It is three buttons again, Submit, Change and Discard; Change asks what to change: the place, the photos/files
taken off, or back to the summary. The words typed instead of a tap work at both questions."""
from __future__ import annotations

from services.grievance.repository import Repositories


def buttons(reply) -> list[str]:
    message = reply.message
    assert message["type"] == "interactive" and message["interactive"]["type"] == "button", message
    return [b["reply"]["title"] for b in message["interactive"]["action"]["buttons"]]


async def test_submit_is_a_button_at_the_summary_with_a_photo_and_one_tap_lodges_it(person):
    await person.draft()
    summary = await person.photo("pump-photo")
    assert "Attachments: 1" in summary.text
    assert buttons(summary.last) == ["Submit", "Change", "Discard"]
    done = await person.tap(summary.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and [m.id for m in stored.media] == ["pump-photo"]


async def test_change_asks_what_to_change_and_goes_back_to_the_summary(person):
    await person.draft()
    summary = await person.photo("wrong-photo")
    change = await person.tap(summary.choice("grievance:change:"))
    assert buttons(change.last) == ["Change place", "Remove photos/files", "Back to summary"]
    assert "Attachments: 1" not in change.text and "change" in change.text.lower()
    again = await person.tap(change.choice("grievance:summary:"))
    assert "Attachments: 1" in again.text and buttons(again.last) == ["Submit", "Change", "Discard"]
    place = await person.tap(change.choice("grievance:dists"))
    assert "district" in place.text.lower()
    again = await person.say("back")  # from the districts: the summary
    assert "Attachments: 1" in again.text
    change = await person.tap(again.choice("grievance:change:"))
    removed = await person.tap(change.choice("grievance:unattach:"))
    assert removed.text.startswith("The photo/file was removed from this complaint")
    assert "Attachments" not in removed.text and buttons(removed.last) == ["Submit", "Change place", "Discard"]


async def test_words_typed_at_the_summary_and_at_change_work_as_the_taps(person):
    await person.draft()
    summary = await person.photo("wrong-photo")
    place = await person.say("change place")
    assert "district" in place.text.lower() and "change place" not in place.text.lower()
    summary = await person.say("back")  # from the districts of Change place: the summary
    assert "Attachments: 1" in summary.text and "change place" not in summary.text.lower()
    removed = await person.say("remove photo")
    assert "Attachments" not in removed.text and "remove photo" not in removed.text.lower()
    await person.photo("right-photo")
    change = await person.say("change")
    assert buttons(change.last) == ["Change place", "Remove photos/files", "Back to summary"]
    back = await person.say("back")
    assert "Attachments: 1" in back.text and buttons(back.last) == ["Submit", "Change", "Discard"]
    await person.tap(back.choice("grievance:change:"))
    removed = await person.say("remove photos")
    assert removed.text.startswith("The photo/file was removed") and "Attachments" not in removed.text
    await person.photo("right-photo-2")
    await person.say("change")
    place = await person.say("change place")
    assert "district" in place.text.lower()
    summary = await person.say("back")
    await person.tap(summary.choice("grievance:change:"))
    done = await person.say("submit")
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and [m.id for m in stored.media] == ["right-photo-2"]
    assert "remove" not in stored.description.lower() and "change" not in stored.description.lower()


async def test_in_bengali_the_buttons_fit_and_jama_din_typed_at_change_lodges_it(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    await person.tap("grievance:gp:703506")
    await person.say("স্কুলের পাশের টিউবওয়েল এক সপ্তাহ ধরে শুকনো।")
    summary = await person.photo("pump-photo")
    assert buttons(summary.last) == ["জমা দিন", "বদলান", "বাতিল করুন"]
    change = await person.say("বদলান")
    titles = buttons(change.last)
    assert titles == ["জায়গা বদলান", "ছবি/ফাইল সরান", "সারাংশে ফিরুন"]
    assert all(len(title) <= 20 for title in titles + buttons(summary.last))
    place = await person.say("জায়গা বদলান")
    assert "জেলা" in place.text
    summary = await person.say("ফিরে যান")
    await person.say("ছবি সরান")
    await person.photo("pump-photo-2")
    await person.say("বদলান")
    done = await person.say("জমা দিন")
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and [m.id for m in stored.media] == ["pump-photo-2"]
    assert "বদলান" not in stored.description and "সরান" not in stored.description
