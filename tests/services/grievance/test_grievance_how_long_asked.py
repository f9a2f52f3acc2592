"""How long a complaint takes, or what becomes of one, asked of complaints at large ("how long does a complaint
take", "complaint korte koto din lage", "complaint korle ki hobe", "অভিযোগ করলে কত দিন লাগে") began a NEW complaint
with the question for its words, at the main menu and in the complaints' chat. It is answered now: an office must act
within 7 to 30 days by the complaint's kind, a message comes at every step, and a late one moves up to the block and
the district; with the complaints' buttons (*New complaint* among them). Asked of one's own ("amar complaint koto din
e solve hobe", "how long will my complaint take"), one's complaints, where each stands; their answer said not come
("complaint er reply pai ni", "no reply to my complaint"), the same. A problem's own time ("rasta koto din dhore
bhanga, complaint korbo") stays a new complaint.

So did whether a complaint can be made here ("whatsapp e complaint kora jay?", "office e giye complaint korte hobe?",
"অভিযোগ কি এখানে করা যায়", "can i complain here"): answered the same, its first words that one is made here, on
WhatsApp, with no visit to an office; and how one is followed ("complaint number diye dekhbo kivabe", "how do I track a
complaint", "অভিযোগের অবস্থা কীভাবে দেখব"): one's complaints, each a tap from where it stands. A complaint to be made
with what is wrong ("complaint korte hobe rasta bhanga", "rasta dekhte kharap, kivabe complaint korbo") stays a
complaint."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR
from phone_kit import at_the_menu, choices, has, words
from test_grievance_reopen_told import arjun

from services.grievance.conversation.wants import asks_how_long, asks_mine

HOW_LONG = [("en", "how long does a complaint take"), ("bn", "complaint korte koto din lage"),
            ("bn", "complaint korle ki hobe"), ("bn", "অভিযোগ করলে কত দিন লাগে"),
            ("bn", "complaint koto din e solve hoy"), ("en", "shikayat kitne din me hal hoti hai")]
OWN = ["amar complaint koto din e solve hobe", "how long will my complaint take",
       "আমার অভিযোগের সমাধান হতে কত দিন লাগবে", "complaint er reply pai ni", "amar complaint er kono uttor pai ni",
       "আমার অভিযোগের কোনো উত্তর আসেনি",
       "no reply to my complaint", "I did not get a response to my complaint"]
MADE_HERE = [("bn", "whatsapp e complaint kora jay?"), ("bn", "office e giye complaint korte hobe?"),
             ("bn", "অভিযোগ কি এখানে করা যায়"), ("en", "can i complain here"),
             ("bn", "ami ki whatsapp e complaint korte pari"), ("bn", "complaint ki ekhane kora jay")]
FOLLOWED = ["complaint number diye dekhbo kivabe", "how do I track a complaint", "অভিযোগের অবস্থা কীভাবে দেখব"]
NEITHER = ["rasta koto din dhore bhanga complaint korbo", "complaint korbo rasta bhanga koto din lagbe",
           "my road is broken for how long, I will complain", "complaint er reply dibo",
           # a complaint to be made with what is wrong
           "complaint korte hobe rasta bhanga", "complaint: rasta thik korte hobe",
           "rasta dekhte kharap, kivabe complaint korbo"]
ANSWERED = {"en": "which must act on it within 7 to 30 days", "bn": "৭ থেকে ৩০ দিনের মধ্যে ব্যবস্থা নিতে হয়"}
HERE = {"en": "A complaint is made here, on WhatsApp, with no visit to an office.",
        "bn": "অভিযোগ এখানেই, হোয়াটসঅ্যাপে করা যায়, অফিসে যেতে হয় না।"}
MENU = ["grievance:new", "grievance:mine", "grievance:report"]
ARJUNS = [f"grievance:view:GRV-{YEAR}-00000{n}" for n in (2, 1, 5)]  # latest first


@pytest.mark.parametrize("typed", [typed for _, typed in HOW_LONG + MADE_HERE])
def test_how_long_is_read(typed):
    assert asks_how_long(typed) and not asks_mine(typed), typed


@pytest.mark.parametrize("typed", OWN + FOLLOWED)
def test_ones_own_is_ones_complaints(typed):
    assert asks_mine(typed) and not asks_how_long(typed), typed


@pytest.mark.parametrize("typed", NEITHER)
def test_a_problems_words_are_neither(typed):
    assert not asks_mine(typed) and not asks_how_long(typed), typed


@pytest.mark.parametrize("where", ["menu", "chat"])
@pytest.mark.parametrize("lang, typed", HOW_LONG[:4] + MADE_HERE[:3])
async def test_how_long_is_answered_and_no_complaint_begun(system, where, lang, typed):
    phone = await arjun(system, lang, where)
    got = await phone.say(typed, until=has("interactive"))
    assert HERE[lang] in words(got) and ANSWERED[lang] in words(got), (typed, words(got))
    assert choices(got) == MENU, choices(got)  # no subject asked: no complaint begun with the question


@pytest.mark.parametrize("where", ["menu", "chat"])
@pytest.mark.parametrize("typed", OWN[::3] + FOLLOWED[::2])
async def test_ones_own_lists_ones_complaints(system, where, typed):
    phone = await arjun(system, "en", where)
    got = await phone.say(typed, until=has("interactive"))
    assert choices(got) == ARJUNS, (typed, words(got), choices(got))


async def test_a_stranger_is_answered_too(system):
    phone = await at_the_menu(system, "919800000079", "bn")
    got = await phone.say("অভিযোগ করলে কত দিন লাগে", until=has("interactive"))
    assert ANSWERED["bn"] in words(got) and choices(got) == MENU, words(got)
