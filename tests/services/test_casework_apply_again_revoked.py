"""Applying again after a revocation, in building permission and the trade NOC alike. 'How do I apply again' from
someone whose permission or NOC the office revoked was answered as if nothing of theirs had been refused ('No
application ... was rejected'), and 'reapply <its number>' showed its View. They are now told it was revoked, why,
and the gram panchayat office to make a new application at, as a rejection is answered; several rejected or revoked
are listed with theirs. Someone with nothing refused is told which of their own stands where and that there is
nothing to apply again for, with the way back to the menu, instead of being sent to apply afresh."""
from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from casework_kit import PUBLIC_URL, SABINA, START, TAPAN, Citizen, stored
from chat_kit import Clock, listening_bus, service_runtime

from services.noc.kind import KIND as NOC_KIND
from services.noc.service import spec as noc_spec
from services.permit.kind import KIND as PERMIT_KIND
from services.permit.service import spec as permit_spec
from shared.runtime import ServiceRuntime

ROOT = Path(__file__).resolve().parents[2]
NEWCOMER = "919800000019"  # no demo person: given one case of their own by the test that needs it


@dataclass(frozen=True)
class Service:
    name: str
    spec: Callable[[], Any]
    kind: Any
    revoked: str  # Sabina's revoked permission or NOC
    typed: str  # its number with a two-figure year
    reason: str  # why the office revoked it
    rejected: str  # Tapan's rejected one
    pending: str  # a number of Arjun's, submitted


PERMIT = Service("permit", lambda: permit_spec(public_url=PUBLIC_URL), PERMIT_KIND, "BP/PUR/2025/000731",
                 "BP/PUR/25/731", "Construction went beyond the approved plan (a third floor was added).",
                 "BP/PUR/2025/000988", "BP/PUR/2026/000103")
NOC = Service("noc", lambda: noc_spec(public_url=PUBLIC_URL, reminder_every=None), NOC_KIND, "TNOC/2025/000122",
              "TNOC/25/122", "The trade moved to another premises without a new NOC.", "TNOC/2025/000190",
              "TNOC/2026/000046")


@dataclass
class Chat:
    service: Service
    runtime: ServiceRuntime
    citizen: Callable[..., Citizen]


@pytest.fixture(params=[PERMIT, NOC], ids=lambda s: s.name)
async def chat(request: Any, tmp_path: Path) -> AsyncIterator[Chat]:
    """The service as ``casework_fixtures`` runs it (demo data loaded, the clock fixed), for each of the two."""
    service: Service = request.param
    bus = await listening_bus("wa.outbound", f"{service.name}.#")
    runtime = service_runtime(service.spec(), bus, tmp_path / f"{service.name}.sqlite3", Clock(START))
    await runtime.start()
    yield Chat(service, runtime, lambda wa_id, lang="en": Citizen(bus, runtime.store, service.name, wa_id, lang=lang))
    await bus.drain()
    await runtime.stop(1.0)
    await bus.close(1.0)


async def copy_of(chat: Chat, number: str, case: dict[str, Any], **entry: Any) -> None:
    """The demo case ``number`` again with ``case``'s fields (another number and mobile), walked as ``entry`` says."""
    demo = json.loads((ROOT / "services" / chat.service.name / "demo.json").read_text(encoding="utf-8"))
    made = next(e["case"] for e in demo["cases"] if e["case"]["number"] == number)
    await stored(chat.runtime, chat.service.kind, {**made, **case}, **entry)


def told_revoked(chat: Chat, answer: Any, office: str) -> None:
    assert chat.service.revoked in answer.text and office in answer.text, answer.text
    assert chat.service.reason in answer.text, answer.text
    assert list(answer.choices)[:1] == [f"{chat.service.name}:view:{chat.service.revoked}"], answer.choices
    assert {f"{chat.service.name}:mine", f"{chat.service.name}:home"} <= set(answer.choices), answer.choices


