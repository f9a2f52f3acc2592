"""My bookings: list, view, voucher, cancel with the refund in both languages, complaints — and nobody
reaches another person's booking."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.tourism import stays
from services.tourism.domain import Policy
from services.tourism.repository import Repositories
from shared.privacy import current
from shared.privacy import event_leaks as leaks


async def test_my_bookings_lists_the_persons_own_bookings_only(make_guest):
    rina, amit = make_guest(), make_guest(name="Amit Roy")
    await rina.book("lataguri-standard", "2026-06-10")
    await amit.book("jayanti-tent", "2026-06-12")
    mine = await rina.tap("tourism:mine")
    assert list(mine.last.choices) == ["tourism:view:PT-2026-000001"]
    assert "Lataguri Panchayat Guest House" in mine.last.message["interactive"]["action"]["sections"][0]["rows"][0][
        "description"]
    empty = await make_guest().tap("tourism:mine")
    assert "You have no bookings yet" in empty.text


async def test_another_persons_booking_cannot_be_seen_cancelled_or_complained_about(make_guest, runtime):
    rina, amit = make_guest(), make_guest()
    await rina.book("lataguri-standard", "2026-06-10")
    for attempt in ("tourism:view:PT-2026-000001", "tourism:cancel:PT-2026-000001",
                    "tourism:cancelyes:PT-2026-000001", "tourism:complain:PT-2026-000001",
                    "tourism:voucher:PT-2026-000001"):
        answer = await amit.tap(attempt)
        assert "There is no booking PT-2026-000001 among your bookings." in answer.text
        assert "Lataguri" not in answer.text and not answer.events and not any(r.pdf for r in answer.replies)
    typed = await amit.say("show PT-2026-000001")
    assert "Lataguri" not in typed.text
    booking = await Repositories.of(runtime.store).bookings.get("PT-2026-000001")
    assert booking is not None and booking.status == "confirmed"


async def test_a_typed_booking_number_opens_the_persons_booking(guest):
    await guest.book("jhalong-double", "2026-06-10")
    view = await guest.say("pt 2026 1")
    assert "*PT-2026-000001* (confirmed)" in view.text and "Jhalong Riverside Homestay" in view.text
    assert list(view.last.choices) == ["tourism:cancel:PT-2026-000001", "tourism:voucher:PT-2026-000001",
                                       "tourism:complain:PT-2026-000001"]


async def test_a_booking_number_typed_with_a_phones_dashes_opens_the_booking(guest):
    """A phone's smart punctuation turns "-" into an en dash or a minus sign, and a number copied from a
    paper may carry a non-breaking hyphen: the gateway routes such a number here, so it is read here too."""
    await guest.book("jhalong-double", "2026-06-10")
    for typed in ("PT\u20132026\u2013000001", "pt \u2212 2026 \u2212 1", "PT\u20112026\u2011০০০০০১"):
        view = await guest.say(typed)
        assert "*PT-2026-000001* (confirmed)" in view.text, typed


async def test_the_voucher_can_be_asked_for_again(guest):
    booked = await guest.book("jhalong-double", "2026-06-10")
    again = await guest.tap("tourism:voucher:PT-2026-000001")
    [first] = [r for r in booked.replies if r.pdf]
    [second] = [r for r in again.replies if r.pdf]
    assert second.pdf is not None and second.pdf.startswith(b"%PDF") and second.message == first.message
    assert not again.events


@pytest.mark.parametrize("check_in, percent, refund, lang, expected", [
    ("2026-03-20", 90, 340200, "en", "As you cancelled 19 days before check-in, 90% is refunded: ₹3,402."),
    ("2026-03-05", 50, 189000, "en", "As you cancelled 4 days before check-in, 50% is refunded: ₹1,890."),
    ("2026-03-02", 0, 0, "en", "As you cancelled 1 day before check-in, the rules give no refund (0%: ₹0)."),
    ("2026-03-20", 90, 340200, "bn", "চেক-ইনের ১৯ দিন আগে বাতিল করায় ৯০% ফেরত পাবেন: ₹৩,৪০২।"),
    ("2026-03-02", 0, 0, "bn", "নিয়ম অনুযায়ী কোনো টাকা ফেরত হবে না (০%: ₹০)"),
    ("2026-03-01", 0, 0, "en", "As you cancelled on the day of check-in, the rules give no refund (0%: ₹0)."),
    ("2026-03-01", 0, 0, "bn", "চেক-ইনের দিনে বাতিল করায় নিয়ম অনুযায়ী কোনো টাকা ফেরত হবে না (০%: ₹০)।"),
])
async def test_cancelling_states_the_refund_frees_the_nights_and_tells_other_departments(
        make_guest, runtime, check_in, percent, refund, lang, expected):
    guest = make_guest(lang)
    await guest.book("ayodhya-double", check_in)
    ask = await guest.tap("tourism:cancel:PT-2026-000001")
    assert set(ask.last.choices) == {f"tourism:cancelyes:PT-2026-000001:{percent}", "tourism:keep:PT-2026-000001"}
    done = await guest.tap(ask.choice("tourism:cancelyes:"))
    assert expected in done.text
    event = done.event("tourism.booking.cancelled")
    assert (event["number"], event["refund_percent"], event["refund_paise"], event["cancelled_by"]) == (
        "PT-2026-000001", percent, refund, "guest")
    assert done.event("tourism.document.revoked")["code"]
    repos = Repositories.of(runtime.store)
    room = await repos.catalog.room_type("ayodhya-double")
    day = date.fromisoformat(check_in)
    assert room is not None and await repos.inventory.free(room, [day], runtime.context.now()) == 6


async def test_cancelling_on_the_day_of_check_in_is_said_so_not_0_days_before(make_guest):
    """A booking for today, cancelled the same day, was asked about as "Cancelling 0 days before check-in"."""
    english, bengali = make_guest(), make_guest("bn")
    await english.book("ayodhya-double", "2026-03-01")
    ask = await english.tap("tourism:cancel:PT-2026-000001")
    assert "Cancelling on the day of check-in refunds 0%: ₹0 of ₹3,780." in ask.text and "0 days" not in ask.text
    await bengali.book("ayodhya-double", "2026-03-01")
    asked = await bengali.tap("tourism:cancel:PT-2026-000002")
    assert "চেক-ইনের দিনে বাতিল করলে ফেরত পাবেন ০%" in asked.text and "০ দিন আগে" not in asked.text


async def test_a_yes_after_midnight_in_india_lowered_the_refund_cancels_nothing_and_asks_again(guest, clock):
    """Asked at 23:55 in West Bengal seven days before check-in (90%), the guest taps Yes at 00:05, six days
    before (50%): the booking is not cancelled on a refund they were not shown; today's is shown and asked."""
    await guest.book("ayodhya-double", "2026-03-08")
    clock.now = datetime(2026, 3, 1, 18, 25, tzinfo=UTC)
    ask = await guest.tap("tourism:cancel:PT-2026-000001")
    assert "Cancelling 7 days before check-in refunds 90%" in ask.text
    clock.advance(minutes=10)
    again = await guest.tap(ask.choice("tourism:cancelyes:"))
    assert "Nothing is cancelled yet: since you were asked, the refund has gone down from 90%." in again.text
    assert "Cancelling 6 days before check-in refunds 50%" in again.text and not again.events
    booking = await Repositories.of(guest.store).bookings.get("PT-2026-000001")
    assert booking is not None and booking.status == "confirmed"
    done = await guest.tap(again.choice("tourism:cancelyes:"))
    assert "50% is refunded" in done.text and done.event("tourism.booking.cancelled")["refund_percent"] == 50


