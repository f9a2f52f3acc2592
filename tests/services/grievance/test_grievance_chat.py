"""Lodging and following a complaint over the chat, on the real runtime and store (bus-level)."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from grievance_kit import KALCHINI, KALCHINI_BLOCK, KALCHINI_GP

from services.grievance.conversation.words import meaning
from services.grievance.repository import Repositories
from services.grievance.service import TEXTS


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


async def test_a_ticket_number_typed_with_a_phones_dashes_opens_the_complaint(person):
    """An en dash, a minus sign or a non-breaking hyphen between the parts, as a phone's smart punctuation
    or a copied paper gives them: the gateway routes such a number here, so it is read here too."""
    number = await person.lodge()
    assert number == "GRV-2026-000001"
    for typed in ("GRV\u20132026\u2013000001", "grv\u22122026\u22121", "GRV\u20112026\u2011১"):
        view = await person.say(typed)
        assert "Complaint GRV-2026-000001" in view.text and "Status: Lodged" in view.text, typed


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


async def test_a_photo_sent_while_viewing_an_open_complaint_is_attached_to_it(person, clock):
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
    clock.advance(minutes=31)  # the complaint was not lodged just now (``test_grievance_just_lodged``)
    another = await person.photo("media-later-2")  # no complaint on screen: it begins a new one
    assert another.text.startswith("Your photo is attached to a new complaint.")


async def test_a_location_near_no_office_before_the_subject_asks_for_the_subject_then_the_place(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:menu")
    far = await person.share(22.0, 88.0)
    assert "কোনো পঞ্চায়েতের কাছে নয়" in far.text and "grievance:cat:water" in far.choices
    await person.tap("grievance:dist:703")  # the district list of an older message, tapped before the subject
    await person.tap("grievance:blk:7035")
    asked = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "ওই বিকল্পটি আর প্রযোজ্য নয়" not in asked.text and "grievance:cat:water" in asked.choices
    described = await person.tap("grievance:cat:water")
    assert "নিজের ভাষায় সমস্যাটি লিখুন" in described.text
    confirm = await person.say("স্কুলের পাশের নলকূপে এক সপ্তাহ ধরে জল নেই।")
    assert "বিষয়: পানীয় জল" in confirm.text and "কালচিনি গ্রাম পঞ্চায়েত" in confirm.text
    done = await person.tap(confirm.choice("grievance:submit:"))
    lodged = done.event("grievance.ticket.lodged")
    assert (lodged["category"], lodged["gp"], lodged["located"]) == ("water", KALCHINI_GP, True)


async def test_a_panchayat_typed_before_the_subject_asks_for_the_subject_then_the_description(person):
    await person.tap("grievance:new")
    await person.tap("grievance:dists")
    await person.tap("grievance:blk:7035")
    asked = await person.say("Kalchini")
    assert "What is the complaint about?" in asked.text and "grievance:cat:roads" in asked.choices
    await person.tap("grievance:cat:roads")
    confirm = await person.say("The road to Latabari market is broken in three places.")
    assert "Subject: Roads" in confirm.text


async def test_names_are_found_within_the_chosen_place_and_a_category_by_one_of_its_words(make_person):
    person = make_person(lang="bn")
    await person.say("নতুন অভিযোগ")
    place = await person.say("জল")
    assert "grievance:dist:704" in place.last.choices
    await person.say("ঝাড়গ্রাম")
    blocks = await person.say("Binpur 1")
    assert "grievance:gp:704203" in blocks.last.choices
    await person.tap("grievance:blk:7047")  # Nayagram
    asked = await person.say("Baligeria")  # also a panchayat of Jamboni: found in the block being looked at
    assert "নিজের ভাষায় সমস্যাটি লিখুন" in asked.text
    confirm = await person.say("বালিগেড়িয়া বাজারের নলকূপ দু-সপ্তাহ ধরে খারাপ।")
    assert "বিষয়: পানীয় জল" in confirm.text and "বালিগেড়িয়া গ্রাম পঞ্চায়েত, নয়াগ্রাম ব্লক" in confirm.text


async def test_a_block_or_panchayat_typed_with_a_slip_of_a_letter_is_found_but_not_guessed_between_two(make_person):
    """'kalchni' for Kalchini was 'I could not find that name', as the district's name with a slip was not."""
    person = make_person()
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    await person.say("Alipurduar")
    two = await person.say("alipurdur")  # Alipurduar-I and Alipurduar-II alike: the list again
    assert "could not find that name" in two.text and "grievance:blk:7031" in two.last.choices
    gps = await person.say("kalchni")
    assert f"grievance:gp:{KALCHINI_GP}" in gps.last.choices
    asked = await person.say("Latabri")
    assert "Describe the problem" in asked.text
    confirm = await person.say("The tube well near the school has been dry for a week.")
    assert "Latabari Gram Panchayat, Kalchini block" in confirm.text


