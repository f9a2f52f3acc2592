"""Lodging and following a complaint over the chat, on the real runtime and store (bus-level)."""
from __future__ import annotations

from grievance_kit import KALCHINI, KALCHINI_BLOCK, KALCHINI_GP

from services.grievance.repository import Repositories


async def test_lodge_by_location_with_a_photo_and_a_voice_note(person):
    home = await person.tap("grievance:menu")
    assert set(home.last.choices) == {"grievance:new", "grievance:mine", "grievance:report"}
    cats = await person.tap("grievance:new")
    assert "grievance:cat:water" in cats.last.choices and len(cats.last.choices) <= 10
    asked = await person.tap("grievance:cat:water")
    assert "location" in asked.text.lower()
    located = await person.share(*KALCHINI)
    assert "Kalchini Gram Panchayat, Kalchini block, Alipurduar district" in located.text
    described = await person.tap(located.choice("grievance:here:"))
    assert "Describe the problem" in described.text
    photo = await person.photo("media-photo-1")
    assert "Attachment received (1 so far)" in photo.text
    confirm = await person.say("The tube well near the primary school has been dry for a week.")
    assert "Attachments: 1" in confirm.text
    voice = await person.photo("media-voice-1", kind="voice")
    assert "Attachment received (2 so far)" in voice.text and "Attachments: 2" in voice.text
    done = await person.tap(voice.choice("grievance:submit:"))
    lodged = done.event("grievance.ticket.lodged")
    assert lodged["number"] == "GRV-2026-000001"
    assert (lodged["gp"], lodged["block"], lodged["district"], lodged["level"]) == (KALCHINI_GP, KALCHINI_BLOCK,
                                                                                    "703", "gp")
    assert lodged["media"] == 2 and lodged["located"] is True
    assert lodged["person"].startswith("p-") and person.wa_id not in str(lodged)
    assert "GRV-2026-000001" in done.text and "9 Mar 2026" in done.text
    assert "Kalchini Gram Panchayat office" in done.text


async def test_typed_answers_in_bengali_reach_the_same_complaint(make_person):
    person = make_person(lang="bn")
    await person.say("নতুন অভিযোগ")
    place = await person.say("পথবাতি")
    assert "grievance:dist:704" in place.last.choices
    blocks = await person.say("ঝাড়গ্রাম")
    assert "grievance:blk:7041" in blocks.last.choices
    gps = await person.tap("grievance:blk:7041")
    assert "grievance:gp:704101" in gps.last.choices
    asked = await person.say("আগুইবনি")
    assert "নিজের ভাষায় সমস্যাটি লিখুন (২,০০০ অক্ষর পর্যন্ত)" in asked.text
    confirm = await person.say("স্কুলের সামনের পথবাতি এক মাস ধরে জ্বলছে না।")
    assert "আগুইবনি গ্রাম পঞ্চায়েত, ঝাড়গ্রাম ব্লক, ঝাড়গ্রাম জেলা" in confirm.text
    done = await person.say("হ্যাঁ")
    lodged = done.event("grievance.ticket.lodged")
    assert (lodged["category"], lodged["gp"]) == ("lights", "704101")
    assert "অভিযোগ জমা হয়েছে" in done.text and "৯ মার্চ ২০২৬" in done.text
    mine = await person.say("আমার অভিযোগ")
    assert f"grievance:view:{lodged['number']}" in mine.last.choices
    back = await person.say("ফিরে")
    assert "grievance:new" in back.last.choices


async def test_long_lists_are_paged_ten_rows_at_most_and_every_panchayat_is_reachable(person):
    cats = await person.tap("grievance:new")
    first = list(cats.last.choices)
    assert len(first) == 10 and first[-1] == "grievance:cats:1"
    rest = await person.tap("grievance:cats:1")
    offered = {c for c in first + list(rest.last.choices) if c.startswith("grievance:cat:")}
    assert len(offered) == 12 and "grievance:cat:tourism_stay" not in offered
    await person.tap("grievance:cat:water")
    page = await person.tap("grievance:blk:7021")  # Kalimpong-I: 15 panchayats
    seen = [c for c in page.last.choices if c.startswith("grievance:gp:")]
    assert len(page.last.choices) == 10 and page.choice("grievance:blk:7021:") == "grievance:blk:7021:1"
    second = await person.tap("grievance:blk:7021:1")
    seen += [c for c in second.last.choices if c.startswith("grievance:gp:")]
    assert len(set(seen)) == 15 and second.choice("grievance:blk:7021:") == "grievance:blk:7021:0"


async def test_a_photo_sent_while_viewing_an_open_complaint_is_attached_to_it(person):
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    added = await person.photo("media-later-1")
    assert f"Added to complaint {number} (attachments now: 1)" in added.text
    again = await person.send(added.envelope)  # redelivered: the same answer, attached once
    assert again.text == added.text
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None and [m.id for m in stored.media] == ["media-later-1"]
    elsewhere = await person.tap("grievance:mine")
    assert elsewhere.last.choices
    lost = await person.photo("media-later-2")
    assert "start a complaint first" in lost.text