async def test_a_typed_yes_after_the_refund_went_down_asks_again_in_bengali(make_guest, clock):
    guest = make_guest("bn")
    await guest.book("ayodhya-double", "2026-03-08")
    clock.now = datetime(2026, 3, 1, 18, 25, tzinfo=UTC)
    await guest.tap("tourism:cancel:PT-2026-000001")
    clock.advance(minutes=10)
    again = await guest.say("হ্যাঁ")
    assert "এখনও কিছু বাতিল হয়নি: আপনাকে জিজ্ঞাসা করার পর ফেরতের হার ৯০% থেকে কমে গেছে।" in again.text
    assert "চেক-ইনের ৬ দিন আগে বাতিল করলে ফেরত পাবেন ৫০%" in again.text and not again.events
    done = await guest.say("হ্যাঁ")
    assert done.event("tourism.booking.cancelled")["refund_percent"] == 50


async def test_a_cancelled_booking_cannot_be_cancelled_again_and_says_why(guest):
    await guest.book("ayodhya-double", "2026-04-20")
    await guest.tap("tourism:cancel:PT-2026-000001")
    await guest.tap("tourism:cancelyes:PT-2026-000001")
    again = await guest.tap("tourism:cancelyes:PT-2026-000001")
    assert "already cancelled, so it cannot be cancelled again" in again.text and not again.events
    view = await guest.tap("tourism:view:PT-2026-000001")
    assert "(cancelled)" in view.text and "tourism:cancel:PT-2026-000001" not in view.last.choices


