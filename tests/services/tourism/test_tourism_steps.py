"""Bad input, "back" from every step, and taps on old lists: a clear answer and the right question again."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.tourism.conversation.typed import meaning
from services.tourism.domain import Names, Property, RoomType
from services.tourism.repository import Repositories
from services.tourism.service import TEXTS


async def at_nights(guest):
    await guest.tap("tourism:room:lataguri-standard")
    await guest.tap("tourism:date:2026-06-10")


@pytest.mark.parametrize("typed, expected", [
    ("28/02/2026", "That date has passed"),
    ("31/02/2026", "I could not read that date. Please type day/month/year, like 31/03/2026 or 31 Mar."),
    ("soon please", "I could not read that date"),
    ("1/1/2030", "Bookings open only up to 1 March 2027"),
])
async def test_a_bad_check_in_date_is_refused_and_asked_again(guest, typed, expected):
    await guest.tap("tourism:room:lataguri-standard")
    answer = await guest.say(typed)
    assert expected in answer.text and "When do you arrive" in answer.text
    assert "tourism:date:2026-03-01" in answer.last.choices
    assert "How many nights" in (await guest.say("10 June")).text


async def test_the_dates_given_as_examples_to_type_are_never_past(make_guest, clock):
    """In January 2027 an example of 25/12/2026 is a date the chat itself would refuse as passed: the examples
    are a month from today, in the reader's script."""
    clock.now = datetime(2027, 1, 10, 5, 0, tzinfo=UTC)
    guest = make_guest("bn")
    await guest.tap("tourism:room:lataguri-standard")
    answer = await guest.say("শীঘ্রই")
    assert "দিন/মাস/বছর লিখুন, যেমন ০৯/০২/২০২৭ বা ৯ ফেব্রুয়ারি।" in answer.text
    assert "তারিখ লিখুন, যেমন ৯ ফেব্রুয়ারি ২০২৭ বা ০৯/০২/২০২৭।" in answer.text and "২০২৬" not in answer.text
    copied = await guest.say("০৯/০২/২০২৭")  # the example itself, as typed, is a day that can be booked
    assert "চেক-ইন ৯ ফেব্রুয়ারি ২০২৭। কত রাত থাকবেন?" in copied.text
    nights = await guest.say("অনেক")
    assert "চেক-আউটের তারিখ যেমন ১১/০২/২০২৭।" in nights.text


async def test_a_check_out_typed_without_its_year_follows_the_check_in_into_the_next_year(guest):
    """On 1 March 2026, for a check-in of 27 February 2027: '2 Mar' is the check-out three nights later, not
    2 March 2026, which was read before and refused as before the check-in."""
    await guest.tap("tourism:room:lataguri-standard")
    await guest.tap("tourism:date:2027-02-27")
    answer = await guest.say("2 Mar")
    assert "Check-out must be after check-in" not in answer.text and "How many guests" in answer.text
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    quote = await guest.tap("tourism:name:profile")
    assert "Check-out: 2 March 2027" in quote.text and "3 nights" in quote.text


async def test_the_days_the_date_list_names_can_be_typed(guest):
    await guest.tap("tourism:room:lataguri-standard")
    answer = await guest.say("tomorrow")
    assert "Check-in 2 March 2026" in answer.text and "How many nights" in answer.text


async def test_a_stay_typed_by_its_weekdays_is_booked_for_the_coming_ones(make_guest):
    """On Sunday 1 March, "next Friday" (or আগামী শুক্রবার) is 6 March and a check-out of "Sunday" two nights on."""
    english, bengali = make_guest(), make_guest("bn")
    for guest in (english, bengali):
        await guest.tap("tourism:room:lataguri-standard")
    arriving = await english.say("next Friday")
    assert "Check-in 6 March 2026. How many nights" in arriving.text
    assert "How many guests" in (await english.say("Sunday")).text
    await english.tap("tourism:guests:2")
    await english.tap("tourism:rooms:1")
    quote = await english.tap("tourism:name:profile")
    assert "Check-in: 6 March 2026\nCheck-out: 8 March 2026\n2 nights" in quote.text
    assert "চেক-ইন ৬ মার্চ ২০২৬। কত রাত থাকবেন?" in (await bengali.say("আগামী শুক্রবার")).text


