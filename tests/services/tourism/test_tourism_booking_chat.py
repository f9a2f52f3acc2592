"""Booking over the chat through the runtime: the whole path, tapped and typed, in both languages."""
from __future__ import annotations

from tourism_kit import pdf_text

from services.tourism import voucher
from services.tourism.domain import Policy, RefundTier, RoomType
from services.tourism.repository import Repositories
from shared.documents import FontsMissing
from shared.privacy import event_leaks as leaks


async def test_the_tourism_menu_offers_booking_and_my_bookings(guest):
    home = await guest.tap("tourism:menu")
    assert set(home.last.choices) == {"tourism:book", "tourism:mine"}
    assert "Panchayat Tourism" in home.text and "*back*" in home.text and "*menu*" in home.text


async def test_the_help_line_says_0_goes_back_at_every_question(guest, make_guest):
    """0 alone goes back, as on a phone menu, but the help line only named "back"; at a date or a count too, where
    no answer is 0, it goes back and the line says so."""
    rooms = await guest.tap("tourism:property:lamahatta")
    assert rooms.text.endswith("Type *back* or 0 to go back, or *menu* for the main menu.")
    dates = await guest.tap("tourism:room:lamahatta-cottage")
    assert dates.text.endswith("Type *back* or 0 to go back, or *menu* for the main menu.")
    nights = await guest.say("25/12/2026")
    assert nights.text.endswith("Type *back* or 0 to go back, or *menu* for the main menu.")
    bengali = make_guest(lang="bn")
    await bengali.tap("tourism:property:lamahatta")
    again = await bengali.say("০")
    assert again.text.endswith("আগের ধাপে যেতে *ফিরে* বা ০ লিখুন, মূল মেনুর জন্য *মেনু*।")
    assert "tourism:property:lamahatta" in again.last.choices  # back at the district's places


async def test_a_booking_made_by_taps_ends_with_a_number_a_voucher_and_an_event(guest):
    districts = await guest.tap("tourism:book")
    assert set(districts.last.choices) == {
        "tourism:district:alipurduar", "tourism:district:bankura", "tourism:district:darjeeling",
        "tourism:district:jalpaiguri", "tourism:district:purulia", "tourism:district:south-24-parganas"}
    places = await guest.tap("tourism:district:darjeeling")
    assert places.last.choices == {"tourism:property:lamahatta": "Lamahatta Eco Homestay",
                                   "tourism:property:tinchuley": "Tinchuley Village…"}
    rooms = await guest.tap("tourism:property:lamahatta")
    assert "Kanchenjunga view" in rooms.text and "tourism:room:lamahatta-cottage" in rooms.last.choices
    dates = await guest.tap("tourism:room:lamahatta-cottage")
    assert list(dates.last.choices)[:2] == ["tourism:date:2026-03-01", "tourism:date:2026-03-02"]
    nights = await guest.say("25/12/2026")
    assert "25 December 2026" in nights.text
    party = await guest.tap("tourism:nights:2")
    assert "up to 3" in party.text
    count = await guest.tap("tourism:guests:2")
    assert list(count.last.choices) == ["tourism:rooms:1", "tourism:rooms:2"]  # no more rooms than guests
    await guest.tap("tourism:rooms:1")
    quote = await guest.tap("tourism:name:profile")
    assert "2 nights × 1 room × ₹2,200 = ₹4,400" in quote.text
    assert "GST 5%: ₹220" in quote.text and "Total: ₹4,620" in quote.text and "until 10:40" in quote.text

    booked = await guest.tap(quote.choice("tourism:confirm:"))

    assert "PT-2026-000001" in booked.text and "Booked" in booked.text
    [voucher] = [r for r in booked.replies if r.pdf]
    assert booked.replies[-1] is voucher  # it reaches the phone after the confirmation's buttons, so its caption
    assert voucher.message == {"type": "document", "document": {  # says how to go on: never a dead end
        "filename": "PT-2026-000001.pdf",
        "caption": "Booking voucher PT-2026-000001 — show it at check-in.\n\n"
                   "Type *back* or 0 to go back, or *menu* for the main menu."}}
    text = pdf_text(voucher.pdf)
    assert "PT-2026-000001" in text and "Rina Das" in text and "₹4,620" in text
    confirmed = booked.event("tourism.booking.confirmed")
    assert confirmed["number"] == "PT-2026-000001" and confirmed["total_paise"] == 462000
    assert confirmed["check_in"] == "2026-12-25" and confirmed["check_out"] == "2026-12-27"
    issued = booked.event("tourism.document.issued")
    assert issued["kind"] == "booking_voucher" and issued["code"] == confirmed["voucher_code"]
    assert (issued["valid_from"], issued["valid_until"]) == ("2026-12-25", "2026-12-27")  # the stay, on the page
    assert issued["code"] in text.replace("\n", " ")


