"""The action-taken report asked for at the main menu ("send the action taken report of my complaint", "ATR", "amar
complaint er action taken report pathan", "আমার অভিযোগে কী ব্যবস্থা নেওয়া হয়েছে"). Before, the words began a NEW
complaint (its subject asked), or listed every complaint with nothing said of the report. The report is in a resolved
complaint's status: one's one such complaint opens with it; several are listed, those alone, said so; with none
resolved, one's complaints are listed and told that the report comes when one is resolved. Never anyone else's. A
complaint's report asked for in everyday words ("amar complaint er report dao", "অভিযোগের রিপোর্ট দিন", "complaint ki
report chahiye", "report of my complaint") began a new complaint too: it is the action-taken report; a report to be
made ("complaint report korbo") is still a new complaint. So did a rating or feedback offered ("complaint er rating
dibo", "অভিযোগের রেটিং দিতে চাই", "rate my complaint"): it is given under the report, which opens the same way."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from grievance_kit import YEAR
from phone_kit import at_the_menu, has, words

ARJUN, RINA, SABINA = "919800000002", "919800000001", "919800000003"  # Arjun: GRV-2026-000001 resolved, with its ATR
WELL = "The well was flushed and chlorinated"


@pytest.mark.parametrize("lang, typed", [
    ("en", "send the action taken report of my complaint"), ("en", "ATR"), ("en", "action-taken report please"),
    ("en", "what action has been taken on my complaint?"),
    ("bn", "amar complaint er action taken report pathan"), ("bn", "আমার অভিযোগে কী ব্যবস্থা নেওয়া হয়েছে"),
    ("bn", "গৃহীত ব্যবস্থার রিপোর্ট দিন"), ("bn", "amar abhijog e ki byabostha neoa hoyeche"),
    ("bn", "amar complaint er report dao"), ("bn", "অভিযোগের রিপোর্ট দিন"), ("en", "report of my complaint"),
    ("en", "complaint ki report chahiye"), ("bn", "complaint er kaj er report ta pathao"),
    ("bn", "complaint er rating dibo"), ("bn", "অভিযোগের রেটিং দিতে চাই"), ("en", "rate my complaint"),
    ("bn", "complaint e feedback dite chai"),
])
async def test_ones_one_resolved_complaint_opens_with_its_report(system, lang, typed):
    arjun = await at_the_menu(system, ARJUN, lang, name="Arjun")
    got = await arjun.say(typed, until=has("interactive"))
    assert f"GRV-{YEAR}-000001" in words(got) and WELL in words(got), words(got)
    assert "grievance:cat:water" not in str(got)  # no new complaint begun


async def test_several_resolved_are_listed_those_alone(system):
    rina = await at_the_menu(system, RINA, name="Rina Das")
    got = await rina.say("action taken report", until=has("interactive"))
    said = words(got)
    assert "choose one of yours to see it" in said, said
    assert f"grievance:view:GRV-{YEAR}-000003" in str(got) and f"grievance:view:GRV-{YEAR}-000006" in str(got), got
    assert f"grievance:view:GRV-{YEAR}-000004" not in str(got)  # lodged: no report yet
    assert f"GRV-{YEAR}-000001" not in str(got) and WELL not in said  # Arjun's


async def test_the_report_in_bengali_is_asked_in_bengali(system):
    rina = await at_the_menu(system, RINA, "bn", name="Rina Das")
    got = await rina.say("গৃহীত ব্যবস্থার রিপোর্ট", until=has("interactive"))
    assert "দেখতে আপনার একটি অভিযোগ বেছে নিন" in words(got), words(got)


async def test_with_no_complaint_none_is_begun(system):
    sabina = await at_the_menu(system, SABINA, name="Sabina")
    got = await sabina.say("send the action taken report", until=has("interactive"))
    assert "You have no complaints with us yet" in words(got), words(got)
    assert "grievance:cat:water" not in str(got)


@pytest.mark.parametrize("before", [["grievance:menu"], ["grievance:menu", "grievance:new"]])
async def test_asked_inside_complaints_it_is_no_new_complaint_either(system, before):
    """At Complaints' own menu, or where a new complaint's subject is asked, the words began one (with them as its
    description); they open the report as at the main menu."""
    arjun = await at_the_menu(system, ARJUN, name="Arjun")
    for tap in before:
        await arjun.tap(tap, until=has("interactive"))
    got = await arjun.say("action taken report", until=has("interactive"))
    assert f"GRV-{YEAR}-000001" in words(got) and WELL in words(got), words(got)
    assert "new complaint" not in words(got), words(got)


async def test_a_number_in_the_words_opens_that_one_of_theirs(system):
    arjun = await at_the_menu(system, ARJUN, name="Arjun")
    got = await arjun.say("ATR of complaint 5", until=has("interactive"))
    assert f"GRV-{YEAR}-000005" in words(got) and WELL not in words(got), words(got)
    await arjun.tap("grievance:menu", until=has("interactive"))
    mine = await arjun.say("atr of complaint 5", until=has("interactive"))
    assert f"GRV-{YEAR}-000005" in words(mine), words(mine)


@pytest.mark.parametrize("typed", ["amar complaint report korbo", "complaint report korte chai"])
def test_a_report_to_be_made_is_a_new_complaint(typed):
    assert menu_claims(typed) == ["grievance:new"]