async def test_a_cancelled_booking_opened_later_still_says_what_comes_back(make_guest, runtime, clock):
    """The refund was told once, in the cancellation's answer; a guest who opens the booking a week later to see
    what they are owed read its total and 'cancelled', and no refund. It is now in the booking, in either language,
    with why: the rules (the guest cancelled) or in full (the office did)."""
    english, bengali = make_guest(), make_guest("bn")
    booked = await english.book("ayodhya-double", "2026-04-20")
    assert "Refund" not in booked.text  # a booking that stands has nothing to refund
    await english.tap("tourism:cancelyes:PT-2026-000001:90")
    await bengali.book("ayodhya-double", "2026-04-21")
    repos = Repositories.of(runtime.store)
    booking = await repos.bookings.get("PT-2026-000002")
    assert booking is not None
    await stays.cancel(repos, booking, by="office", reason="road closed", now=clock.now, policy=Policy())
    clock.advance(days=7)

    theirs = await english.say("PT-2026-000001")
    office = await bengali.tap("tourism:view:PT-2026-000002")

    assert "(cancelled)" in theirs.text and "Total: ₹3,780\nCaretaker: " in theirs.text
    assert "Refund: ₹3,402 (90%), by the rules" in theirs.text
    assert "(বাতিল)" in office.text and "ফেরত: ₹৩,৭৮০ (১০০%), দপ্তর বাতিল করায় পুরো টাকা" in office.text


async def test_a_past_booking_cannot_be_cancelled(guest, clock):
    await guest.book("ayodhya-double", "2026-03-02", nights=1)
    clock.advance(days=3)
    answer = await guest.tap("tourism:cancel:PT-2026-000001")
    assert "can no longer be cancelled: the stay has begun or is over" in answer.text


async def test_typing_yes_or_no_answers_the_cancel_question(guest):
    await guest.book("ayodhya-double", "2026-04-20")
    await guest.tap("tourism:view:PT-2026-000001")
    assert "Cancel booking PT-2026-000001?" in (await guest.say("cancel")).text
    assert "Please type *yes* or *no*" in (await guest.say("perhaps")).text
    assert "(confirmed)" in (await guest.say("no")).text
    await guest.say("cancel")
    assert "is cancelled" in (await guest.say("হ্যাঁ")).text


async def test_a_complaint_about_a_stay_goes_to_the_grievance_service(guest):
    await guest.book("pakhiralaya-mud", "2026-04-20")
    ask = await guest.tap("tourism:complain:PT-2026-000001")
    assert "what went wrong with your stay (PT-2026-000001)" in ask.text
    short = await guest.say("bad")
    assert "describe the problem in a few more words" in short.text and not short.events
    check = await guest.say("No drinking water in the room for two days, and the generator never ran.")
    assert "No drinking water in the room" in check.text and not check.events
    sent = await guest.tap(check.choice("tourism:complaintsend:"))
    assert "has gone to the grievance cell" in sent.text
    raised = sent.event("tourism.complaint.raised")
    assert raised["booking_number"] == "PT-2026-000001" and "wa_id" not in raised
    assert raised["person"] == current().person_id(guest.wa_id) and guest.wa_id[-10:] not in str(raised)
    assert current().open(raised["contact"]) == guest.wa_id  # the grievance service can follow it up
    assert raised["district"] == "south-24-parganas" and raised["text"].startswith("No drinking water")
    assert raised["property_name_bn"] and raised["property_name_bn"] != raised["property_name"]  # for a Bengali ticket