async def test_a_phone_number_in_the_whatsapp_name_is_not_offered_as_the_name_to_book_in(make_guest):
    """People often write their number into their WhatsApp profile name: that is no name to check against an
    identity card, so it is not offered; the name typed goes on the voucher and the public record, no number on
    either (a booking stored with such a name still shows only its last four digits on the public record)."""
    guest = make_guest(name="Rina Das 98300 12345")
    await guest.tap("tourism:book")
    for step in ("tourism:room:lamahatta-cottage", "tourism:date:2026-12-25", "tourism:nights:2", "tourism:guests:2"):
        await guest.tap(step)
    asked = await guest.tap("tourism:rooms:1")
    assert list(asked.last.choices) == ["tourism:back"]
    booked = await guest.tap((await guest.say("Rina Das")).choice("tourism:confirm:"))
    [voucher] = [r for r in booked.replies if r.pdf]
    assert "Rina Das" in pdf_text(voucher.pdf) and "12345" not in pdf_text(voucher.pdf)
    issued = booked.event("tourism.document.issued")
    assert issued["holder_name"] == "Rina Das" and leaks(issued) == []


async def test_once_the_voucher_is_on_the_bus_the_guests_chat_keeps_no_copy_of_it(guest, runtime):
    """The chat keeps what a message published, to publish it again if the message comes back before the
    inbox recorded it; once the voucher is confirmed on the bus the inbox answers any redelivery, so the
    chat lets go of the PDF as the inbox does, and no one's voucher sits in a second copy."""
    booked = await guest.book("lamahatta-cottage", "2026-12-25")
    [voucher] = [r for r in booked.replies if r.pdf]
    chat = await runtime.store.collection("chats").get(guest.wa_id)
    [kept] = [o["payload"]["document"] for o in chat["outputs"] if (o["payload"].get("document") or {})]
    assert kept["filename"] == voucher.message["document"]["filename"] and "data_b64" not in kept
    again = await guest.tap("tourism:voucher:PT-2026-000001")  # asked again, it is drawn again
    [pdf] = again.pdfs
    assert "PT-2026-000001" in pdf_text(pdf)


async def test_a_booking_can_be_typed_from_start_to_end(guest):
    await guest.say("book")
    assert "tourism:property:ayodhya-hills" in (await guest.say("Purulia")).last.choices
    assert "Which kind of room" in (await guest.say("ayodhya hills")).text
    assert "When do you arrive" in (await guest.say("double")).text
    assert "How many nights" in (await guest.say("25 Dec")).text
    assert "How many guests" in (await guest.say("3 nights")).text
    assert "How many rooms" in (await guest.say("2")).text
    assert "In whose name shall we book?" in (await guest.say("1")).text
    quote = await guest.say("Rina Das")
    assert "3 nights × 1 room × ₹1,800 = ₹5,400" in quote.text
    booked = await guest.say("yes")
    assert booked.event("tourism.booking.confirmed")["room_type_id"] == "ayodhya-double"


async def test_the_whole_path_speaks_bengali_with_bengali_digits(make_guest):
    guest = make_guest("bn")
    home = await guest.tap("tourism:menu")
    assert "পঞ্চায়েত পর্যটন" in home.text and "ঘর বুক করুন" in home.last.choices.values()
    quote = await guest.quote("ayodhya-double", "2026-12-25")
    assert "২ রাত × ১টি ঘর × ₹১,৮০০ = ₹৩,৬০০" in quote.text and "মোট: ₹৩,৭৮০" in quote.text
    booked = await guest.tap(quote.choice("tourism:confirm:"))
    assert "বুকিং নিশ্চিত" in booked.text and "২৫ ডিসেম্বর ২০২৬" in booked.text
    caption = booked.replies[-1].message["document"]["caption"]
    assert caption.startswith("বুকিং ভাউচার") and caption.endswith("মূল মেনুর জন্য *মেনু*।")


async def test_bengali_lists_rooms_and_vouchers_carry_no_english_block_amenity_time_or_refund_terms(make_guest):
    guest = make_guest("bn")
    await guest.tap("tourism:book")
    places = await guest.tap("tourism:district:darjeeling")
    rows = places.last.message["interactive"]["action"]["sections"][0]["rows"]
    assert rows[0]["description"] == "দার্জিলিং পুলবাজার · ₹২,২০০/রাত থেকে"
    rooms = await guest.tap("tourism:property:lamahatta")
    assert "কাঞ্চনজঙ্ঘা দর্শন" in rooms.text and "Kanchenjunga" not in rooms.text
    assert "চেক-ইন ১২:০০, চেক-আউট ১০:০০" in rooms.text
    booked = await guest.book("lamahatta-cottage", "2026-12-25")
    pdf = next(r.pdf for r in booked.replies if r.pdf)
    text, lines = pdf_text(pdf), pdf_text(pdf, layout=True).splitlines()
    squeezed = "".join(text.split())  # pdftotext spaces Bengali clusters apart
    # each rule in Bengali beside its English, on one line of the voucher's one page
    for bengali, english in (("চেক-ইনের৭দিনবাতারবেশিআগে:৯০%টাকাফেরত", "7 days or more before check-in: 90% refund"),
                             ("চেক-ইনের২থেকে৬দিনআগে:৫০%টাকাফেরত", "2 to 6 days before check-in: 50% refund"),
                             ("চেক-ইনের২দিনেরকমআগে:কোনোটাকাফেরতনেই", "Less than 2 days before check-in: no refund"),
                             ("দপ্তরবাতিলকরলে:পুরোটাকাফেরত", "If the office cancels: full refund")):
        assert any(bengali in "".join(line.split()) and line.rstrip().endswith(english) for line in lines), english
    assert "\f" not in text.rstrip("\f"), "the voucher runs to a second page"
    assert "+ days" not in text and "+দিন" not in squeezed