async def test_a_stay_typed_by_its_days_of_the_month_is_read(make_guest):
    """'১০ তারিখ' (the 10th), as a Bengali speaker says a date of this month, was 'তারিখটি বুঝতে পারিনি'."""
    bengali, english = make_guest("bn"), make_guest()
    for guest in (bengali, english):
        await guest.tap("tourism:room:lataguri-standard")
    assert "চেক-ইন ১০ মার্চ ২০২৬। কত রাত থাকবেন?" in (await bengali.say("১০ তারিখ")).text
    assert "কতজন অতিথি?" in (await bengali.say("১২ তারিখে")).text
    await bengali.tap("tourism:guests:2")
    await bengali.tap("tourism:rooms:1")
    quote = await bengali.tap("tourism:name:profile")
    assert "চেক-আউট: ১২ মার্চ ২০২৬\n২ রাত" in quote.text
    assert "Check-in 10 March 2026. How many nights" in (await english.say("the 10th")).text


@pytest.mark.parametrize("lang, typed", [
    ("en", "5-8 Dec"), ("en", "5 to 8 December"), ("en", "from 5 Dec to 8 Dec"), ("en", "5th – 8th Dec."),
    ("bn", "৫ থেকে ৮ ডিসেম্বর"), ("bn", "৫ ডিসেম্বর থেকে ৮ ডিসেম্বর"), ("bn", "৫-৮ ডিসেম্বর পর্যন্ত"),
])
async def test_a_stay_typed_in_one_go_is_its_check_in_and_check_out(make_guest, lang, typed):
    """'৫ থেকে ৮ ডিসেম্বর' where the check-in is asked was 'I could not read that date'."""
    guest = make_guest(lang)
    await guest.tap("tourism:room:lataguri-standard")
    read = await guest.say(typed)
    assert {"en": "Check-in 5 December 2026, check-out 8 December 2026: 3 nights.",
            "bn": "চেক-ইন ৫ ডিসেম্বর ২০২৬, চেক-আউট ৮ ডিসেম্বর ২০২৬: ৩ রাত।"}[lang] in read.text
    assert {"en": "How many guests?", "bn": "কতজন অতিথি?"}[lang] in read.text
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    quote = await guest.tap("tourism:name:profile")
    assert {"en": "Check-out: 8 December 2026\n3 nights", "bn": "চেক-আউট: ৮ ডিসেম্বর ২০২৬\n৩ রাত"}[lang] in quote.text


async def test_a_stay_typed_in_one_go_is_refused_as_its_dates_typed_apart_and_back_leaves_it(guest):
    await guest.tap("tourism:room:lataguri-standard")
    past = await guest.say("20/2/2026 to 25/2/2026")
    assert "That date has passed" in past.text and "When do you arrive" in past.text
    backwards = await guest.say("10 Jun - 8 Jun")
    assert "Check-out must be after check-in (10 June 2026)." in backwards.text and "How many nights" in backwards.text
    await guest.say("back")
    assert "A booking can be for 1 to 30 nights." in (await guest.say("1 June to 5 July")).text
    read = await guest.say("back")
    assert "When do you arrive" in read.text
    assert "How many guests" in (await guest.say("1-3 June")).text
    back = await guest.say("back")
    assert "Check-in 1 June 2026. How many nights" in back.text


@pytest.mark.parametrize("typed, expected", [
    ("60", "A booking can be for 1 to 30 nights."),
    ("09/06/2026", "Check-out must be after check-in (10 June 2026)."),
    ("10/06/2026", "Check-out must be after check-in"),
    ("9 June", "Check-out must be after check-in (10 June 2026)."),  # not 9 June 2027, a year's stay
    ("৯/৬", "Check-out must be after check-in (10 June 2026)."),
    ("09/06/2027", "A booking can be for 1 to 30 nights."),
    ("a few", "Please type the number of nights (1 to 30)"),
    ("-3", "A booking can be for 1 to 30 nights."),
    ("1000", "A booking can be for 1 to 30 nights."),
])
async def test_bad_nights_are_refused_and_asked_again(guest, typed, expected):
    await at_nights(guest)
    answer = await guest.say(typed)
    assert expected in answer.text and "How many nights" in answer.text