async def test_a_phone_number_in_a_complaint_is_masked_for_other_departments_and_sealed_whole(guest):
    await guest.book("pakhiralaya-mud", "2026-04-20")
    await guest.tap("tourism:complain:PT-2026-000001")
    written = "No water for two days; the caretaker on +91 98300 12345 or 9830012345 never answered."
    check = await guest.say(written)
    assert "+91 98300 12345 or 9830012345 never answered" in check.text  # the guest sees their words whole
    raised = (await guest.tap(check.choice("tourism:complaintsend:"))).event("tourism.complaint.raised")
    assert raised["text"] == "No water for two days; the caretaker on *********2345 or ******2345 never answered."
    assert leaks(raised) == []
    assert current().open(raised["sealed_text"]) == written  # the grievance ticket keeps it whole


async def test_a_stay_complaint_is_shown_before_it_is_sent_and_keywords_stay_commands(guest):
    await guest.book("pakhiralaya-mud", "2026-04-20")
    await guest.tap("tourism:complain:PT-2026-000001")
    mine = await guest.say("My bookings")
    assert "tourism:view:PT-2026-000001" in mine.choices and not mine.events
    await guest.tap("tourism:complain:PT-2026-000001")
    dropped = await guest.say("cancel")
    assert "the complaint was not sent" in dropped.text and not dropped.events
    await guest.tap("tourism:complain:PT-2026-000001")
    emoji = await guest.say("🤬" * 11)
    assert "a few more words" in emoji.text and not emoji.events
    first = await guest.say("The room was not cleaned during the stay.")
    rewrite = await guest.tap(first.choice("tourism:complaintedit:"))
    assert "what went wrong" in rewrite.text and not rewrite.events
    second = await guest.say("No hot water in the bathroom for two days.")
    stale = await guest.tap(first.choice("tourism:complaintsend:"))  # the Send of the text replaced since
    assert "no longer applies" in stale.text and not stale.events
    unclear = await guest.say("what now")
    assert "Please tap *Send*, *Change* or *Cancel*" in unclear.text and not unclear.events
    sent = await guest.say("send")
    assert sent.event("tourism.complaint.raised")["text"] == "No hot water in the bathroom for two days."
    again = await guest.tap(second.choice("tourism:complaintsend:"))
    assert not again.events


async def test_a_contact_card_is_no_answer_and_the_complaint_or_the_booking_being_chosen_is_kept(make_guest):
    guest = make_guest("bn")
    await guest.book("pakhiralaya-mud", "2026-04-20")

    async def card():
        return await guest.send(guest.envelope(kind="contacts", text="Gopal Roy 919812345678"))

    await guest.tap("tourism:complain:PT-2026-000001")
    asked = await card()
    assert "এখানে লেখা বা বোতামেই উত্তর দিন" in asked.text and "কী সমস্যা হয়েছে" in asked.text
    assert "Gopal" not in asked.text and not asked.events
    check = await guest.say("ঘরে দু'দিন ধরে খাবার জল ছিল না।")
    kept = await card()
    assert "এখানে লেখা বা বোতামেই উত্তর দিন" in kept.text and "দু'দিন ধরে খাবার জল" in kept.text
    assert "Gopal" not in kept.text and set(kept.last.choices) == set(check.last.choices)
    sent = await guest.tap(check.choice("tourism:complaintsend:"))
    assert sent.event("tourism.complaint.raised")["text"] == "ঘরে দু'দিন ধরে খাবার জল ছিল না।"
    await guest.tap("tourism:room:lataguri-standard")
    await guest.say("10/06/2026")
    nights = await card()
    assert "এখানে লেখা বা বোতামেই উত্তর দিন" in nights.text and "কত রাত" in nights.text
    assert "১ থেকে" not in nights.text


async def test_a_stay_complaint_over_the_limit_is_refused_with_its_length_not_cut(make_guest):
    guest = make_guest()
    await guest.book("pakhiralaya-mud", "2026-04-20")
    await guest.tap("tourism:complain:PT-2026-000001")
    long = await guest.say("The room was dirty. " * 110 + "The end.")
    assert "That is 2,208 characters; the limit is 2,000" in long.text and not long.events
    bengali = make_guest("bn")
    await bengali.book("pakhiralaya-mud", "2026-04-21")
    await bengali.tap("tourism:complain:PT-2026-000002")
    assert "এটি ২,০০১ অক্ষর; সীমা ২,০০০" in (await bengali.say("ক" * 2001)).text