@pytest.mark.parametrize(("lang", "words", "told"), [
    ("en", "how do I apply again", "revoked"), ("en", "reapply", "make a new application at Baghmundi Gram Panchayat"),
    ("bn", "আবার আবেদন করব কীভাবে", "প্রত্যাহার"), ("bn", "abar apply korbo kivabe", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে")])
async def test_applying_again_after_a_revocation_is_told_it_was_revoked_why_and_where(chat, lang, words, told):
    answer = await chat.citizen(SABINA, lang=lang).say(words)
    told_revoked(chat, answer, told)
    assert "নামঞ্জুর" not in answer.text and "rejected" not in answer.text, answer.text


async def test_its_number_typed_with_the_words_is_answered_so_too(chat):
    answer = await chat.citizen(SABINA).say(f"reapply {chat.service.typed}")
    told_revoked(chat, answer, "Why it was revoked (see to this before applying again)")


async def test_the_main_menus_tap_for_applying_again_is_answered_so_too(chat):
    """"how do I apply again" typed at the main menu reaches the chat as the tap ``<service>:again`` carrying them."""
    me = chat.citizen(SABINA, lang="bn")
    answer = await me.send(me.envelope(reply_id=f"{chat.service.name}:again", text="আবার আবেদন করব কীভাবে"))
    told_revoked(chat, answer, "প্রত্যাহারের কারণ (আবার আবেদনের আগে এটি মিটিয়ে নিন)")


async def test_a_stranger_naming_the_revoked_number_sees_its_status_only(chat):
    answer = await chat.citizen("919812340001").say(f"reapply {chat.service.typed}")
    assert "*Revoked*" in answer.text and chat.service.reason not in answer.text, answer.text


async def test_a_rejected_and_a_revoked_one_are_listed_each_with_its_reason(chat):
    await copy_of(chat, chat.service.revoked, case={"number": chat.service.revoked.replace("2025", "2024"),
                                                    "mobile": "9800000004"}, status="revoked", days_ago=400,
                  reason="Built on the drain.")
    answer = await chat.citizen(TAPAN).say("how do I apply again")
    assert "2 of your" in answer.text and "rejected" in answer.text and "revoked" in answer.text, answer.text
    assert chat.service.rejected in answer.text and chat.service.revoked.replace("2025", "2024") in answer.text
    assert "Why it was revoked (see to this before applying again): Built on the drain." in answer.text, answer.text
    assert f"*{chat.service.revoked.replace('2025', '2024')}* · Revoked · Baghmundi" in answer.text, answer.text
    assert f"*{chat.service.rejected}* · Rejected · Baghmundi\nWhy it was rejected" in answer.text, answer.text
    assert list(answer.choices) == [f"{chat.service.name}:mine", f"{chat.service.name}:home"], answer.choices


async def test_two_revoked_are_listed_as_revoked(chat):
    await copy_of(chat, chat.service.revoked, case={"number": chat.service.revoked.replace("2025", "2024"),
                                                    "mobile": "9800000003"}, status="revoked", days_ago=400,
                  reason="Built on the drain.")
    answer = await chat.citizen(SABINA, lang="bn").say("আবার আবেদন করব কীভাবে")
    assert "২টি" in answer.text and "প্রত্যাহার" in answer.text and "নামঞ্জুর" not in answer.text, answer.text
    assert chat.service.reason in answer.text and "Built on the drain." in answer.text, answer.text


async def test_one_pending_is_named_with_its_status_and_nothing_to_apply_again_for(chat):
    await copy_of(chat, chat.service.pending, case={"number": chat.service.pending[:-3] + "901",
                                                    "mobile": NEWCOMER[2:]}, status="under_scrutiny", days_ago=5)
    answer = await chat.citizen(NEWCOMER).say("how do I apply again")
    number = chat.service.pending[:-3] + "901"
    assert f"{number} is *Under scrutiny*" in answer.text, answer.text
    assert "nothing to apply again for" in answer.text and "*menu*" in answer.text, answer.text
    assert list(answer.choices) == [f"{chat.service.name}:view:{number}", f"{chat.service.name}:home"]


@pytest.mark.parametrize(("lang", "said"), [("en", "nothing to apply again for"), ("bn", "আবার আবেদন করার কিছু নেই")])
async def test_several_none_refused_are_listed_with_where_each_stands(chat, lang, said):
    for serial, status in (("901", "submitted"), ("902", "under_scrutiny")):
        await copy_of(chat, chat.service.pending, case={"number": chat.service.pending[:-3] + serial,
                                                        "mobile": NEWCOMER[2:]}, status=status, days_ago=5)
    answer = await chat.citizen(NEWCOMER, lang=lang).say("reapply" if lang == "en" else "আবার আবেদন করব কীভাবে")
    assert said in answer.text and chat.service.pending[:-3] + "902" in answer.text, answer.text
    assert ("Submitted" if lang == "en" else "জমা পড়েছে") in answer.text, answer.text
    assert "make an application at your gram panchayat office" not in answer.text, answer.text
    assert list(answer.choices) == [f"{chat.service.name}:mine", f"{chat.service.name}:home"], answer.choices


async def test_someone_with_nothing_registered_is_told_so_and_where_to_apply(chat):
    answer = await chat.citizen("919812340001").say("how do I apply again")
    assert "is registered to this WhatsApp number" in answer.text and "gram panchayat office" in answer.text
    assert list(answer.choices) == [f"{chat.service.name}:status", f"{chat.service.name}:home"], answer.choices


async def test_someone_whose_number_is_hidden_is_told_why_their_own_cannot_be_found(chat):
    answer = await chat.citizen("IN.1648738043044942").say("how do I apply again")
    assert "hidden behind a username" in answer.text and "was rejected" not in answer.text, answer.text


# A document that ran out: for a trader whose NOC has expired, applying again means applying for its renewal.

async def expired_of_newcomer(chat: Chat, serial: str = "903") -> str:
    """One of the newcomer's own, approved 800 days ago for a year: it ran out well before today."""
    number = chat.service.pending[:-3] + serial
    await copy_of(chat, chat.service.pending, case={"number": number, "mobile": NEWCOMER[2:]}, status="approved",
                  days_ago=800, valid_days=365)
    return number


@pytest.mark.parametrize(("lang", "words", "told"), [
    ("en", "how do I apply again", "ran out on"), ("bn", "আবার আবেদন করব কীভাবে", "মেয়াদ")])
async def test_applying_again_after_a_document_ran_out_is_told_the_day_and_where_to_renew(chat, lang, words, told):
    number = await expired_of_newcomer(chat)
    answer = await chat.citizen(NEWCOMER, lang=lang).say(words)
    assert number in answer.text and told in answer.text, answer.text
    assert ("renewal" if lang == "en" else "নবীকরণ") in answer.text, answer.text
    assert ("Ajodhya Gram Panchayat" if lang == "en" else "অযোধ্যা গ্রাম পঞ্চায়েত") in answer.text, answer.text
    assert "nothing to apply again for" not in answer.text and "কিছু নেই" not in answer.text, answer.text
    assert list(answer.choices)[:1] == [f"{chat.service.name}:view:{number}"], answer.choices


async def test_its_number_typed_by_its_holder_is_answered_so_and_by_a_stranger_with_its_status(chat):
    number = await expired_of_newcomer(chat)
    mine = await chat.citizen(NEWCOMER).say(f"reapply {number}")
    assert "ran out on" in mine.text and "renewal" in mine.text, mine.text
    stranger = await chat.citizen("919812340001").say(f"reapply {number}")
    assert "*Expired*" in stranger.text and "ran out on" not in stranger.text, stranger.text


async def test_a_rejected_one_and_one_that_ran_out_are_listed_each_with_what_follows(chat):
    await expired_of_newcomer(chat)
    await copy_of(chat, chat.service.rejected, case={"number": chat.service.rejected.replace("2025", "2024"),
                                                     "mobile": NEWCOMER[2:]}, status="rejected", days_ago=300,
                  reason="Built on the drain.")
    answer = await chat.citizen(NEWCOMER).say("reapply")
    assert "2 of your" in answer.text and "run out" in answer.text and "renewal" in answer.text, answer.text
    assert " · Expired · " in answer.text and " · Rejected · " in answer.text, answer.text
    assert "Why it was rejected (see to this before applying again): Built on the drain." in answer.text
    assert list(answer.choices) == [f"{chat.service.name}:mine", f"{chat.service.name}:home"], answer.choices


async def test_two_that_ran_out_are_listed_as_such(chat):
    for serial in ("903", "904"):
        await expired_of_newcomer(chat, serial)
    answer = await chat.citizen(NEWCOMER, lang="bn").say("আবার আবেদন করব কীভাবে")
    assert "২টি" in answer.text and "মেয়াদ শেষ হয়েছে" in answer.text and "নামঞ্জুর" not in answer.text, answer.text