async def test_more_guests_than_the_rooms_hold_is_refused_with_the_rooms_needed(guest):
    await at_nights(guest)
    await guest.tap("tourism:nights:1")
    rooms = await guest.say("5")
    assert "need at least 3 rooms" in rooms.text
    refused = await guest.tap("tourism:rooms:1")  # an option they could still tap on an older list
    assert "5 guests do not fit in 1 room" in refused.text and "Please take at least 3 rooms" in refused.text
    assert list(refused.last.choices) == ["tourism:rooms:3", "tourism:rooms:4", "tourism:rooms:5"]
    too_big = await guest.tap("tourism:guests:40")
    assert "one booking holds at most 16" in too_big.text and "No room type here takes 40 guests" in too_big.text


async def test_the_guests_list_offers_only_as_many_as_the_rooms_hold(guest):
    """The Tinchuley dormitory is one room for six: the list offered 7 and 8 guests, refused once tapped."""
    await guest.tap("tourism:room:tinchuley-dorm")
    await guest.tap("tourism:date:2026-06-10")
    asked = await guest.tap("tourism:nights:1")
    assert list(asked.last.choices) == [f"tourism:guests:{n}" for n in range(1, 7)]
    assert "In whose name" in (await guest.tap("tourism:guests:6")).text  # its one room: not asked


@pytest.mark.parametrize("lang, nights, party, rooms, quoted", [
    ("en", "two", "three guests", "two rooms", ("2 nights × 2 rooms", "Guests: 3")),
    ("en", "dui rat", "tin jon", "dui", ("2 nights × 2 rooms", "Guests: 3")),
    ("bn", "দুই রাত", "তিনজন", "দুটো", ("২ রাত × ২টি ঘর", "অতিথি: ৩ জন")),
    ("bn", "এক", "দু'জন", "ek", ("১ রাত × ১টি ঘর", "অতিথি: ২ জন")),
    ("bn", "৩ রাত", "২ জন", "একটা", ("৩ রাত × ১টি ঘর", "অতিথি: ২ জন")),
])
async def test_counts_said_in_words_are_read_at_every_count_step(make_guest, lang, nights, party, rooms, quoted):
    """'two', 'দুজন', 'tin jon' where nights, guests or rooms are asked were 'Please type a number, like 2'."""
    guest = make_guest(lang)
    await at_nights(guest)
    for typed in (nights, party):
        assert TEXTS("count_unclear", lang) not in (await guest.say(typed)).text
    await guest.say(rooms)
    quote = await guest.tap("tourism:name:profile")
    assert all(part in quote.text for part in quoted), quote.text


async def test_no_typed_as_noy_where_nights_are_asked_is_not_nine_nights(make_guest):
    """'নয়' (not) where the nights are asked was read as nine nights and the guests asked next; it is asked again,
    while 'নয় রাত' is nine nights."""
    guest = make_guest("bn")
    await at_nights(guest)
    for said in ("নয়", "ন"):
        again = await guest.say(said)
        assert "কত রাত" in again.text and "কতজন অতিথি" not in again.text, said
    assert "কতজন অতিথি" in (await guest.say("নয় রাত")).text


@pytest.mark.parametrize("typed, refused", [
    ("-2", "The number of guests must be between 1 and"), ("−2", "The number of guests must be between 1 and"),
    ("৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯", "One booking takes at most 60 guests."),
])
async def test_a_negative_or_absurd_number_of_guests_is_refused_not_read_as_another(guest, typed, refused):
    await at_nights(guest)
    await guest.tap("tourism:nights:1")
    answer = await guest.say(typed)
    assert refused in answer.text and "How many guests" in answer.text
    assert "How many rooms" not in answer.text


@pytest.mark.parametrize("step_taps, expected", [
    (["tourism:book"], "Panchayat Tourism"),
    (["tourism:district:purulia"], "Which district"),
    (["tourism:property:ayodhya-hills"], "where would you like to stay"),
    (["tourism:room:ayodhya-double"], "Which kind of room"),
    (["tourism:room:ayodhya-double", "tourism:date:2026-06-10"], "When do you arrive"),
    (["tourism:room:ayodhya-double", "tourism:date:2026-06-10", "tourism:nights:2"], "How many nights"),
    (["tourism:room:ayodhya-double", "tourism:date:2026-06-10", "tourism:nights:2", "tourism:guests:2"],
     "How many guests"),
])
async def test_back_goes_one_step_back_from_every_step(guest, step_taps, expected):
    for reply_id in step_taps:
        await guest.tap(reply_id)
    assert expected in (await guest.say("back")).text


