"""A stay asked for by the kind the guest houses are ("cottage booking", "book a bungalow", "resort e thakbo", "কটেজ
বুকিং"), or by that kind alone ("bungalow", "বাংলো"), reached no service at the main menu ("Sorry, I did not follow
that") and was not understood in the tourism chat: it begins a booking, or opens Tourism. A hotel's licence, a tent
for a wedding and a complaint lodged stay where they were.

Whether a room is to be had, "kal room pabo?", reached no service at the main menu: it begins a booking (never a
house under a scheme, "awas er ghor pabo kobe", nor "room pabo na").

And a room asked for with its place in the tourism chat ("book a room in darjeeling") asked the district again, the
place dropped, where the main menu kept it: it is kept there too."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims


@pytest.mark.parametrize("typed", ["bungalow booking", "book a cottage", "cottage booking", "resort booking",
                                   "hotel booking", "lodge booking", "book a lodge", "dormitory booking",
                                   "resort e thakbo", "bungalow e thakte chai", "কটেজ বুকিং", "বাংলো বুকিং"])
def test_a_kind_of_stay_booked_begins_a_booking_at_the_main_menu(typed):
    assert menu_claims(typed) == ["tourism:book"], typed


@pytest.mark.parametrize("typed", ["kal room pabo?", "room pabo ki", "25 tarikh e room paben?", "room paowa jabe"])
def test_whether_a_room_is_to_be_had_begins_a_booking(typed):
    """"kal room pabo?" (will I get a room tomorrow?) reached no service at the main menu."""
    assert menu_claims(typed) == ["tourism:book"], typed


@pytest.mark.parametrize("typed", ["awas er ghor pabo kobe", "room pabo na", "amar ghor pabo kobe"])
def test_a_house_under_a_scheme_or_no_room_to_be_had_is_no_booking(typed):
    assert "tourism:book" not in menu_claims(typed), typed


@pytest.mark.parametrize("typed", ["bungalow", "forest bungalow", "cottage", "resort", "বাংলো", "কটেজ"])
def test_a_kind_of_stay_alone_opens_tourism(typed):
    assert menu_claims(typed) == ["tourism:menu"], typed


@pytest.mark.parametrize(("typed", "claims"), [
    ("hotel er trade license", ["noc:menu"]), ("book a hotel licence", []), ("tent booking", []),
    ("lodge a complaint", ["grievance:new"]), ("lodge a complaint about booking", ["grievance:new"])])
def test_a_licence_a_tent_or_a_complaint_lodged_is_no_stay(typed, claims):
    assert menu_claims(typed) == claims, typed


@pytest.mark.parametrize(("lang", "typed", "asked"), [
    ("en", "bungalow booking", "Which district would you like to stay in?"),
    ("en", "book a cottage", "Which district would you like to stay in?"),
    ("bn", "কটেজ বুকিং", "কোন জেলায় থাকতে চান?")])
async def test_in_the_chat_it_begins_a_booking(make_guest, lang, typed, asked):
    said = (await make_guest(lang).say(typed)).text
    assert asked in said and "did not follow" not in said, said


@pytest.mark.parametrize(("typed", "noted"), [
    ("book a room in darjeeling", "Noted: Darjeeling."),
    ("I want to book a room at lataguri for 2 people", "Noted: Lataguri Panchayat Guest House, 2 guests."),
    ("cottage booking in purulia", "Noted: Purulia.")])
async def test_in_the_chat_the_place_asked_for_is_kept(make_guest, typed, noted):
    said = (await make_guest("en").say(typed)).text
    assert noted in said and "Which district" not in said, said
