"""A reason to reopen had to be ten characters long with three letters in it, the vowel signs of Bengali not
counted as letters: 'ঠিক হয়নি' (not put right), 'ভুল' (wrong), 'kaj hoyni' or 'not fixed', what people write
when the work was not done, were refused with 'Please give a reason of at least a few words.', and so were the
same words kept at a resolved complaint and offered with *Reopen with this*. A reason now needs three letters, a
letter's vowel signs counted with it, so these reopen the complaint; dots, figures, emoji or a bare yes are still
no reason, and the question is asked again. A bare no ("no", "না না") was asked for a reason again too, though one
who says no to "Why do you want to reopen?" has most likely changed their mind: the complaint is now shown as it
stays, not reopened, with its *Reopen* to tap again."""
from __future__ import annotations

import pytest

API = "/api/grievance"
ASKS = {"en": "Why do you want to reopen", "bn": "কেন আবার খুলতে চান"}
SHORT = {"en": "Please give a reason of at least a few words.", "bn": "অন্তত কয়েকটি শব্দে কারণ লিখুন।"}
REOPENED = {"en": "is reopened", "bn": "আবার খোলা হয়েছে"}
NOT_REOPENED = {"en": "is not reopened", "bn": "আবার খোলা হল না"}


async def _resolved(office, lang: str):
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    done = await office.post(f"{API}/tickets/{number}/status", json={"status": "resolved", "atr": "Pipe replaced."},
                             headers=headers)
    assert done.status == 200, await done.text()
    return person, number, headers


@pytest.mark.parametrize(("lang", "reason"), [("bn", "ভুল"), ("bn", "ঠিক হয়নি"), ("bn", "জল নেই"),
                                              ("en", "kaj hoyni"), ("en", "not fixed")])
async def test_a_short_reason_in_words_reopens_the_complaint(office, lang, reason):
    person, number, headers = await _resolved(office, lang)
    asked = await person.tap(f"grievance:reopen:{number}")
    assert ASKS[lang] in asked.text
    reopened = await person.say(reason)
    assert REOPENED[lang] in reopened.text, reopened.text
    assert reopened.event("grievance.ticket.reopened")["reason"] == reason
    ticket = await (await office.get(f"{API}/tickets/{number}", headers=headers)).json()
    assert (ticket["status"], ticket["history"][-1]["note"]) == ("reopened", reason)


@pytest.mark.parametrize(("lang", "reason"), [("en", "..."), ("en", "12"), ("bn", "১২৩৪৫৬৭৮৯০"), ("en", "yes"),
                                              ("bn", "হ্যাঁ"), ("bn", "🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬")])
async def test_no_words_or_a_bare_yes_is_no_reason_and_the_question_is_asked_again(office, lang, reason):
    person, number, headers = await _resolved(office, lang)
    await person.tap(f"grievance:reopen:{number}")
    refused = await person.say(reason)
    assert SHORT[lang] in refused.text and ASKS[lang] in refused.text and not refused.events, refused.text
    ticket = await (await office.get(f"{API}/tickets/{number}", headers=headers)).json()
    assert ticket["status"] == "resolved"



@pytest.mark.parametrize(("lang", "said"), [("en", "no"), ("en", "no no"), ("en", "nah"), ("bn", "না"),
                                            ("bn", "না না")])
async def test_a_bare_no_keeps_the_complaint_as_it_is_with_its_reopen(office, lang, said):
    person, number, headers = await _resolved(office, lang)
    await person.tap(f"grievance:reopen:{number}")
    kept = await person.say(said)
    assert NOT_REOPENED[lang] in kept.text and SHORT[lang] not in kept.text and not kept.events, kept.text
    assert f"grievance:reopen:{number}" in kept.last.choices and f"grievance:accept:{number}" in kept.last.choices
    ticket = await (await office.get(f"{API}/tickets/{number}", headers=headers)).json()
    assert ticket["status"] == "resolved"

async def test_short_words_kept_at_a_resolved_complaint_reopen_it_with_reopen_with_this(office):
    person, number, _ = await _resolved(office, "bn")
    await person.say(number)
    asked = await person.say("কাজ হয়নি")
    assert asked.last.choices[f"grievance:reopensaid:{number}"] == "এটি দিয়ে আবার খুলুন"
    reopened = await person.tap(f"grievance:reopensaid:{number}")
    assert REOPENED["bn"] in reopened.text and reopened.event("grievance.ticket.reopened")["reason"] == "কাজ হয়নি"