async def test_back_from_a_quote_gives_the_rooms_back(guest, runtime):
    repos = Repositories.of(runtime.store)
    dorm = await repos.catalog.room_type("tinchuley-dorm")
    quote = await guest.quote("tinchuley-dorm", "2026-05-01", nights=1, guests=4)
    assert "Total" in quote.text
    now = runtime.context.now()
    assert await repos.inventory.free(dorm, [date(2026, 5, 1)], now) == 0
    back = await guest.say("ফিরে")
    assert "In whose name shall we book?" in back.text
    assert await repos.inventory.free(dorm, [date(2026, 5, 1)], now) == 1


async def test_a_confirm_from_an_older_quote_is_recognised_as_stale(guest):
    first = await guest.quote("lataguri-ac", "2026-07-01")
    old_confirm = first.choice("tourism:confirm:")
    await guest.tap("tourism:rooms:2")
    second = await guest.tap("tourism:name:profile")  # a new quote for two rooms replaces the first
    assert "× 2 rooms" in second.text
    stale = await guest.tap(old_confirm)
    assert "That choice is from an earlier message" in stale.text and "× 2 rooms" in stale.text
    assert not stale.events


async def test_a_tap_needing_choices_the_draft_lacks_shows_where_the_person_is(guest):
    answer = await guest.tap("tourism:guests:2")
    assert "That choice is from an earlier message" in answer.text and "Panchayat Tourism" in answer.text
    nonsense = await guest.tap("tourism:date:not-a-date")
    assert "That choice is from an earlier message" in nonsense.text
    unknown = await guest.tap("tourism:teleport:now")
    assert "That choice is from an earlier message" in unknown.text


async def test_a_property_closed_after_its_list_was_sent_is_refused_politely(guest, runtime):
    repos = Repositories.of(runtime.store)
    await guest.tap("tourism:district:bankura")
    stored = await repos.catalog.property_version("bishnupur")
    assert stored is not None
    await repos.catalog.save_property(stored[0].model_copy(update={"active": False}), version=stored[1])
    answer = await guest.tap("tourism:property:bishnupur")
    assert "that place can no longer be booked" in answer.text
    assert list(answer.last.choices) == ["tourism:property:mukutmanipur"]


async def test_unclear_words_get_a_hint_and_the_same_question(guest):
    await guest.tap("tourism:book")
    district = await guest.say("Goa")
    assert "nowhere to stay in a district by that name" in district.text and "Which district" in district.text
    await guest.say("Bankura")
    place = await guest.say("xyz lodge")
    assert "I could not match that name" in place.text
    home = await guest.say("hello there")
    assert "I could not match that name" in home.text


async def test_a_location_or_photo_without_words_gets_a_hint(guest):
    await guest.tap("tourism:room:lataguri-standard")
    envelope = guest.envelope(text=None)
    envelope = envelope.model_copy(update={"payload": {**envelope.payload, "kind": "location",
                                                       "location": {"latitude": 26.7, "longitude": 88.4}}})
    answer = await guest.send(envelope)
    assert "A shared location is not used for this question" in answer.text and "When do you arrive" in answer.text


async def test_a_long_list_of_properties_is_paged_with_a_more_row_that_wraps_round(guest, runtime):
    repos = Repositories.of(runtime.store)
    for n in range(12):
        await repos.catalog.add_property(Property(
            id=f"birbhum-{n:02d}", district="birbhum", block="Bolpur-Sriniketan",
            name=Names(bn=f"শান্তিনিকেতন হোমস্টে {n:02d}", en=f"Santiniketan Homestay {n:02d}"),
            address=Names(bn="বোলপুর", en="Bolpur"), contact="+91 94340 80000"))
    first = await guest.tap("tourism:district:birbhum")
    ids = list(first.last.choices)
    assert len(ids) == 10 and ids[:2] == ["tourism:property:birbhum-00", "tourism:property:birbhum-01"]
    assert ids[-1] == "tourism:district:birbhum:1" and first.last.choices[ids[-1]] == "More ➡️"
    second = await guest.tap(ids[-1])
    assert list(second.last.choices) == [*(f"tourism:property:birbhum-{n}" for n in ("09", "10", "11")),
                                         "tourism:district:birbhum:0"]


