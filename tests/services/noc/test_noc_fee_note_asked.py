"""The office's note on a NOC's move to fee pending (where and when to pay) reached the holder in the notice, but
'fee koto dite hobe', 'ফি কত দিতে হবে' or 'where do I pay the fee' answered with the amount and the office alone; the
answer now carries the note. And 'what is missing?', 'কী বাকি আছে?', 'ki baki ache' (no paper named) were "not
understood" in the NOC chat: they are the missing question, whose answer never names another's NOC."""
from __future__ import annotations

from pathlib import Path

import pytest
from casework_kit import ARJUN
from prometheus_client import CollectorRegistry

from shared.auth import Tokens
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore

PAY = "৫০০ টাকা পঞ্চায়েত অফিসের ক্যাশ কাউন্টারে, সকাল ১০টা থেকে দুপুর ২টার মধ্যে"
NUMBER = "/api/noc/certificates/TNOC/2026/000048"  # Arjun's, fee pending


@pytest.fixture
async def office(aiohttp_client, runtime, tmp_path: Path):
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create("noc_admin", scope={})
    client.headers = {"Authorization": f"Bearer {token}"}
    return client


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "where do I pay the fee", "Message from the office: "),
    ("bn", "fee koto dite hobe", "অফিসের বার্তা: "),
    ("bn", "ফি কত দিতে হবে?", "অফিসের বার্তা: "),
])
async def test_the_offices_word_on_the_fee_is_in_the_answer(office, bus, citizen, lang, typed, said):
    moved = await office.post(f"{NUMBER}/status", json={"status": "fee_pending", "note": PAY}, headers=office.headers)
    assert moved.status == 200
    await bus.drain()
    answer = await citizen(ARJUN, lang=lang).say(typed)
    assert "TNOC/2026/000048" in answer.text and f"{said}{PAY}" in answer.text, answer.text


async def test_without_a_note_the_answer_is_as_before(citizen):
    answer = await citizen(ARJUN).say("where do I pay the fee")
    assert "TNOC/2026/000048" in answer.text and "Message from the office" not in answer.text, answer.text


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "what is missing?", "You have 3 NOC applications still open"),
    ("bn", "কী বাকি আছে?", "এই নম্বরে আপনার ৩টি NOC-র আবেদন এখনও খোলা"),
    ("bn", "ki baki ache", "এই নম্বরে আপনার ৩টি NOC-র আবেদন এখনও খোলা"),
])
async def test_what_is_missing_without_a_paper_named_is_the_missing_question(citizen, lang, typed, said):
    answer = await citizen(ARJUN, lang=lang).say(typed)  # 000046-000048 open
    assert said in answer.text and "noc:missing:TNOC/2026/000048" in answer.choices, answer.text


async def test_money_left_to_pay_is_the_fee_not_the_papers(citizen):
    answer = await citizen(ARJUN, lang="bn").say("ki baki ache fee")
    assert "TNOC/2026/000048-এর ফি" in answer.text, answer.text
