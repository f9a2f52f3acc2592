"""A complaint said put right ("amar complaint er somadhan hoyeche", "আমার অভিযোগের সমাধান হয়েছে, ধন্যবাদ", "amar
complaint ta thik hoye geche, dhonnobad", "complaint korechilam, kaj hoye geche") began a NEW complaint at the main
menu, those words its description; "my complaint is solved, close it" listed the complaints that may be reopened, as
if the person had said the work was not done. Either is the resolved complaint's status now, as the action-taken
report asked for is: its report, and its buttons to rate it or reopen it; one's complaints where none is resolved
yet, told so.

Said with a "but", a "not", a "why", the work done badly, or with a complaint still to be made, the words stay what
they were: one's complaints, those that may be reopened, or a new complaint."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from grievance_kit import YEAR
from phone_kit import at_the_menu, choices, has, words
from test_grievance_reopen_told import REOPENABLE, arjun

from services.grievance.conversation.wants import asks_report

SETTLED = [
    ("bn", "amar complaint er somadhan hoyeche"), ("bn", "আমার অভিযোগের সমাধান হয়েছে, ধন্যবাদ"),
    ("en", "my complaint is solved, close it"), ("bn", "amar complaint ta thik hoye geche, dhonnobad"),
    ("bn", "আমার অভিযোগের কাজ হয়ে গেছে"), ("en", "thank you my complaint has been resolved"),
    ("bn", "complaint korechilam, kaj hoye geche"), ("en", "my complaint is done thank you"),
    ("bn", "abhijog er somadhan hoyeche"), ("bn", "অভিযোগ করেছিলাম, কাজ হয়ে গেছে")]
# not said put right, as they were before: where each stands, those that may be reopened, or a new complaint
UNSETTLED = [("amar complaint er somadhan hoyni", "grievance:mine"), ("আমার অভিযোগের সমাধান হয়নি", "grievance:mine"),
             ("my complaint is not resolved yet", "grievance:mine"),
             ("complaint resolved but water still not coming", "grievance:mine"),
             ("my complaint was resolved without any work", "grievance:mine"),
             ("rastar kaj hoyeche, complaint korbo", "grievance:new"),
             ("my complaint is about work done by contractor", "grievance:new"),
             ("complaint about drain, work was done badly", "grievance:new"),
             ("complaint ache rastar kaj hoyeche kharap", "grievance:new"),
             ("complaint: kaj hoye geche, taka dicche na", "grievance:new")]
RESOLVED = f"GRV-{YEAR}-000001"  # Arjun's one resolved complaint with its report


@pytest.mark.parametrize("typed", [typed for _, typed in SETTLED])
def test_the_main_menu_takes_them_to_the_resolved_ones_report(typed):
    assert menu_claims(typed) == ["grievance:atr"], typed
    assert asks_report(typed), typed  # and the complaints' chat so reads them


@pytest.mark.parametrize(("typed", "claimed"), UNSETTLED)
def test_other_words_stay_what_they_were(typed, claimed):
    assert menu_claims(typed) == [claimed], typed
    assert not asks_report(typed), typed


@pytest.mark.parametrize("where", ["menu", "chat"])
@pytest.mark.parametrize("lang, typed", SETTLED[:4])
async def test_said_put_right_opens_the_resolved_one_to_rate_or_reopen(system, where, lang, typed):
    phone = await arjun(system, lang, where)
    got = await phone.say(typed, until=has("interactive"))
    assert choices(got)[:2] == [f"grievance:accept:{RESOLVED}", f"grievance:reopen:{RESOLVED}"], (typed, words(got))
    assert "well was flushed and chlorinated" in words(got)  # its action-taken report
    assert choices(got) != REOPENABLE and "grievance:cat:water" not in choices(got)  # no reopening asked, no new one


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "my complaint is solved", "You have no complaints with us yet"),
    ("bn", "আমার অভিযোগের সমাধান হয়েছে, ধন্যবাদ", "আপনার এখনও কোনো অভিযোগ নেই")])
async def test_with_no_complaint_one_is_told_so_and_none_begun(system, lang, typed, told):
    phone = await at_the_menu(system, "919800000079", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert told in words(got), words(got)
    assert "grievance:cat:water" not in choices(got)  # no complaint begun with the words