async def test_a_long_list_of_room_types_is_paged_too_not_a_list_whatsapp_refuses(make_guest, runtime):
    repos = Repositories.of(runtime.store)
    await repos.catalog.add_property(Property(
        id="bakkhali-resort", district="south-24-parganas", block="Namkhana",
        name=Names(bn="বকখালি ইকো রিসর্ট", en="Bakkhali Eco Resort"),
        address=Names(bn="বকখালি", en="Bakkhali"), contact="+91 94340 80001"))
    for n in range(11):  # cottages, tents and dormitories: more kinds of room than one list holds
        await repos.catalog.add_room_type(RoomType(
            id=f"bakkhali-{n:02d}", property_id="bakkhali-resort",
            name=Names(bn=f"কটেজ {n:02d}", en=f"Cottage {n:02d}"), beds=2, max_guests=2, tariff=1500 + n, rooms=2))
    guest = make_guest(lang="bn")
    first = await guest.tap("tourism:property:bakkhali-resort")
    ids = list(first.last.choices)
    assert len(ids) == 10 and ids[0] == "tourism:room:bakkhali-00"
    assert ids[-1] == "tourism:property:bakkhali-resort:1" and first.last.choices[ids[-1]] == "আরও দেখুন ➡️"
    second = await guest.tap(ids[-1])
    assert list(second.last.choices) == ["tourism:room:bakkhali-09", "tourism:room:bakkhali-10",
                                         "tourism:property:bakkhali-resort:0"]
    chosen = await guest.tap("tourism:room:bakkhali-10")
    assert "tourism:date:2026-03-01" in chosen.last.choices  # the booking goes on from the second page


async def test_cancel_typed_while_choosing_a_stay_leaves_the_booking_with_a_clear_reply(guest):
    await guest.tap("tourism:book")
    await guest.tap("tourism:district:purulia")
    left = await guest.say("cancel")
    assert "the booking was left; nothing was held or booked" in left.text
    assert set(left.last.choices) == {"tourism:book", "tourism:mine"}
    await guest.tap("tourism:room:ayodhya-double")
    assert "the booking was left" in (await guest.say("বাতিল")).text


async def test_a_booking_left_half_way_is_not_told_in_bengali_that_it_was_never_begun(make_guest):
    """Bengali said বুকিং শুরু করা হয়নি (the booking was not begun) to a guest who had begun it and left it."""
    guest = make_guest(lang="bn")
    await guest.tap("tourism:book")
    await guest.tap("tourism:district:purulia")
    left = await guest.say("বাতিল")
    assert "ঠিক আছে, বুকিংটি বাদ দেওয়া হল; কিছু ধরে রাখা বা বুক করা হয়নি।" in left.text
    assert "শুরু করা হয়নি" not in left.text and set(left.last.choices) == {"tourism:book", "tourism:mine"}


def test_a_button_title_typed_means_in_bengali_what_it_means_in_english():
    """A person who types what a button says, instead of tapping it, is understood in either language."""
    for key, entry in TEXTS.entries.items():
        if key.startswith("btn_") and (meant := meaning(entry["en"])) is not None:
            assert meaning(entry["bn"]) == meant, (key, entry["bn"])


async def test_the_quote_is_confirmed_and_a_booking_begun_by_typing_the_bengali_button_titles(make_guest):
    guest = make_guest(lang="bn")
    started = await guest.say("ঘর বুক করুন")
    assert "tourism:district:purulia" in started.last.choices
    await guest.quote("ayodhya-double", "2026-03-10")
    booked = await guest.say("নিশ্চিত করুন")
    assert "বুকিং নিশ্চিত! আপনার বুকিং নম্বর" in booked.text


