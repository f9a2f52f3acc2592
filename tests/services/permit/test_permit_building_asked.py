"""What may be built asked in the building permission chat, its floors or when building may begin ("can I build 2
floors", "how many floors can I build", "কত তলা করা যাবে", "can I start construction now", "kaj shuru korte pari?"),
was "Sorry, I did not understand". Each of one's own applications is now listed with what it allows: an approved one
its use, floors and area until its last valid day, one waiting that building must wait for its approval, one refused
or revoked that nothing may be built under it, one run out where to renew it; with none on this number, that the
panchayat decides it on an application and its plan, and how to apply. Whether a permission is needed for it stays
how to apply."""
from __future__ import annotations

import pytest
from casework_kit import RINA, SABINA, TAPAN, in_the_chat
from phone_kit import has, words
from test_permit_validity_asked import last_day

from services.permit.conversation import BUILDING_ASKED


def approved(lang: str) -> str:
    until = last_day("BP/PUR/2026/000101", lang)
    return {"en": f"*BP/PUR/2026/000101* (mouza Baghmundi, dag 1023): approved, so building may go ahead until {until}"
                  ", only as approved: Residential, 2 floors",
            "bn": f"*BP/PUR/2026/000101* (মৌজা Baghmundi, দাগ ১০২৩): অনুমোদিত, তাই {until} পর্যন্ত নির্মাণ করা "
                  "যায়"}[lang]


WAITING = {"en": "*BP/PUR/2026/000102* (mouza Matha, dag 560/1): Fee pending. Building may begin only once it is "
                 "approved and the permission letter issued: not yet",
           "bn": "*BP/PUR/2026/000102* (মৌজা Matha, দাগ ৫৬০/১)"}
RAN_OUT = {"en": "*BP/PUR/2023/000210* (mouza Baghmundi, dag 1024): its permission ran out on",
           "bn": "*BP/PUR/2023/000210* (মৌজা Baghmundi, দাগ ১০২৪): এর অনুমতির মেয়াদ"}


@pytest.mark.parametrize(("lang", "typed"), [("en", "can I build 2 floors"), ("en", "how many floors can I build"),
                                             ("en", "can I start construction now"), ("bn", "কত তলা করা যাবে?"),
                                             ("bn", "kaj shuru korte pari?")])
async def test_ones_own_applications_say_what_they_allow(system, lang, typed):
    phone = await in_the_chat(system, "permit", RINA, lang)
    said = words(await phone.say(typed, until=has("interactive")))
    assert approved(lang) in said and WAITING[lang] in said and RAN_OUT[lang] in said, said
    assert "Sorry" not in said and "বুঝতে পারিনি" not in said


async def test_one_refused_or_revoked_allows_nothing(system):
    for person, number in ((TAPAN, "BP/PUR/2025/000988"), (SABINA, "BP/PUR/2025/000731")):
        phone = await in_the_chat(system, "permit", person, "en")
        said = words(await phone.say("how many floors can I build", until=has("interactive")))
        assert f"*{number}*" in said and "so nothing may be built under it" in said, said


async def test_with_none_on_this_number_the_panchayat_decides_it_on_an_application(system):
    phone = await in_the_chat(system, "permit", "919800000093", "en")
    said = words(await phone.say("can I build 3 floors?", until=has("interactive")))
    assert "is decided by the gram panchayat on an application and its plan" in said, said
    assert "make an application at your gram panchayat office" in said, said


async def test_a_floor_to_be_added_is_still_how_to_apply(system):
    phone = await in_the_chat(system, "permit", RINA, "en")
    said = words(await phone.say("second floor korbo", until=has("interactive")))
    assert "make an application at your gram panchayat office" in said and "allow you to build" not in said, said


@pytest.mark.parametrize("typed", ["do I need permission to build 2 floors", "2 tola bari korte permission lagbe?",
                                   "second floor korbo", "বাড়িতে দোতলা করব", "I want to add a floor to my house",
                                   "BP/PUR/2026/000101", "my applications", "when does my permission expire"])
def test_whether_a_permission_is_needed_or_other_words_are_not_this(typed):
    assert BUILDING_ASKED.search(typed) is None