async def test_a_booking_cancelled_before_the_stay_takes_no_stay_complaint(guest):
    await guest.book("ayodhya-double", "2026-04-20")
    await guest.tap("tourism:cancel:PT-2026-000001")
    view = await guest.tap("tourism:cancelyes:PT-2026-000001")
    shown = await guest.tap("tourism:view:PT-2026-000001")
    assert "tourism:complain:PT-2026-000001" not in shown.choices
    old_tap = await guest.tap("tourism:complain:PT-2026-000001")
    assert "cancelled before the stay began, so there is no stay to complain about" in old_tap.text
    assert not old_tap.events and view.text


async def test_cancel_my_booking_typed_at_the_first_step_asks_to_cancel_the_one_booking(make_guest):
    """'cancel my booking' at the tourism service's first question was answered 'Sorry, I did not follow that'."""
    guest = make_guest()
    await guest.book("jhalong-double", "2026-06-10")
    await guest.tap("tourism:home")
    asked = await guest.say("I want to cancel my booking")
    assert "Cancel booking PT-2026-000001?" in asked.text
    assert asked.choice("tourism:cancelyes:PT-2026-000001:")
    bengali = make_guest(lang="bn")
    await bengali.book("lataguri-standard", "2026-06-12")
    await bengali.tap("tourism:home")
    assert "বুকিং PT-2026-000002 বাতিল করবেন?" in (await bengali.say("বুকিং বাতিল")).text


async def test_cancel_my_booking_typed_with_several_lists_those_that_can_be_cancelled(guest, clock):
    await guest.book("jhalong-double", "2026-03-05")
    await guest.book("lataguri-standard", "2026-06-12")
    await guest.tap("tourism:mine")
    clock.advance(days=6)  # the first stay has begun: it can no longer be cancelled
    await guest.book("jayanti-tent", "2026-07-01")
    asked = await guest.say("cancel booking")
    assert "Which booking would you like to cancel?" in asked.text
    assert list(asked.last.choices) == ["tourism:cancel:PT-2026-000003", "tourism:cancel:PT-2026-000002"]
    assert "Cancel booking PT-2026-000002?" in (await guest.tap("tourism:cancel:PT-2026-000002")).text


async def test_cancel_my_booking_with_none_to_cancel_says_why(guest):
    await guest.tap("tourism:home")
    assert "You have no bookings yet" in (await guest.say("cancel my booking")).text
    await guest.book("jhalong-double", "2026-06-10")
    asked = await guest.tap("tourism:cancel:PT-2026-000001")
    assert "cancelled" in (await guest.tap(asked.choice("tourism:cancelyes:"))).text
    again = await guest.say("cancel my booking")
    assert "You have no booking that can still be cancelled" in again.text
    assert list(again.last.choices) == ["tourism:view:PT-2026-000001"]


async def test_a_booking_number_typed_with_cancel_asks_to_cancel_it(guest):
    await guest.book("jhalong-double", "2026-06-10")
    await guest.tap("tourism:home")
    assert "Cancel booking PT-2026-000001?" in (await guest.say("cancel PT-2026-000001")).text


async def test_cancel_tapped_without_a_booking_asks_which_even_from_a_step_left_half_way(guest):
    """'cancel my booking' typed at the main menu reaches tourism as the tap of Cancel without a booking; the guest
    may have left the service while choosing a district, and was then asked the district again."""
    await guest.book("jhalong-double", "2026-06-10")
    await guest.tap("tourism:book")
    asked = await guest.tap("tourism:cancel")
    assert "Cancel booking PT-2026-000001?" in asked.text
    assert asked.choice("tourism:cancelyes:PT-2026-000001:")


async def test_a_booking_number_typed_at_the_main_menu_is_looked_up_even_from_a_complaint_left_half_way(guest):
    """A number typed outside the conversation reaches tourism as the tap of View carrying the typed words (the
    gateway's), so the complaint about a stay the guest left being written does not take them as its text."""
    await guest.book("pakhiralaya-mud", "2026-04-20")
    await guest.tap("tourism:complain:PT-2026-000001")  # asked what went wrong; the guest went to the menu instead
    words = "status of pt 2026 1 please"
    seen = await guest.send(guest.envelope(text=words, reply_id="tourism:view:pt 2026 1"))
    assert "PT-2026-000001" in seen.text and "went wrong" not in seen.text and not seen.events
    assert seen.choice("tourism:cancel:PT-2026-000001")
    words = "cancel PT-2026-000001"
    asked = await guest.send(guest.envelope(text=words, reply_id="tourism:view:PT-2026-000001"))
    assert "Cancel booking PT-2026-000001?" in asked.text  # as typed inside the conversation
    kept = await guest.send(guest.envelope(text="No, keep it", reply_id="tourism:view:PT-2026-000001"))
    assert "Cancel booking" not in kept.text and kept.choice("tourism:cancel:PT-2026-000001")


