"""A district typed in Hindi where it is asked ("दार्जिलिंग", "पुरुलिया") was "We have nowhere to stay in a district by
that name", and a whole request in Devanagari ("दार्जिलिंग में 25 दिसंबर से 2 रात के लिए कमरा चाहिए, हम 2 लोग") named
no place, where "Darjeeling" and "দার্জিলিং" were read: the districts' Hindi names are read too (shared.districts.HINDI;
never shown: the answers stay in Bengali or English)."""
from __future__ import annotations

import pytest

from shared.districts import DISTRICTS, HINDI, district_key, district_near


@pytest.mark.parametrize(("typed", "key"), [("दार्जिलिंग", "darjeeling"), ("पुरुलिया", "purulia"),
                                            ("बांकुड़ा", "bankura"), ("जलपाईगुड़ी", "jalpaiguri"),
                                            ("दक्षिण 24 परगना", "south-24-parganas")])
def test_a_districts_hindi_name_is_that_district(typed, key):
    assert district_key(typed) == key


def test_every_district_has_its_hindi_name_and_a_slip_in_it_is_read():
    assert set(HINDI) == set(DISTRICTS)
    assert district_near("दार्जीलिंग", ["darjeeling", "purulia"]) == "darjeeling"


async def test_typed_where_the_district_is_asked_its_guest_houses_follow(make_guest):
    guest = make_guest()
    await guest.tap("tourism:book")
    answer = await guest.say("दार्जिलिंग")
    assert "*Darjeeling* — where would you like to stay?" in answer.text, answer.text


async def test_a_whole_request_in_devanagari_names_its_place_and_stay(make_guest):
    guest = make_guest()
    await guest.tap("tourism:menu")
    answer = await guest.say("दार्जिलिंग में 10 मार्च से 2 रात के लिए कमरा चाहिए, हम 2 लोग")
    assert "Noted: Darjeeling, from 10 Mar, 2 nights, 2 guests." in answer.text, answer.text