async def test_the_check_out_date_can_be_typed_instead_of_nights(guest):
    await guest.tap("tourism:room:jhalong-double")
    await guest.say("25-12-2026")
    party = await guest.say("28/12/2026")
    assert "How many guests" in party.text
    await guest.say("2")
    await guest.say("1")
    assert "3 nights" in (await guest.say("Rina Das")).text


async def test_a_person_asking_for_more_rooms_than_are_free_gets_alternatives(guest, runtime):
    repos = Repositories.of(runtime.store)
    dorm = await repos.catalog.room_type("tinchuley-dorm")
    assert isinstance(dorm, RoomType) and dorm.rooms == 1
    other = await guest.book("tinchuley-dorm", "2026-04-10", nights=1, guests=6)
    assert "PT-2026-000001" in other.text
    late = await guest.quote("tinchuley-dorm", "2026-04-10", nights=1, guests=6)
    assert "Sorry, no room of this kind is free on those dates" in late.text
    assert "tourism:altdate:2026-04-11" in late.last.choices and "tourism:dates" in late.last.choices
    assert "tourism:altroom:tinchuley-double" in late.last.choices
    switched = await guest.tap("tourism:altroom:tinchuley-double")
    assert "Double room" in switched.text and "× 3 rooms" in switched.text
    moved = await guest.tap("tourism:altdate:2026-04-11")
    assert "Check-in: 11 April 2026" in moved.text and "Confirm" in moved.last.choices.values()


async def test_a_voucher_that_cannot_be_drawn_does_not_undo_the_booking(guest, monkeypatch):
    async def no_fonts(document):
        raise FontsMissing(("NotoSansBengali-Regular.ttf",), "/nowhere")

    monkeypatch.setattr(voucher, "render_async", no_fonts)
    booked = await guest.book("jhalong-double", "2026-06-10")
    assert "PT-2026-000001" in booked.text and not any(r.pdf for r in booked.replies)
    assert "the voucher could not be made just now" in booked.text
    assert booked.event("tourism.booking.confirmed")["number"] == "PT-2026-000001"
    monkeypatch.undo()
    again = await guest.tap("tourism:voucher:PT-2026-000001")
    assert any(r.pdf for r in again.replies)


async def test_the_lists_of_a_booking_made_are_out_of_date_once_it_is_booked(guest):
    await guest.tap("tourism:book")
    await guest.tap("tourism:district:purulia")
    await guest.tap("tourism:property:ayodhya-hills")
    await guest.tap("tourism:room:ayodhya-double")
    await guest.say("25/12/2026")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    quote = await guest.tap("tourism:name:profile")
    booked = await guest.tap(quote.choice("tourism:confirm:"))
    assert "PT-2026-000001" in booked.text
    for old in ("tourism:rooms:1", "tourism:guests:2", "tourism:nights:3", "tourism:date:2026-12-26"):
        again = await guest.tap(old)  # a row of the finished booking's lists, tapped later
        assert "no longer applies" in again.text and "Your quote" not in again.text, old
        assert set(again.last.choices) == {"tourism:book", "tourism:mine"}


def test_refund_rules_name_the_days_a_policy_without_a_last_tier_gives_nothing_for() -> None:
    policy = Policy(refunds=(RefundTier(min_days=3, percent=100), RefundTier(min_days=1, percent=40)))
    assert voucher.refund_rules(policy, "en").splitlines()[1:4] == [
        "• 3 days or more before check-in: full refund", "• 1 to 2 days before check-in: 40% refund",
        "• On the day of check-in: no refund"]
    assert voucher.refund_rules(policy, "bn").splitlines()[1:4] == [
        "• চেক-ইনের ৩ দিন বা তার বেশি আগে: পুরো টাকা ফেরত", "• চেক-ইনের ১ থেকে ২ দিন আগে: ৪০% টাকা ফেরত",
        "• চেক-ইনের দিনে: কোনো টাকা ফেরত নেই"]
