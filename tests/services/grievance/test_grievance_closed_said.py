"""A complaint said closed while the work is not done ("complaint close kore diyeche kintu kaj hoyni", "my complaint
was closed but the work is not done", "অভিযোগ বন্ধ করে দিয়েছে কিন্তু কাজ হয়নি"), or asked why it was closed
("complaint keno close korlo"), began a NEW complaint at the main menu and in the complaints' chat, those words its
description. It is what reopening asked is: those of one's complaints that may be reopened, each with *Reopen*; what
is still wrong named ("... kintu jol ase na"), the one it is about, offered to be reopened with those words.

A complaint asked to be closed ("complaint close kore din", "complaint band karo", "অভিযোগ বন্ধ করুন", "please close
my complaint") began a new complaint too: it is taken back, and one is told that a complaint is not withdrawn here,
and how the office is told it is not needed. A problem to be stopped ("rastar light bondho kore din") stays a
complaint's words."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from grievance_kit import YEAR
from phone_kit import choices, has, words
from test_grievance_reopen_told import REOPENABLE, arjun

CLOSED_UNDONE = [
    ("bn", "complaint close kore diyeche kintu kaj hoyni"), ("bn", "complaint resolved dekhacche kintu kaj hoyni"),
    ("en", "my complaint was closed but the work is not done"), ("en", "complaint closed but problem not solved"),
    ("bn", "অভিযোগ বন্ধ করে দিয়েছে কিন্তু কাজ হয়নি"), ("bn", "অভিযোগ নিষ্পত্তি দেখাচ্ছে কিন্তু কাজ হয়নি"),
    ("bn", "complaint keno close korlo"),
    ("bn", "amar complaint close kore diyeche"), ("en", "shikayat band kar di lekin kaam nahi hua")]
WATER_UNDONE = "complaint close hoye geche kintu jol ase na"  # what is still wrong named: the water one's
CLOSE_ASKED = [("bn", "complaint close kore din"), ("bn", "complaint close korte chai"), ("bn", "complaint band karo"),
               ("bn", "অভিযোগ বন্ধ করুন"), ("bn", "অভিযোগটা বন্ধ করে দিন"), ("en", "please close my complaint"),
               ("en", "shikayat band kar do")]


@pytest.mark.parametrize("typed", [typed for _, typed in CLOSED_UNDONE + CLOSE_ASKED] + [WATER_UNDONE])
def test_the_main_menu_takes_them_to_ones_complaints(typed):
    assert menu_claims(typed) == ["grievance:mine"], typed


@pytest.mark.parametrize(("typed", "claimed"), [
    ("rastar light bondho kore din", ["grievance:words"]), ("shop bondho korte chai", []),
    ("complaint korte chai", ["grievance:new"]), ("my job card was cancelled, I want to complain", ["grievance:new"])])
def test_other_words_stay_what_they_were(typed, claimed):
    assert menu_claims(typed) == claimed, typed


@pytest.mark.parametrize("where", ["menu", "chat"])
@pytest.mark.parametrize("lang, typed", CLOSED_UNDONE[::3])
async def test_closed_and_not_done_lists_those_that_may_be_reopened(system, where, lang, typed):
    phone = await arjun(system, lang, where)
    got = await phone.say(typed, until=has("interactive"))
    assert choices(got) == REOPENABLE, (typed, words(got), choices(got))
    assert "grievance:cat:water" not in choices(got)  # no new complaint


@pytest.mark.parametrize("where", ["menu", "chat"])
@pytest.mark.parametrize("lang, typed", CLOSE_ASKED[::2])
async def test_close_asked_is_told_how_and_begins_none(system, where, lang, typed):
    phone = await arjun(system, lang, where)
    got = await phone.say(typed, until=has("interactive"))
    how = {"en": "A complaint cannot be withdrawn here", "bn": "এখান থেকে অভিযোগ তুলে নেওয়া যায় না"}[lang]
    assert how in words(got), (typed, words(got))
    assert "grievance:cat:water" not in choices(got)  # no new complaint


@pytest.mark.parametrize("where", ["menu", "chat"])
async def test_what_is_still_wrong_named_offers_that_one_reopened_with_the_words(system, where):
    phone = await arjun(system, "bn", where)
    got = await phone.say(WATER_UNDONE, until=has("interactive"))
    assert f"grievance:reopensaid:GRV-{YEAR}-000001" in choices(got), (words(got), choices(got))
