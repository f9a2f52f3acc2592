"""An application with every detail at the longest the back office takes — the names, the panchayat, the
mouza, a memo, a revocation reason — is read whole in the chat: reply buttons carry at most 1,024 characters
of text, so a longer view goes as text before them, and the buttons still follow with the way back."""
from __future__ import annotations

from pathlib import Path

import pytest
from casework_kit import longest, walked_by_the_office

from gateway.outbound import validate_body

MOBILE, WA_ID = "9830012345", "919830012345"
NUMBER = "BP/PUR/2026/000888"


NAME_EN = longest("Sri Subhas Chandra Mahato son of Late Haripada Mahato ", 200)
NAME_BN = longest("শ্রী সুভাষচন্দ্র মাহাত, পিতা স্বর্গীয় হরিপদ মাহাত ", 200)
MOUZA = longest("Uttar Baghmundi Purba Khanda Dakshin Para ", 200)
NOTE = longest("Site inspection done; the fee is to be paid at the panchayat office. ", 300)
REASON = longest("The building stands beyond the sanctioned plan on the northern side and blocks the drain. ", 300)
NEW = {"number": NUMBER, "name_bn": NAME_BN, "name_en": NAME_EN, "mobile": MOBILE, "fee": 9_999_999,
       "gp": {"code": "tunturi", "name_bn": longest("টুন্টুরি ", 200), "name_en": longest("Tunturi ", 200),
              "block": "Baghmundi", "district": "Purulia"},
       "plot": {"mouza": MOUZA, "jl_no": "1234567890", "khatian": "12345678901234567890",
                "dag_no": "98765432109876543210"},
       "use": "mixed", "floors": 10, "built_up_area": 99999.75}


@pytest.fixture
async def revoked(aiohttp_client, runtime, bus, tmp_path: Path) -> list[dict]:
    """The application made, moved and revoked by the back office; what its holder was told on the way."""
    steps = [("/status", {"status": "under_scrutiny", "note": NOTE}),
             ("/status", {"status": "fee_pending", "note": NOTE}),
             ("/status", {"status": "under_scrutiny"}), ("/status", {"status": "fee_pending"}),
             ("/approve", {"memo_no": longest("BGM/GP/BP/888/2026/", 60)}), ("/revoke", {"reason": REASON})]
    return await walked_by_the_office(aiohttp_client, runtime, bus, tmp_path, "/api/permit/applications", NEW, steps,
                                      WA_ID)


async def test_the_longest_application_is_read_whole_and_its_buttons_follow(revoked, citizen):
    assert all(validate_body(p["message"]) == [] for p in revoked)
    assert REASON in revoked[-1]["message"]["text"]["body"]
    seen = await citizen(WA_ID).say(NUMBER)
    assert all(validate_body(r.message) == [] for r in seen.replies)
    assert "…" not in seen.text
    for whole in (f"Applicant: {NAME_EN}", f"Mouza: {MOUZA} (JL no. 1234567890)", f"Reason: {REASON}",
                  "What has happened:", f"— Fee pending\n  Message from the office: {NOTE}\n"):
        assert whole in seen.text
    assert seen.text.count("\n• ") == 5 and "— Revoked" in seen.text  # the last five moves, the revocation last
    assert seen.last.text == ("What would you like to do next?\n\n"
                              "Type *back* or 0 for the permission menu, or *menu* for the main menu.")
    assert set(seen.last.choices) == {"permit:mine", "permit:home"}


async def test_in_bengali_too_the_application_is_read_whole(revoked, citizen):
    seen = await citizen(WA_ID, lang="bn").tap(f"permit:view:{NUMBER}")
    assert all(validate_body(r.message) == [] for r in seen.replies)
    assert "…" not in seen.text
    for whole in (f"আবেদনকারী: {NAME_BN}", f"মৌজা: {MOUZA}", f"কারণ: {REASON}", "যা যা হয়েছে:", "— প্রত্যাহৃত",
                  f"— ফি জমা বাকি\n  অফিসের বার্তা: {NOTE}\n"):
        assert whole in seen.text
    assert seen.last.text == "এরপর কী করতে চান?\n\nঅনুমতি মেনুর জন্য *ফিরে* বা ০ লিখুন, মূল মেনুর জন্য *মেনু*।"
    assert set(seen.last.choices) == {"permit:mine", "permit:home"}