async def test_cancelling_asked_against_in_words_never_asks_to_cancel(make_guest):
    """'don't cancel my booking' typed in the service, or with the booking's number, asked to confirm cancelling it
    (with its refund and a Yes button), though the main menu already took such words for a look at the bookings."""
    guest = make_guest()
    await guest.book("jhalong-double", "2026-06-10")
    await guest.tap("tourism:home")
    kept = await guest.say("please don't cancel my booking")
    assert "Cancel booking" not in kept.text and list(kept.last.choices) == ["tourism:view:PT-2026-000001"]
    seen = await guest.say("do not cancel PT-2026-000001")
    assert "Cancel booking" not in seen.text and seen.choice("tourism:cancel:PT-2026-000001")
    words = "I do not want to cancel PT-2026-000001"
    tapped = await guest.send(guest.envelope(text=words, reply_id="tourism:view:PT-2026-000001"))
    assert "Cancel booking" not in tapped.text and tapped.choice("tourism:cancel:PT-2026-000001")
    bengali = make_guest(lang="bn")
    await bengali.book("lataguri-standard", "2026-06-12")
    await bengali.tap("tourism:home")
    for words in ("বুকিং বাতিল করবেন না", "PT-2026-000002 বাতিল করতে চাই না"):
        answer = await bengali.say(words)
        assert "বুকিং PT-2026-000002 বাতিল করবেন?" not in answer.text, words
        assert not any(choice.startswith("tourism:cancelyes:") for choice in answer.last.choices), words


async def test_cancelling_asked_against_in_banglish_never_asks_to_cancel(make_guest):
    """'booking cancel korbo na' ("I will not cancel the booking") asked 'Cancel booking …?', at the bookings and
    at the booking itself, as 'cancel korben na' did: no is now read in Latin letters too."""
    guest = make_guest()
    await guest.book("jhalong-double", "2026-06-10")
    await guest.tap("tourism:home")
    kept = await guest.say("booking cancel korbo na")
    assert "Cancel booking" not in kept.text and list(kept.last.choices) == ["tourism:view:PT-2026-000001"]
    await guest.tap("tourism:view:PT-2026-000001")
    for words in ("cancel korben na", "room cancel korte chai na", "PT-2026-000001 cancel korbo na"):
        answer = await guest.say(words)
        assert "Cancel booking" not in answer.text, words
        assert not any(choice.startswith("tourism:cancelyes:") for choice in answer.last.choices), words
    asked = await guest.say("booking cancel korbo")
    assert "Cancel booking PT-2026-000001?" in asked.text


async def test_pherot_typed_where_a_refund_is_shown_asks_for_it_and_goes_back_elsewhere(make_guest):
    """ফেরত is "back" but also "refund": typed at the cancelling question or at a cancelled booking, both of which
    show the refund, it went back (to the booking, to the list) and the refund was gone from the screen."""
    guest = make_guest("bn")
    await guest.book("ayodhya-double", "2026-03-20")
    await guest.book("ayodhya-double", "2026-04-20")
    asked = await guest.tap("tourism:cancel:PT-2026-000001")
    for words in ("ফেরত", "ফেরত কত"):
        again = await guest.say(words)
        assert "বুকিং PT-2026-000001 বাতিল করবেন?" in again.text and "৯০%" in again.text, words
        assert set(again.last.choices) == set(asked.last.choices), words
    await guest.tap(asked.choice("tourism:cancelyes:"))
    await guest.tap("tourism:view:PT-2026-000001")
    for words in ("ফেরত", "ফেরত কত?"):
        refund = await guest.say(words)
        assert "ফেরত: ₹৩,৪০২ (৯০%)" in refund.text and "*PT-2026-000001*" in refund.text, words
    await guest.tap("tourism:view:PT-2026-000002")  # not cancelled: no refund shown, ফেরত is back
    back = await guest.say("ফেরত")
    assert "আপনার বুকিং। কোনটি দেখতে চান?" in back.text
