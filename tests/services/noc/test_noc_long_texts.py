"""A trade NOC with every detail at the longest the back office takes — the trade, the owner, the premises,
the panchayat, a memo, a revocation reason — is read whole in the chat: reply buttons carry at most 1,024
characters of text, so a longer view goes as text before them, and the buttons still follow with the way back."""
from __future__ import annotations

from pathlib import Path

import pytest
from casework_kit import longest, walked_by_the_office

from gateway.outbound import validate_body

MOBILE, WA_ID = "9732099999", "919732099999"
NUMBER = "TNOC/2026/000888"


TRADE = longest("Maa Tara Bastralaya and General Stores, cloth, saree and school uniform ", 200)
NAME_EN = longest("Smt Sabina Khatun wife of Md Rafiqul Islam ", 200)
NAME_BN = longest("শ্রীমতী সাবিনা খাতুন, স্বামী মহম্মদ রফিকুল ইসলাম ", 200)
PREMISES = longest("Holding no. 12/3, Ajodhya More bazar, near the primary school, PO Ajodhya Hills ", 200)
REASON = longest("The shop was moved to another holding without telling the panchayat, and the fire safety "
                 "certificate has lapsed. ", 300)
NEW = {"number": NUMBER, "name_bn": NAME_BN, "name_en": NAME_EN, "mobile": MOBILE, "fee": 9_999_999,
       "gp": {"code": "tunturi", "name_bn": longest("টুন্টুরি ", 200), "name_en": longest("Tunturi ", 200),
              "block": "Baghmundi", "district": "Purulia"},
       "trade_name": TRADE, "premises": PREMISES, "category": "manufacturing", "term_years": 3}


@pytest.fixture
async def revoked(aiohttp_client, runtime, bus, tmp_path: Path) -> list[dict]:
    """The certificate made, moved and revoked by the back office; what its holder was told on the way."""
    note = longest("Premises inspected; the fee is to be paid at the panchayat office. ", 300)
    steps = [("/status", {"status": "under_scrutiny", "note": note}),
             ("/status", {"status": "fee_pending", "note": note}),
             ("/status", {"status": "under_scrutiny"}), ("/status", {"status": "fee_pending"}),
             ("/approve", {"memo_no": longest("AJD/GP/TNOC/888/2026/", 60)}), ("/revoke", {"reason": REASON})]
    return await walked_by_the_office(aiohttp_client, runtime, bus, tmp_path, "/api/noc/certificates", NEW, steps,
                                      WA_ID)


async def test_the_longest_certificate_is_read_whole_and_its_buttons_follow(revoked, citizen):
    assert all(validate_body(p["message"]) == [] for p in revoked)
    assert REASON in revoked[-1]["message"]["text"]["body"]
    seen = await citizen(WA_ID).say(NUMBER)
    assert all(validate_body(r.message) == [] for r in seen.replies)
    assert "…" not in seen.text
    for whole in (f"Trade: {TRADE}", f"Owner: {NAME_EN}", f"Premises: {PREMISES}", f"Reason: {REASON}",
                  "What has happened:"):
        assert whole in seen.text
    assert seen.text.count("\n• ") == 5 and "— Revoked" in seen.text  # the last five moves, the revocation last
    assert seen.last.text == ("What would you like to do next?\n\n"
                              "Type *back* or 0 for the NOC menu, or *menu* for the main menu.")
    assert set(seen.last.choices) == {"noc:mine", "noc:home"}


async def test_in_bengali_too_the_certificate_is_read_whole(revoked, citizen):
    seen = await citizen(WA_ID, lang="bn").tap(f"noc:view:{NUMBER}")
    assert all(validate_body(r.message) == [] for r in seen.replies)
    assert "…" not in seen.text
    for whole in (f"ব্যবসা: {TRADE}", f"মালিক: {NAME_BN}", f"স্থান: {PREMISES}", f"কারণ: {REASON}", "যা যা হয়েছে:",
                  "— প্রত্যাহৃত"):
        assert whole in seen.text
    assert seen.last.text == "এরপর কী করতে চান?\n\nNOC মেনুর জন্য *ফিরে* বা ০ লিখুন, মূল মেনুর জন্য *মেনু*।"
    assert set(seen.last.choices) == {"noc:mine", "noc:home"}