async def test_no_or_cancel_at_the_summary_asks_then_discard_drops_the_draft_and_a_short_addition_is_added(
        make_person):
    person = make_person(lang="bn")
    await person.draft("roads", text="লাতাবাড়ি বাজারের রাস্তা তিন জায়গায় ভাঙা।")
    added = await person.say("মে থেকে।")  # short, but the description as a whole is long enough
    assert "অন্তত ১০ অক্ষর" not in added.text and "ভাঙা।\nমে থেকে।" in added.text
    for word in ("না", "cancel", "না, জমা দেব না"):
        asked = await person.say(word)  # one word is not the draft thrown away: asked first
        assert "বাতিল করবেন, নাকি এতে কিছু বদলাবেন?" in asked.text and "খসড়াটি বাতিল হয়েছে" not in asked.text
        dropped = await person.tap(asked.choice("grievance:drop:"))
        assert "খসড়াটি বাতিল হয়েছে" in dropped.text and not dropped.events
        assert "grievance:new" in dropped.last.choices
        await person.draft("roads", text="লাতাবাড়ি বাজারের রাস্তা তিন জায়গায় ভাঙা।")
    done = await person.say("হ্যাঁ")
    assert done.event("grievance.ticket.lodged")["category"] == "roads"


async def test_a_voice_note_where_the_problem_is_asked_describes_it_for_one_who_cannot_write(make_person):
    """Asked to describe the problem, 'or send photos or voice notes', a person who sent a voice note was asked
    again for words after each one, and one who cannot write could not lodge the complaint; the voice note now
    says it, and the summary offers Submit."""
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    asked = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "সমস্যাটি লিখুন" in asked.text
    spoken = await person.photo("media-voice-said", kind="voice")
    assert "বিবরণ: সংযুক্ত ভয়েস নোটে বলা হয়েছে।" in spoken.text and spoken.choice("grievance:submit:")
    added = await person.say("স্কুলের পাশের নলকূপ")
    assert "সংযুক্ত ভয়েস নোটে বলা হয়েছে।\nস্কুলের পাশের নলকূপ" in added.text
    lodged = (await person.tap(added.choice("grievance:submit:"))).event("grievance.ticket.lodged")
    stored = await Repositories.of(person.store).tickets.get(lodged["number"])
    assert [m.kind for m in stored.media] == ["voice"] and stored.description.startswith("সংযুক্ত ভয়েস নোটে")


async def test_a_photo_sent_before_the_subject_or_the_place_is_kept_and_they_are_still_asked(person):
    await person.tap("grievance:new")
    early = await person.photo("media-early-1")
    assert "start a complaint first" not in early.text and "Attachment received (1 so far)" in early.text
    assert "grievance:cat:water" in early.last.choices
    placed = await person.tap("grievance:cat:water")
    asked = await person.photo("media-early-2", kind="voice")
    assert "Attachment received (2 so far)" in asked.text and "grievance:dist:703" in asked.last.choices
    assert placed.last.choices == asked.last.choices
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    confirm = await person.say("The tube well near the primary school has been dry for a week.")
    assert "Kalchini Gram Panchayat" in confirm.text and "Attachments: 2" in confirm.text


async def test_a_sticker_is_never_attached_to_a_complaint(make_person):
    person = make_person(lang="bn")
    confirm = await person.draft("water", text="স্কুলের পাশের নলকূপে এক সপ্তাহ ধরে জল নেই।")
    sticker = await person.photo("media-sticker-1", kind="sticker")
    assert "স্টিকার অভিযোগে যোগ করা যায় না" in sticker.text and "সংযুক্তি:" not in sticker.text
    assert set(sticker.last.choices) == set(confirm.last.choices)
    done = await person.tap(sticker.choice("grievance:submit:"))
    assert done.event("grievance.ticket.lodged")["media"] == 0


