"""Whether a complaint can be made here asked ("whatsapp e complaint kora jay?", "office e giye complaint korte hobe?",
"অভিযোগ কি এখানে করা যায়", "can i complain here"), or how one is followed ("complaint number diye dekhbo kivabe", "how
do I track a complaint", "অভিযোগের অবস্থা কীভাবে দেখব"), began a NEW complaint with the question for its words, at the
main menu and in the complaints' chat. The first is answered (made here, on WhatsApp, with no visit to an office; the
days an office has; the complaints' buttons), the second lists one's complaints, each a tap from where it stands. A
complaint to be made with what is wrong ("complaint korte hobe rasta bhanga", "complaint: rasta thik korte hobe",
"rasta dekhte kharap, kivabe complaint korbo") stays a complaint."""
from __future__ import annotations

import pytest
from phone_kit import choices, has, words
from test_grievance_how_long_asked import ANSWERED, ARJUNS, MENU
from test_grievance_reopen_told import arjun

from services.grievance.conversation.wants import asks_how_long, asks_mine

MADE_HERE = [("bn", "whatsapp e complaint kora jay?"), ("bn", "office e giye complaint korte hobe?"),
             ("bn", "অভিযোগ কি এখানে করা যায়"), ("en", "can i complain here"),
             ("bn", "ami ki whatsapp e complaint korte pari"), ("bn", "complaint ki ekhane kora jay")]
FOLLOWED = ["complaint number diye dekhbo kivabe", "how do I track a complaint", "অভিযোগের অবস্থা কীভাবে দেখব"]
A_COMPLAINT = ["complaint korte hobe rasta bhanga", "complaint: rasta thik korte hobe",
               "rasta dekhte kharap, kivabe complaint korbo"]
HERE = {"en": "A complaint is made here, on WhatsApp, with no visit to an office.",
        "bn": "অভিযোগ এখানেই, হোয়াটসঅ্যাপে করা যায়, অফিসে যেতে হয় না।"}


@pytest.mark.parametrize("typed", [typed for _, typed in MADE_HERE])
def test_made_here_is_read(typed):
    assert asks_how_long(typed) and not asks_mine(typed), typed


@pytest.mark.parametrize("typed", FOLLOWED)
def test_how_followed_is_ones_complaints(typed):
    assert asks_mine(typed) and not asks_how_long(typed), typed


@pytest.mark.parametrize("typed", A_COMPLAINT)
def test_a_complaints_words_are_neither(typed):
    assert not asks_mine(typed) and not asks_how_long(typed), typed


@pytest.mark.parametrize("where", ["menu", "chat"])
@pytest.mark.parametrize("lang, typed", MADE_HERE[:3])
async def test_made_here_is_answered_and_no_complaint_begun(system, where, lang, typed):
    phone = await arjun(system, lang, where)
    got = await phone.say(typed, until=has("interactive"))
    assert HERE[lang] in words(got) and ANSWERED[lang] in words(got), (typed, words(got))
    assert choices(got) == MENU, choices(got)


@pytest.mark.parametrize("where", ["menu", "chat"])
@pytest.mark.parametrize("typed", FOLLOWED[::2])
async def test_how_followed_lists_ones_complaints(system, where, typed):
    phone = await arjun(system, "en", where)
    got = await phone.say(typed, until=has("interactive"))
    assert choices(got) == ARJUNS, (typed, words(got), choices(got))