async def test_a_yes_typed_the_way_bengali_phones_write_it_confirms_the_quote(make_guest):
    """হ্যাঁ is mostly typed without its chandrabindu (হ্যা), and "ok" in Bengali letters (ওকে)."""
    for said in ("হ্যা", "ওকে"):
        guest = make_guest(lang="bn")
        await guest.quote("ayodhya-double", "2026-03-10")
        booked = await guest.say(said)
        assert "বুকিং নিশ্চিত! আপনার বুকিং নম্বর" in booked.text, said


@pytest.mark.parametrize("typed", ["পুরুলি\u09dfা", "পুরুলিয়া।", "Purulia."])
async def test_a_district_typed_as_a_bengali_keyboard_writes_it_is_found(make_guest, typed):
    """য় and ড় have a one-character form many Bengali keyboards type; the district was then 'nowhere to stay'."""
    guest = make_guest(lang="bn")
    await guest.tap("tourism:book")
    places = await guest.say(typed)
    assert "*পুরুলিয়া* — কোথায় থাকবেন?" in places.text and "tourism:property:ayodhya-hills" in places.last.choices


@pytest.mark.parametrize("typed, district", [("darjeling", "Darjeeling"), ("Jalpaigudi", "Jalpaiguri"),
                                             ("দার্জিলিঙ", "Darjeeling"), ("বাকুড়া", "Bankura")])
async def test_a_district_misspelt_by_a_letter_is_found(guest, typed, district):
    """'darjeling' was answered 'We have nowhere to stay in a district by that name', though we have two there;
    the name shown at the top of the next question lets the guest see which district was understood."""
    await guest.tap("tourism:book")
    places = await guest.say(typed)
    assert f"*{district}* — where would you like to stay?" in places.text


async def test_a_place_or_room_misspelt_by_a_letter_is_found_and_a_name_we_do_not_have_is_not(make_guest):
    guest = make_guest(lang="bn")
    await guest.tap("tourism:district:darjeeling")
    rooms = await guest.say("লামাহাট্টা")  # as Lamahatta is often spelt; the guest house spells it লামাহাটা
    assert "*লামাহাটা ইকো হোমস্টে*" in rooms.text and "কোন ধরনের ঘর চান?" in rooms.text
    assert "কবে পৌঁছবেন" in (await guest.say("কাঠের কটেজ")).text
    english = make_guest()
    await english.tap("tourism:property:lamahatta")
    assert "When do you arrive" in (await english.say("cotage")).text
    await english.tap("tourism:book")
    assert "nowhere to stay in a district by that name" in (await english.say("Kolkata")).text


@pytest.mark.parametrize("typed", ["Sundarbans", "sundarban", "সুন্দরবন"])
async def test_the_sundarbans_typed_for_a_district_offers_the_guest_houses_there(make_guest, typed):
    """The service offers rooms 'in the Dooars ... and the Sundarbans', and a guest who answered the district
    question so was told 'We have nowhere to stay in a district by that name'."""
    guest = make_guest(lang="bn" if typed == "সুন্দরবন" else "en")
    await guest.tap("tourism:book")
    places = await guest.say(typed)
    assert "tourism:property:pakhiralaya" in places.last.choices
    assert "tourism:property:jharkhali" in places.last.choices
    assert ("সুন্দরবন দক্ষিণ ২৪ পরগনা জেলায়।" in places.text if guest.lang == "bn"
            else "The Sundarbans are in South 24 Parganas district." in places.text)


@pytest.mark.parametrize("typed", ["Dooars", "duars", "ডুয়ার্স"])
async def test_the_dooars_typed_for_a_district_asks_which_of_its_districts(make_guest, typed):
    guest = make_guest(lang="bn" if typed == "ডুয়ার্স" else "en")
    await guest.tap("tourism:book")
    asked = await guest.say(typed)
    assert set(asked.last.choices) == {"tourism:district:jalpaiguri", "tourism:district:alipurduar"}
    assert ("ছড়িয়ে আছে আলিপুরদুয়ার আর জলপাইগুড়ি জেলা জুড়ে" in asked.text if guest.lang == "bn"
            else "The Dooars spread over Alipurduar and Jalpaiguri districts" in asked.text)
    assert "nowhere to stay" not in asked.text
    places = await guest.say("Alipurduar" if guest.lang == "en" else "আলিপুরদুয়ার")
    assert "tourism:property:jayanti" in places.last.choices