async def test_a_description_of_only_emoji_dots_or_invisible_marks_is_asked_again_in_words(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:roads")
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    for empty in ("\u200b" * 12, "😀" * 12, "." * 12, "\u200c\u200d" * 6 + "১২৩৪৫৬"):
        again = await person.say(empty)
        assert "সমস্যাটি কথায় লিখে জানান" in again.text and "grievance:submit:" not in str(again.last.choices)
    confirm = await person.say("স্কুলের সামনের রাস্তা ভেঙে গেছে 😢")
    assert "রাস্তা ভেঙে গেছে" in confirm.text and confirm.choice("grievance:submit:")


async def test_a_photo_sent_while_writing_to_the_official_goes_onto_the_complaint_and_the_message_is_awaited(person):
    number = await person.lodge()
    asked = await person.tap(f"grievance:human:{number}")
    added = await person.photo("media-handoff-1")
    assert "start a complaint first" not in added.text
    assert f"Added to complaint {number} (attachments now: 1)" in added.text and asked.text in added.text
    sent = await person.say("Here is the photo of the dry well, please send someone.")
    assert sent.event("grievance.handoff.requested")["message"].startswith("Here is the photo")
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None and [m.id for m in stored.media] == ["media-handoff-1"]


async def test_an_addition_or_a_message_to_the_official_of_only_emoji_or_invisible_marks_is_asked_again(make_person):
    person = make_person(lang="bn")
    confirm = await person.draft("roads", text="লাতাবাড়ি বাজারের রাস্তা তিন জায়গায় ভাঙা।")
    for empty in ("😡😡", "\u200b\u2060", "\u200c\u200d", "😢\u200d!"):  # 👍 or 🙏 are thanks: a warm word
        again = await person.say(empty)
        assert "সমস্যাটি কথায় লিখে জানান" in again.text and again.text.count("ভাঙা।") == 1
        assert set(again.last.choices) == set(confirm.last.choices)
    done = await person.tap(confirm.choice("grievance:submit:"))
    number = done.event("grievance.ticket.lodged")["number"]
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None and stored.description == "লাতাবাড়ি বাজারের রাস্তা তিন জায়গায় ভাঙা।"
    asked = await person.tap(f"grievance:human:{number}")
    for empty in ("😡😡😡", "\u200b\u200b", "\u200d\u200c", "?!"):
        again = await person.say(empty)
        assert "বার্তাটি কথায় লিখুন" in again.text and asked.text in again.text and not again.events
    sent = await person.say("কবে সারানো হবে?")
    assert sent.event("grievance.handoff.requested")["message"] == "কবে সারানো হবে?"


async def test_a_contact_card_is_no_description_nor_a_message_to_the_official(person):
    """Its name and number were read as typed words: the description of the complaint, an addition to it,
    or a message sent on to the office."""
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    asked = await person.tap(f"grievance:gp:{KALCHINI_GP}")

    async def card():
        return await person.send(person.envelope(kind="contacts", text="Gopal Roy Mechanic 919812345678"))

    first = await card()
    assert "Gopal" not in first.text and asked.text in first.text
    confirm = await person.say("The tube well near the primary school has been dry for a week.")
    added = await card()
    assert "Gopal" not in added.text and set(added.last.choices) == set(confirm.last.choices)
    done = await person.tap(confirm.choice("grievance:submit:"))
    number = done.event("grievance.ticket.lodged")["number"]
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None and "Gopal" not in stored.description
    official = await person.tap(f"grievance:human:{number}")
    kept = await card()
    assert not kept.events and official.text in kept.text


async def test_a_photo_sent_at_the_block_or_panchayat_list_shows_that_list_again(person):
    """It went back to the districts, so a person half way through the place had to choose the district again."""
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    blocks = await person.tap("grievance:dist:703")
    at_block = await person.photo("media-at-block")
    assert "Attachment received (1 so far)" in at_block.text and at_block.last.choices == blocks.last.choices
    gps = await person.tap(f"grievance:blk:{KALCHINI_BLOCK}")
    at_gp = await person.photo("media-at-gp", caption="The tube well near the primary school is dry.")
    assert at_gp.last.choices == gps.last.choices
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "Attachments: 2" in confirm.text and "tube well near the primary school" in confirm.text


async def test_a_complaint_lodged_after_midnight_of_new_year_in_india_is_numbered_in_the_new_year(person, clock):
    """31 December 19:00 UTC is 1 January 00:30 in West Bengal: the complaint is the new year's first, and
    the year's numbering starts again from 1."""
    clock.now = datetime(2026, 12, 31, 18, 0, tzinfo=UTC)  # 23:30 in West Bengal, still 2026
    assert await person.lodge() == "GRV-2026-000001"
    clock.now = datetime(2026, 12, 31, 19, 0, tzinfo=UTC)
    number = await person.lodge()
    assert number == "GRV-2027-000001"
    view = await person.say(number)
    assert f"Complaint {number}" in view.text


def test_a_button_title_typed_means_in_bengali_what_it_means_in_english():
    """A person who types what a button says, instead of tapping it, is understood in either language."""
    for key, entry in TEXTS.entries.items():
        if key.startswith("btn_") and (meant := meaning(entry["en"])) is not None:
            assert meaning(entry["bn"]) == meant, (key, entry["bn"])


async def test_the_panchayat_report_is_asked_for_by_typing_its_bengali_button(make_person):
    person = make_person(lang="bn")
    asked = await person.say("পঞ্চায়েত রিপোর্ট")
    assert "grievance:dist:703" in asked.last.choices and "কোন পঞ্চায়েত?" in asked.text


def test_a_yes_typed_the_way_bengali_phones_write_it_is_a_yes():
    """হ্যাঁ is mostly typed without its chandrabindu (হ্যা), and "ok" in Bengali letters (ওকে)."""
    assert [meaning(said) for said in ("হ্যা", "ওকে", "হ্যা।", "Ok")] == ["yes"] * 4


async def test_words_written_under_a_photo_at_the_summary_are_added_to_the_description(make_person):
    """The summary says more can be typed or photos sent; what the person wrote under a photo there was
    dropped, so the office saw the photo without the words that said what it shows."""
    person = make_person(lang="bn")
    await person.draft("roads", text="লাতাবাড়ি বাজারের রাস্তা তিন জায়গায় ভাঙা।")
    photo = await person.photo("media-pothole", caption="এটা স্কুলের সামনের গর্ত।")
    assert "সংযুক্তি পাওয়া গেছে (এখন পর্যন্ত ১টি)" in photo.text
    assert "ভাঙা।\nএটা স্কুলের সামনের গর্ত।" in photo.text and "সংযুক্তি: ১" in photo.text
    pointing = await person.photo("media-pointing", caption="👇")  # no words: the photo alone, nothing asked
    assert "সংযুক্তি: ২" in pointing.text and "কথায় লিখে" not in pointing.text
    done = await person.tap(pointing.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and stored.description.endswith("ভাঙা।\nএটা স্কুলের সামনের গর্ত।")
    assert [m.id for m in stored.media] == ["media-pothole", "media-pointing"]


async def test_back_from_change_place_returns_to_the_summary_and_each_back_is_the_previous_question(make_person):
    """"Change place" at the summary and then "back" asked what the complaint was about, as if it had been
    thrown away; now it is the summary again. Going back from the description is the panchayat list it was
    chosen from, and back again through the block and the district lists to the subject, never round in a
    circle."""
    person = make_person(lang="bn")
    summary = await person.draft("water", text="স্কুলের পাশের নলকূপে এক সপ্তাহ ধরে জল নেই।")
    await person.tap("grievance:dists")
    again = await person.say("ফিরে")
    assert "অভিযোগটি দেখে নিন" in again.text and again.last.choices == summary.last.choices
    asked = [await person.say("ফিরে") for _ in range(5)]
    assert "বদলাতে সমস্যাটি আবার লিখুন" in asked[0].text  # the description asked again, the one held shown
    assert f"grievance:gp:{KALCHINI_GP}" in asked[1].last.choices
    assert f"grievance:blk:{KALCHINI_BLOCK}" in asked[2].last.choices
    assert "grievance:dist:703" in asked[3].last.choices and "অভিযোগটি কী বিষয়ে" in asked[4].text
    await person.tap("grievance:cat:water")
    placed = await person.tap(f"grievance:gp:{KALCHINI_GP}")  # the description written is still there
    assert "বিবরণ: স্কুলের পাশের নলকূপে এক সপ্তাহ ধরে জল নেই।" in placed.text


@pytest.mark.parametrize("typed", ["0", "#", "*", "০", "＊", "ফিরে যাও", "পিছনে যান"])
async def test_a_phone_menus_back_key_goes_one_step_back_as_back_does(make_person, typed):
    """A lone 0, # or * (what a phone menu taught for "back") at the block list got "please choose from the
    list" and the blocks again, and while the complaint was being described it was taken as the description;
    now each goes one step back, as "back" does: to the districts, and from the description to the panchayats."""
    async def at_blocks(said: str):
        person = make_person()
        await person.tap("grievance:new")
        await person.tap("grievance:cat:water")
        await person.tap("grievance:dist:703")
        return await person.say(said)
    back, answer = await at_blocks("back"), await at_blocks(typed)
    assert "grievance:dist:703" in answer.last.choices and "could not find that name" not in answer.text
    assert answer.text == back.text and answer.last.choices == back.last.choices
    describing = make_person()
    await describing.tap("grievance:new")
    await describing.tap("grievance:cat:water")
    await describing.tap("grievance:dist:703")
    await describing.tap(f"grievance:blk:{KALCHINI_BLOCK}")
    await describing.tap(f"grievance:gp:{KALCHINI_GP}")
    answer = await describing.say(typed)
    assert f"grievance:gp:{KALCHINI_GP}" in answer.last.choices


async def test_thanks_or_ok_where_no_answer_is_warmly_answered_with_the_question_again(make_person):
    english, bengali = make_person(), make_person(lang="bn")
    home = await english.tap("grievance:menu")
    answer = await english.say("thank you 🙏")
    assert answer.text.startswith("You're welcome 🙏\n\nComplaints: tell the panchayat")
    assert "did not" not in answer.text and answer.last.choices == home.last.choices
    await bengali.tap("grievance:new")
    for sent, starts in (("ধন্যবাদ", "আপনাকেও ধন্যবাদ 🙏"), ("👍", "ঠিক আছে 👍"), ("আচ্ছা", "ঠিক আছে 👍")):
        again = await bengali.say(sent)
        assert again.text.startswith(f"{starts}\n\nঅভিযোগটি কী বিষয়ে?"), again.text
        assert "খুঁজে পাইনি" not in again.text and "grievance:cat:water" in again.last.choices
    await english.draft()
    lodged = await english.say("ok")  # yes at the summary, as before
    assert lodged.event("grievance.ticket.lodged")["category"] == "water"
    done = await english.say("thanks")  # the complaint lodged: the complaints' menu
    assert done.text.startswith("You're welcome 🙏\n\nComplaints:") and not done.events
    assert done.last.choices == home.last.choices


async def test_thanks_ok_or_their_emoji_at_the_summary_are_not_added_to_the_description(make_person):
    """A person who says thanks at a complaint's summary thanks us: it is not part of the complaint. They get the
    warm word and the summary again, to submit; "ok" alone is still yes there."""
    english, bengali = make_person(), make_person(lang="bn")
    confirm = await english.draft("roads", text="The road to Latabari market is broken in three places.")
    for sent, starts in (("thanks", "You're welcome 🙏"), ("thank you sir!", "You're welcome 🙏"),
                         ("ok thanks", "You're welcome 🙏"), ("fine", "All right 👍"), ("👍👍", "All right 👍"),
                         ("🙏", "You're welcome 🙏")):
        again = await english.say(sent)
        assert again.text.startswith(f"{starts}\n\n"), (sent, again.text)
        assert again.text.count("broken in three places.") == 1 and "\nthank" not in again.text, sent
        assert set(again.last.choices) == set(confirm.last.choices) and not again.events, sent
    done = await english.tap(confirm.choice("grievance:submit:"))
    number = done.event("grievance.ticket.lodged")["number"]
    stored = await Repositories.of(english.store).tickets.get(number)
    assert stored is not None and stored.description == "The road to Latabari market is broken in three places."
    await bengali.draft("roads", text="লাতাবাড়ি বাজারের রাস্তা তিন জায়গায় ভাঙা।")
    again = await bengali.say("অনেক ধন্যবাদ")
    assert again.text.startswith("আপনাকেও ধন্যবাদ 🙏\n\n") and again.text.count("ভাঙা।") == 1
    assert "ভাঙা।\nঅনেক ধন্যবাদ" not in again.text
    added = await bengali.say("মে থেকে।")  # words that are not thanks are still added, as before
    assert "ভাঙা।\nমে থেকে।" in added.text
    done = await bengali.say("ঠিক আছে")  # yes at the summary, as before
    assert done.event("grievance.ticket.lodged")["category"] == "roads"
    await english.draft("water")
    lodged = await english.say("Okay")  # "ok" as it is also spelt: yes, as "ok" is
    assert lodged.event("grievance.ticket.lodged")["category"] == "water"


async def test_complaint_words_in_latin_letters_typed_in_the_service_are_understood(make_person):
    """'abhijog' (অভিযোগ in Latin letters) typed inside the service was answered 'Sorry, I did not understand',
    though the main menu reads it; 'amar abhijog' the same."""
    person = make_person(lang="bn")
    await person.say("নতুন অভিযোগ")
    await person.say("ফিরে")
    for words in ("abhijog", "notun obhijog", "nalish"):
        started = await person.say(words)
        assert "অভিযোগটি কী বিষয়ে?" in started.text, words
        await person.say("ফিরে")
    mine = await person.say("amar abhijog")
    assert "আপনার এখনও কোনো অভিযোগ নেই" in mine.text
