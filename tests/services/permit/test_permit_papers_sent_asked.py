"""An applicant whose application the office moved to scrutiny with a note asking for the porcha, who then sent it
on WhatsApp and asked 'পরচা পাঠালাম, পেয়েছেন?' ('porcha pathiyechi peyechen?', 'I sent the documents, did you get
them?'), was told 'I did not understand'. Now they are told plainly that papers sent here do not reach the office,
then what the office asked for and where it is handed in, as 'what is missing?' is answered.

The same words typed at the main menu are claimed by building permission and the trade NOC, so the menu asks which;
the chat chosen answered without that first line, as the menu's tap carries the row's title, not the words. Both now
announce those words as a choice of their own (``sent``), whose tap says it first."""
from __future__ import annotations

import pytest
from casework_kit import in_the_chat
from phone_kit import Phone, choices, has, words

from shared.auth import AUTH

SUMITRA = "919700000041"
STRANGER = "919812340151"
NUMBER = "BP/PUR/2026/000555"
NOTE = "দাগ ৬৭৮/২-এর পরচার কপি অফিসে জমা দিন"
APPLICATION = {"number": NUMBER, "name_bn": "সুমিত্রা মাহাতো", "name_en": "Sumitra Mahato", "mobile": "9700000041",
               "lang": "bn", "fee": 1500, "use": "residential", "floors": 2, "built_up_area": 96.5,
               "gp": {"code": "baghmundi", "name_bn": "বাঘমুন্ডি", "name_en": "Baghmundi", "block": "Baghmundi",
                      "district": "Purulia"},
               "plot": {"mouza": "মাঠা", "jl_no": "98", "khatian": "৪১২", "dag_no": "৬৭৮/২"}}
NOT_REACHED = {"en": "Papers sent here on WhatsApp do not reach the office",
               "bn": "হোয়াটসঅ্যাপে এখানে পাঠানো কাগজ অফিসে পৌঁছায় না"}
HANDED_IN = {"en": "hand in any asked for at Baghmundi Gram Panchayat office",
             "bn": "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে জমা দিন"}


@pytest.fixture
async def asked_for_porcha(system):
    http, base, app = system
    token, _ = await app[AUTH].create("gp_official", scope={"gp": "baghmundi"})
    headers = {"Authorization": f"Bearer {token}"}
    made = await http.post(f"{base}/api/permit/applications", json=APPLICATION, headers=headers)
    assert made.status in (200, 201), await made.text()
    moved = await http.post(f"{base}/api/permit/applications/{NUMBER}/status",
                            json={"status": "under_scrutiny", "note": NOTE}, headers=headers)
    assert moved.status == 200, await moved.text()
    return system


@pytest.mark.parametrize(("lang", "typed"), [
    ("bn", "পরচা পাঠালাম, পেয়েছেন?"),
    ("bn", "কাগজ পাঠিয়েছি, পেয়েছেন?"),
    ("bn", "porcha pathiyechi peyechen?"),
    ("en", "I sent the documents, did you get them?"),
    ("en", "have you received the papers I sent"),
])
async def test_papers_said_sent_are_told_not_reached_and_where_they_go(asked_for_porcha, lang, typed):
    phone = await in_the_chat(asked_for_porcha, "permit", SUMITRA, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert answer.index(NOT_REACHED[lang]) < answer.index(NUMBER), answer  # the answer to "did you get it?" first
    assert NOTE in answer and HANDED_IN[lang] in answer, answer


@pytest.mark.parametrize("typed", ["চিঠি পাঠিয়েছেন?", "কাগজ পাঠিয়েছেন?"])
async def test_the_office_asked_whether_it_sent_is_no_paper_of_theirs_sent(asked_for_porcha, typed):
    phone = await in_the_chat(asked_for_porcha, "permit", SUMITRA, "bn")
    answer = words(await phone.say(typed, until=has("interactive")))
    assert NOT_REACHED["bn"] not in answer, answer


@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "I sent the papers, did you get them?"),
    ("bn", "পরচা পাঠালাম, পেয়েছেন?"),
    ("bn", "kagoj pathiyechi peyechen?"),
])
async def test_the_permission_chosen_at_the_menu_says_the_papers_reached_no_one(asked_for_porcha, lang, typed):
    http, base, _ = asked_for_porcha
    phone = Phone(http, base, SUMITRA)
    await phone.start(lang)
    offered = choices(await phone.say(typed, until=has("interactive")))
    assert {"shell:claimed:permit:sent", "shell:claimed:noc:sent"} <= set(offered), offered  # which service is meant
    answer = words(await phone.tap("shell:claimed:permit:sent", until=has("interactive")))
    assert answer.index(NOT_REACHED[lang]) < answer.index(NOTE), answer
    assert HANDED_IN[lang] in answer, answer


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_noc_chosen_with_none_says_it_too(system, lang):
    http, base, _ = system
    phone = Phone(http, base, STRANGER)
    await phone.start(lang)
    await phone.say("I sent the documents, did you get them?", until=has("interactive"))
    answer = words(await phone.tap("shell:claimed:noc:sent", until=has("interactive")))
    assert NOT_REACHED[lang] in answer, answer