async def _said_at(guest, taps, typed):
    for reply_id in taps:
        await guest.tap(reply_id)
    return await guest.say(typed)


@pytest.mark.parametrize("typed", ["0", "#", "*", "০", "#️⃣", "ফিরে যাও", "পেছনে"])
async def test_a_phone_menus_back_key_goes_one_step_back_as_back_does(make_guest, typed):
    """A lone 0, # or * (what a phone menu taught for "back") got "I could not match that name" and the kind of
    room asked again; now it goes back to the places, as "back" does, and from the quote to the name asked."""
    at_room = ["tourism:property:ayodhya-hills"]
    back, answer = await _said_at(make_guest(), at_room, "back"), await _said_at(make_guest(), at_room, typed)
    assert "where would you like to stay" in answer.text and "could not match" not in answer.text
    assert answer.text == back.text and answer.last.choices == back.last.choices
    quoted = make_guest()
    assert "Total" in (await quoted.quote("tinchuley-dorm", "2026-05-01", nights=1, guests=2)).text
    assert "In whose name shall we book?" in (await quoted.say(typed)).text


@pytest.mark.parametrize("step_taps, question", [
    (["tourism:room:ayodhya-double"], "When do you arrive"),
    (["tourism:room:ayodhya-double", "tourism:date:2026-06-10"], "How many nights"),
    (["tourism:room:ayodhya-double", "tourism:date:2026-06-10", "tourism:nights:2"], "How many guests"),
    (["tourism:room:ayodhya-double", "tourism:date:2026-06-10", "tourism:nights:2", "tourism:guests:2"],
     "How many rooms"),
])
async def test_a_0_where_a_date_or_a_count_is_asked_goes_back_as_hash_and_back_do(make_guest, step_taps, question):
    """No date and no count of nights, guests or rooms is 0, so a 0 there is the phone menu's "back", as the line
    under the question says ('Type *back* or 0 to go back'); before, it got 'I could not read that date' or the
    count's range."""
    back = await _said_at(make_guest(), step_taps, "back")
    for key in ("0", "০", "#", "*"):
        answer = await _said_at(make_guest(), step_taps, key)
        assert question not in answer.text and answer.text == back.text, key


async def test_thanks_at_a_step_that_cannot_take_it_is_answered_warmly_with_the_steps_question(make_guest):
    english, bengali = make_guest(), make_guest("bn")
    await english.tap("tourism:book")
    answer = await english.say("Thank you!")
    assert answer.text.startswith("You're welcome 🙏\n\nWhich district would you like to stay in?"), answer.text
    assert "did not follow" not in answer.text
    await english.quote("ayodhya-double", "2026-12-25")
    for sent, starts in (("thanks", "You're welcome 🙏"), ("👍", "All right 👍"), ("fine", "All right 👍")):
        again = await english.say(sent)  # no answer to the quote's yes or no: it is shown again, nothing booked
        assert again.text.startswith(f"{starts}\n\n") and "2 nights" in again.text and not again.events, sent
        assert "Please type *yes* or *no*" not in again.text and again.choice("tourism:confirm:")
    home = await bengali.tap("tourism:menu")
    after = await bengali.say("ধন্যবাদ")
    assert after.text.startswith("আপনাকেও ধন্যবাদ 🙏\n\n*পঞ্চায়েত পর্যটন*") and after.last.choices == home.last.choices


async def test_ok_at_a_confirmation_is_still_yes_and_thanks_in_a_complaint_is_its_words(guest, make_guest):
    await guest.quote("ayodhya-double", "2026-12-25")
    booked = await guest.say("ok")
    assert booked.event("tourism.booking.confirmed")["room_type_id"] == "ayodhya-double"
    for spelt in ("Okay", "okk"):  # "ok" as it is also spelt is yes too, never 'All right' and the quote again
        other = make_guest()
        await other.quote("ayodhya-double", "2026-12-26")
        assert (await other.say(spelt)).event("tourism.booking.confirmed")["room_type_id"] == "ayodhya-double"
    await guest.tap("tourism:complain:PT-2026-000001")
    assert "describe the problem in a few more words" in (await guest.say("thanks")).text  # its words, too few
