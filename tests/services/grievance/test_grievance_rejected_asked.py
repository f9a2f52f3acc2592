"""Why one's complaint was rejected, and reopening one, asked at the main menu or at Complaints' menu ("why was my
complaint rejected?", "complaint ta keno batil holo", "অভিযোগ কেন বাতিল হল?", "I want to reopen my complaint"), or
one named by its number with a question ("complaint 5 keno reject holo?", "অভিযোগ ৫ কেন বাতিল হল"). The Bengali and
the numbered words began a NEW complaint with them as its description; the English listed every complaint, those in
progress among them. One's one rejected complaint now opens with the office's reason; reopening lists those that may
still be reopened (each with *Reopen*), with none the time it is allowed in said; a complaint taken back ("অভিযোগ
বাতিল করে দিন") is still told how the office is told it is not needed, and a new complaint about something rejected
still begins one. Never anyone else's."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR, told_none_of_hers
from phone_kit import at_the_menu, has, words

ARJUN, RINA, SABINA = "919800000002", "919800000001", "919800000003"  # Arjun: 000005 rejected, 000001 resolved
REASON = "The birth was registered at the Jhargram municipality"


@pytest.mark.parametrize("lang, typed", [
    ("en", "why was my complaint rejected?"), ("en", "complaint rejected why"), ("bn", "অভিযোগ কেন বাতিল হল?"),
    ("bn", "complaint ta keno batil holo"), ("bn", "অভিযোগ বাতিল হয়ে গেছে"), ("bn", "amar complaint reject hoyeche keno"),
    ("en", "complaint 5 keno reject holo?"), ("bn", "অভিযোগ ৫ কেন বাতিল হল"), ("en", "complaint 5 is rejected, why?"),
])
async def test_ones_rejected_complaint_opens_with_its_reason(system, lang, typed):
    arjun = await at_the_menu(system, ARJUN, lang, name="Arjun")
    got = await arjun.say(typed, until=has("interactive"))
    assert f"GRV-{YEAR}-000005" in words(got) and REASON in words(got), (typed, words(got))
    assert "grievance:cat:water" not in str(got) and f"GRV-{YEAR}-000002" not in words(got), typed


async def test_a_number_with_a_question_opens_that_one_of_theirs(system):
    arjun = await at_the_menu(system, ARJUN, name="Arjun")
    got = await arjun.say("complaint 2 is still pending", until=has("interactive"))
    assert f"GRV-{YEAR}-000002" in words(got) and f"grievance:send:GRV-{YEAR}-000002" in str(got), words(got)
    other = await told_none_of_hers(system, "complaint 5 keno reject holo?")
    assert REASON not in other, other


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "why was my complaint rejected?", "None of your complaints was rejected."),
    ("bn", "অভিযোগ কেন বাতিল হল?", "আপনার কোনো অভিযোগ বাতিল হয়নি।")])
async def test_with_none_rejected_it_is_said_and_theirs_listed(system, lang, typed, said):
    rina = await at_the_menu(system, RINA, lang, name="Rina Das")
    got = await rina.say(typed, until=has("interactive"))
    assert said in words(got), words(got)
    assert f"grievance:view:GRV-{YEAR}-000004" in str(got) and f"GRV-{YEAR}-000005" not in str(got), got


async def test_reopening_lists_those_that_may_be_reopened(system):
    arjun = await at_the_menu(system, ARJUN, name="Arjun")
    got = await arjun.say("I want to reopen my complaint", until=has("interactive"))
    assert "can still be reopened" in words(got), words(got)
    rows = str(got)
    assert f"grievance:view:GRV-{YEAR}-000001" in rows and f"grievance:view:GRV-{YEAR}-000005" in rows, rows
    assert f"grievance:view:GRV-{YEAR}-000002" not in rows  # in progress: nothing to reopen


async def test_with_no_complaint_at_all_none_is_begun(system):
    sabina = await at_the_menu(system, SABINA, name="Sabina")
    got = await sabina.say("I want to reopen my complaint", until=has("interactive"))
    assert "You have no complaints with us yet" in words(got), words(got)
    assert "grievance:cat:water" not in str(got)


async def test_asked_inside_complaints_it_is_no_new_complaint(system):
    arjun = await at_the_menu(system, ARJUN, "bn", name="Arjun")
    await arjun.tap("grievance:menu", until=has("interactive"))
    got = await arjun.say("অভিযোগ কেন বাতিল হল?", until=has("interactive"))
    assert f"GRV-{YEAR}-000005" in words(got) and "নতুন অভিযোগ" not in words(got).split("\n")[0], words(got)


async def test_taking_back_and_a_new_complaint_are_read_as_before(system):
    arjun = await at_the_menu(system, ARJUN, "bn", name="Arjun")
    got = await arjun.say("অভিযোগ বাতিল করে দিন", until=has("interactive"))
    assert f"grievance:view:GRV-{YEAR}-000002" in str(got) and REASON not in words(got), words(got)
    sabina = await at_the_menu(system, SABINA, name="Sabina")
    got = await sabina.say("I want to complain, my pension application was rejected", until=has("interactive"))
    assert "start of a new complaint" in words(got) and f"GRV-{YEAR}-000005" not in words(got), words(got)


# (with what is still wrong said, "..., abar jol asche na", the one complaint it names opens with the words kept as the
# reason: test_grievance_reopen_told.py)
@pytest.mark.parametrize("lang, typed", [("bn", "amar complaint ta abar khulte chai"),
                                         ("bn", "অভিযোগটা আবার চালু করতে চাই"), ("en", "please reopen the complaint"),
                                         ("bn", "abhijog ta abar open korun")])
async def test_reopening_asked_without_my_lists_those_that_may_be_reopened(system, lang, typed):
    """Without "my" ("complaint ta abar khulte chai", "অভিযোগটা আবার চালু করতে চাই") the words began a NEW complaint
    (a problem told with them) or were not read at the main menu."""
    arjun = await at_the_menu(system, ARJUN, lang, name="Arjun")
    got = await arjun.say(typed, until=has("interactive"))
    rows = str(got)
    assert f"grievance:view:GRV-{YEAR}-000001" in rows and f"grievance:view:GRV-{YEAR}-000005" in rows, words(got)
    assert "grievance:cat:water" not in rows and f"GRV-{YEAR}-000002" not in rows
