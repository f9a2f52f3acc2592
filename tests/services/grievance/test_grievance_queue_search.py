"""An official looking for one complaint among many (the person on the telephone says 'the tube well near the
school', or reads part of the number off the slip) finds it with ``q``: words of its number, description,
conversation with the person or the office's notes, in any case, Bengali digits read as the same number, and only
in the token's own area."""
from __future__ import annotations

from grievance_kit import KALCHINI_GP

API = "/api/grievance"
LATABARI_GP = "703507"  # Kalchini block, another panchayat


async def _numbers(office, query: str, headers: dict[str, str]) -> list[str]:
    got = await office.get(f"{API}/tickets?{query}", headers=headers)
    assert got.status == 200, await got.text()
    return [t["number"] for t in (await got.json())["tickets"]]


async def test_the_queue_finds_complaints_by_their_words_or_number_in_the_area_only(office):
    person = office.person()
    well = await person.lodge(text="The tube well near the primary school has been dry for a week.")
    road = await person.lodge(category="roads", text="The road to the haat is broken in many places.")
    elsewhere = await person.lodge(gp=LATABARI_GP, text="The tube well near the primary school gives muddy water.")
    panchayat = await office.bearer("gp_official", gp=KALCHINI_GP)
    block = await office.bearer("block_officer", block="Kalchini")
    assert await _numbers(office, "q=PRIMARY%20school", panchayat) == [well]
    assert await _numbers(office, "q=primary%20school", block) == [well, elsewhere]
    assert await _numbers(office, f"q={road[-3:]}", panchayat) == [road]
    bengali = road[-3:].translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
    assert await _numbers(office, f"q={bengali}", panchayat) == [road]
    await office.post(f"{API}/tickets/{road}/notes", json={"text": "Contractor Rahim to fill it with murram."},
                      headers=panchayat)
    assert await _numbers(office, "q=murram", panchayat) == [road]
    assert await _numbers(office, "q=murram&status=resolved", panchayat) == []
    assert await _numbers(office, "q=nothing%20like%20this", block) == []


async def test_a_search_of_one_letter_is_refused_rather_than_matching_everything(office):
    refused = await office.get(f"{API}/tickets?q=a", headers=await office.bearer())
    assert refused.status == 422 and (await refused.json())["detail"][0]["loc"] == ["q"]


async def test_a_number_as_the_person_reads_it_out_finds_the_complaint(office):
    """"grv 2026 2", "GRV-2026-2", "GRV 2": the number as the person's chat reads it, short of its zeros."""
    person = office.person()
    await person.lodge()
    road = await person.lodge(category="roads", text="The road to the haat is broken in many places.")
    panchayat = await office.bearer("gp_official", gp=KALCHINI_GP)
    for typed in ("grv%202026%202", "GRV-2026-2", "GRV-2026-%E0%A7%A8", "GRV%202"):
        assert await _numbers(office, f"q={typed}", panchayat) == [road], typed
