"""The office's note on the move to fee pending (where and when to pay, bring the receipt) reached the holder in the
notice, but 'fee koto dite hobe', 'ফি কত দিতে হবে' or 'where do I pay the fee' answered with the amount and the office
alone: the holder asking exactly where and when to pay never read the office's word on it. The answer now carries
it, under the amount; a case without a note reads as before. And 'what is missing?', 'কী বাকি আছে?', 'ki baki ache'
(no paper named) were "not understood" in the chat: they are the missing question, whose answer never names
another's case. In building permission and the trade NOC alike."""
from __future__ import annotations

import pytest
from both_kit import NOC, PERMIT, both_fixtures

service, clock, bus, runtime, citizen, system, office = both_fixtures()

PAY = {"permit": "Pay at the cash counter, 10 am to 2 pm; bring the receipt to the clerk",
       "noc": "৫০০ টাকা পঞ্চায়েত অফিসের ক্যাশ কাউন্টারে, সকাল ১০টা থেকে দুপুর ২টার মধ্যে"}


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "where do I pay the fee", "Message from the office: "),
    ("bn", "fee koto dite hobe", "অফিসের বার্তা: "),
    ("bn", "ফি কত দিতে হবে?", "অফিসের বার্তা: "),
])
async def test_the_offices_word_on_the_fee_is_in_the_answer(service, office, bus, citizen, lang, typed, said):
    pay = PAY[service.name]
    moved = await office.post(f"{service.records}{service.fee_pending}/status",
                              json={"status": "fee_pending", "note": pay}, headers=office.headers)
    assert moved.status == 200
    await bus.drain()
    answer = await citizen(service.fee_holder, lang=lang).say(typed)
    assert service.fee_pending in answer.text and f"{said}{pay}" in answer.text, answer.text
    assert service.fee[lang] in answer.text


async def test_without_a_note_the_answer_is_as_before(service, citizen):
    answer = await citizen(service.fee_holder).say("where do I pay the fee")
    assert service.fee_pending in answer.text and service.fee["en"] in answer.text, answer.text
    assert "Message from the office" not in answer.text, answer.text


@pytest.mark.parametrize(("service", "lang", "typed", "said"), [
    (PERMIT, "en", "what is missing?", "what is left is the permission fee of ₹1,800"),
    (PERMIT, "en", "what's still missing in my application", "what is left is the permission fee of ₹1,800"),
    (PERMIT, "bn", "কী বাকি আছে?", "বাকি শুধু অনুমতির ফি ₹১,৮০০ জমা দেওয়া"),
    (PERMIT, "bn", "ki baki ache", "বাকি শুধু অনুমতির ফি ₹১,৮০০ জমা দেওয়া"),
    (NOC, "en", "what is missing?", "You have 3 NOC applications still open"),  # Arjun's 000046-000048
    (NOC, "bn", "কী বাকি আছে?", "এই নম্বরে আপনার ৩টি NOC-র আবেদন এখনও খোলা"),
    (NOC, "bn", "ki baki ache", "এই নম্বরে আপনার ৩টি NOC-র আবেদন এখনও খোলা"),
], ids=lambda v: v.name if hasattr(v, "name") else None)
async def test_what_is_missing_without_a_paper_named_is_the_missing_question(service, citizen, lang, typed, said):
    answer = await citizen(service.fee_holder, lang=lang).say(typed)  # Rina: 000102 only, fee pending
    assert said in answer.text, answer.text
    if service is PERMIT:
        assert service.fee_pending in answer.text, answer.text
    else:
        assert service.tap(f"missing:{service.fee_pending}") in answer.choices, answer.choices


async def test_money_left_to_pay_is_the_fee_not_the_papers(service, citizen):
    answer = await citizen(service.fee_holder, lang="bn").say("ki baki ache fee")
    assert f"{service.fee_pending}-এর ফি" in answer.text, answer.text
