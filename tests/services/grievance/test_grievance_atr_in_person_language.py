"""The action-taken report reaches the person framed in their chat's language, whoever wrote it: a Bengali-speaking
complainant (Bengali script or Banglish) resolved by an official writing English reads the notice, its buttons and
their complaint's view in Bengali around the official's English words; an English-speaking one resolved in Bengali
reads them in English. Through the real webhook and the back office on one port."""
from __future__ import annotations

from pathlib import Path

import pytest
from phone_kit import Phone, choices, has, running_system, saying, words

from shared.auth import Tokens
from shared.wiring import make_store

ENGLISH_ATR = "A new pipe was fitted on Monday and the well is working."
BENGALI_ATR = "সোমবার নতুন পাইপ বসানো হয়েছে, নলকূপ এখন চালু।"


@pytest.fixture
async def system(tmp_path: Path):
    async with running_system(tmp_path) as (http, base, settings, _):
        tokens = Tokens(make_store(settings, "auth"))
        await tokens.start()
        token, _ = await tokens.create("gp_official", name="kalchini-secretary", scope={"gp": "Kalchini"})
        yield http, base, {"Authorization": f"Bearer {token}"}
        await tokens.close()


async def _lodged(phone: Phone, first: str, describe: str, lodged: str) -> str:
    """A water complaint at Kalchini, begun from the main menu after ``first``; its number."""
    await phone.say(first, until=has("interactive"))
    await phone.tap(f"shell:lang:{'bn' if 'নমস্কার' in first or first == 'nomoskar' else 'en'}",
                    until=lambda m: "grievance:menu" in choices(m))
    await phone.tap("grievance:menu", until=lambda m: "grievance:new" in choices(m))
    await phone.tap("grievance:new", until=lambda m: "grievance:cat:water" in choices(m))
    await phone.tap("grievance:cat:water", until=lambda m: "grievance:dist:703" in choices(m))
    await phone.tap("grievance:dist:703", until=lambda m: "grievance:blk:7035" in choices(m))
    await phone.tap("grievance:blk:7035", until=lambda m: "grievance:gp:703506" in choices(m))
    await phone.tap("grievance:gp:703506", until=saying(describe))
    summary = await phone.say("Tube well by the school is dry / স্কুলের পাশের নলকূপ শুকনো।",
                              until=lambda m: any(c.startswith("grievance:submit:") for c in choices(m)))
    done = await phone.tap(next(c for c in choices(summary) if c.startswith("grievance:submit:")),
                           until=saying(lodged))
    return next(w.rstrip("।.,") for w in words(done).split() if w.startswith("GRV-"))


async def _resolve(http, base: str, official: dict[str, str], number: str, atr: str) -> None:
    async with http.post(f"{base}/api/grievance/tickets/{number}/status", headers=official,
                         json={"status": "resolved", "atr": atr}) as response:
        assert response.status == 200, await response.text()


@pytest.mark.parametrize("first", ["নমস্কার", "nomoskar"])
async def test_a_bengali_speaker_resolved_in_english_reads_it_framed_in_bengali(system, first):
    http, base, official = system
    phone = Phone(http, base, "919733012401" if first == "nomoskar" else "919733012402", name="Sabita Oraon")
    number = await _lodged(phone, first, "নিজের ভাষায় সমস্যাটি লিখুন", "অভিযোগ জমা হয়েছে")
    await _resolve(http, base, official, number, ENGLISH_ATR)
    told = words(await phone.wait(saying(ENGLISH_ATR)))
    assert f"অভিযোগ {number}-এর সমাধান হয়েছে (কালচিনি গ্রাম পঞ্চায়েত অফিস)" in told
    assert f"গৃহীত ব্যবস্থা: {ENGLISH_ATR}" in told and "১৫ দিনের মধ্যে আবার খুলতে পারেন" in told
    assert "Action taken" not in told and "resolved" not in told
    viewed = words(await phone.tap(f"grievance:view:{number}", until=saying("অবস্থা: সমাধান হয়েছে")))
    assert f"গৃহীত ব্যবস্থা: {ENGLISH_ATR}" in viewed and "ইতিহাস:" in viewed
    assert "Status" not in viewed and "History" not in viewed


async def test_an_english_speaker_resolved_in_bengali_reads_it_framed_in_english(system):
    http, base, official = system
    phone = Phone(http, base, "919733012403", name="Sabita Oraon")
    number = await _lodged(phone, "hi", "Describe the problem", "Your complaint is lodged")
    await _resolve(http, base, official, number, BENGALI_ATR)
    told = words(await phone.wait(saying(BENGALI_ATR)))
    assert f"Complaint {number} is resolved (Kalchini Gram Panchayat office)." in told
    assert f"Action taken: {BENGALI_ATR}" in told and "reopen it within 15 days" in told
    assert "গৃহীত ব্যবস্থা" not in told and "সমাধান হয়েছে" not in told
    viewed = words(await phone.tap(f"grievance:view:{number}", until=saying("Status: Resolved")))
    assert f"Action taken: {BENGALI_ATR}" in viewed and "অবস্থা" not in viewed and "ইতিহাস" not in viewed
