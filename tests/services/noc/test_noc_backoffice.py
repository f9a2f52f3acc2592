"""The NOC back office through the real app: a gp_official sees only their panchayat, a three-year NOC is
issued for three years, a CSV batch with one bad line imports nothing, revoking withdraws the certificate."""
from __future__ import annotations

from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from shared.auth import Tokens
from shared.privacy import event_leaks as leaks
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore

AJODHYA = {"code": "ajodhya", "name_bn": "অযোধ্যা", "name_en": "Ajodhya", "block": "Baghmundi", "district": "Purulia"}
CSV = ("number,name_bn,name_en,mobile,fee,trade_name,premises,category,term_years,"
       "gp.code,gp.name_bn,gp.name_en,gp.block,gp.district\n")
ROW = ("TNOC/2026/{n},সুমন মাহাত,Suman Mahato,9732{n}000,{fee},Mahato Store,Ajodhya More,{category},1,"
       "ajodhya,অযোধ্যা,Ajodhya,Baghmundi,Purulia\n")


@pytest.fixture
async def office(aiohttp_client, runtime, tmp_path: Path):
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, who = await tokens.create("gp_official", scope={"gp": "ajodhya"})
    client.headers = {"Authorization": f"Bearer {token}"}
    client.official, client.tokens = who.name, tokens
    return client


async def test_a_district_scope_matches_its_certificates_whatever_the_case(office):
    for spelt, count, read in (("purulia", 8, 200), ("PURULIA", 8, 200), ("purul", 0, 404), ("bankura", 0, 404)):
        token, _ = await office.tokens.create("noc_admin", scope={"district": spelt})
        headers = {"Authorization": f"Bearer {token}"}
        assert (await (await office.get("/api/noc/certificates", headers=headers)).json())["count"] == count
        assert (await office.get("/api/noc/certificates/TNOC/2026/000045", headers=headers)).status == read


async def test_who_changed_which_details_is_kept_for_officials_and_never_reaches_the_holder(office, bus, citizen):
    number = "/api/noc/certificates/TNOC/2026/000048"  # fee pending, registered to Arjun
    before = await (await office.get(number, headers=office.headers)).json()
    assert before["amendments"] == []
    changes = {"mobile": "+91 97320 54321", "fee": before["fee"] + 500, "premises": before["premises"]}
    assert (await office.patch(number, json=changes, headers=office.headers)).status == 200
    [amendment] = (await (await office.get(number, headers=office.headers)).json())["amendments"]
    assert amendment["by"] == office.official
    assert amendment["fields"] == {"mobile": {"old": "********0002", "new": "********4321"},
                                   "fee": {"old": before["fee"], "new": before["fee"] + 500}}
    approved = await office.post(f"{number}/approve", json={"memo_no": "AJD/GP/TNOC/48/2026"}, headers=office.headers)
    assert approved.status == 200 and len((await approved.json())["history"]) == len(before["history"]) + 1
    seen = await citizen("919732054321").say("TNOC/2026/000048")
    assert before["trade_name"] in seen.text  # the holder's own view, at the new number
    await bus.drain()
    for said in [seen.text, *(str(e.payload) for e in bus.seen)]:  # the chat, the events, the verification page's
        assert office.official not in said and "amendments" not in said and "****" not in said


async def test_an_official_works_only_on_their_panchayats_certificates(office):
    listed = await (await office.get("/api/noc/certificates", headers=office.headers)).json()
    assert {i["gp"]["code"] for i in listed["items"]} == {"ajodhya"} and listed["count"] == 4
    elsewhere = await office.post("/api/noc/certificates/TNOC/2026/000045/revoke", headers=office.headers,
                                  json={"reason": "not mine to revoke"})
    assert elsewhere.status == 404


async def test_a_three_year_noc_is_issued_for_three_years(office, bus):
    pending = "/api/noc/certificates/TNOC/2026/000048"
    approved = await office.post(f"{pending}/approve", json={"memo_no": "AJD/GP/TNOC/48/2026"}, headers=office.headers)
    body = await approved.json()
    assert approved.status == 200 and body["term_years"] == 3
    assert (body["issue"]["issued_on"], body["issue"]["valid_until"]) == ("2026-03-02", "2029-03-01")
    await bus.drain()
    [issued] = [e.payload for e in bus.seen if e.type == "noc.certificate.issued"]
    assert issued["valid_until"] == "2029-03-01" and issued["term_years"] == 3 and "mobile" not in issued


async def test_a_csv_batch_with_one_bad_line_imports_nothing(office):
    headers = {**office.headers, "Content-Type": "text/csv"}
    bad = CSV + ROW.format(n="601", fee=500, category="retail") + ROW.format(n="602", fee=-1, category="casino")
    refused = await office.post("/api/noc/certificates/import", data=bad.encode(), headers=headers)
    problems = (await refused.json())["problems"]
    assert refused.status == 422 and {p.split(":")[0] for p in problems} == {"line 3"} and len(problems) == 2
    assert (await office.get("/api/noc/certificates/TNOC/2026/000601", headers=office.headers)).status == 404
    latin1 = await office.post("/api/noc/certificates/import", data="number\nTNOC/2026/1 é\n".encode("latin-1"),
                               headers=headers)
    assert latin1.status == 422 and "UTF-8" in (await latin1.json())["problems"][0]
    good = CSV + ROW.format(n="601", fee=500, category="retail")
    assert (await office.post("/api/noc/certificates/import", data=good.encode(), headers=headers)).status == 201
    other_gp = CSV + ROW.format(n="603", fee=500, category="retail").replace("ajodhya", "baghmundi")
    outside = await office.post("/api/noc/certificates/import", data=other_gp.encode(), headers=headers)
    assert outside.status == 422 and (await outside.json())["problems"] == [
        "line 2: gp.code: TNOC/2026/000603 is outside this token's area (gp.code=ajodhya)"]


async def test_the_same_move_sent_again_is_answered_again_with_the_same_ids(office, bus):
    revoke = "/api/noc/certificates/TNOC/2024/000077/revoke"
    first = await office.post(revoke, json={"reason": "Closed down"}, headers=office.headers)
    again = await office.post(revoke, json={"reason": "Closed down"}, headers=office.headers)
    assert first.status == again.status == 200 and await first.json() == await again.json()
    other = await office.post(revoke, json={"reason": "Another reason"}, headers=office.headers)
    assert other.status == 422
    await bus.drain()
    ids = [e.id for e in bus.seen if e.type == "noc.certificate.status_changed"]
    assert len(ids) == 2 and len(set(ids)) == 1  # published twice under one id: subscribers keep one


async def test_an_approval_may_not_outlast_the_nocs_term(office):
    one_year = "/api/noc/certificates/TNOC/2026/000047"  # a one-year NOC under scrutiny
    ten_years = await office.post(f"{one_year}/approve", headers=office.headers,
                                  json={"memo_no": "M/1", "memo_date": "2026-03-02", "valid_until": "2036-03-01"})
    assert ten_years.status == 422 and "cannot be after 2027-03-01, the end of its term" in (
        await ten_years.json())["detail"]
    assert (await (await office.get(one_year, headers=office.headers)).json())["status"] == "under_scrutiny"
    sooner = await office.post(f"{one_year}/approve", headers=office.headers,
                               json={"memo_no": "M/1", "memo_date": "2026-03-02", "valid_until": "2026-09-30"})
    assert sooner.status == 200 and (await sooner.json())["issue"]["valid_until"] == "2026-09-30"


async def test_a_renewal_is_created_naming_the_certificate_it_renews(office, citizen):
    expired = "TNOC/2024/000077"  # Arjun's, run out: listed as due until its renewal arrives
    assert set((await citizen("919800000002").tap("noc:renewals")).choices) == {f"noc:view:{expired}"}
    renewal = {"number": "TNOC/2026/000601", "name_bn": "অর্জুন মণ্ডল", "name_en": "Arjun Mondal",
               "mobile": "+91 98000 00002", "gp": AJODHYA, "fee": 400, "trade_name": "Mondal Stationery",
               "premises": "Ajodhya More, PO Ajodhya", "category": "retail", "renews": "tnoc-2024-77"}
    created = await office.post("/api/noc/certificates", json=renewal, headers=office.headers)
    assert created.status == 201 and (await created.json())["renews"] == expired
    itself = await office.post("/api/noc/certificates", headers=office.headers,
                               json={**renewal, "number": "TNOC/2026/000602", "renews": "TNOC/2026/000602"})
    assert itself.status == 422 and "cannot renew itself" in await itself.text()
    assert "None of your NOCs is due" in (await citizen("919800000002").tap("noc:renewals")).text


def params(told: dict) -> list[str]:
    """The body parameters of a notice's template, sent instead when the holder's 24-hour window is closed."""
    [body] = [c for c in told["template"]["template"]["components"] if c["type"] == "body"]
    return [p["text"] for p in body["parameters"]]


async def test_the_offices_note_on_a_move_reaches_the_holder_in_the_notice_and_the_history(office, bus, citizen):
    """The holder was told only that the fee was due, or that the application was under scrutiny again; what
    the office wrote with the move (what to pay and where, what is missing) never reached them."""
    english = "/api/noc/certificates/TNOC/2026/000047"  # Arjun's, under scrutiny, written to in English
    pay = "Pay ₹800 at the Ajodhya GP office by 20 March, with a copy of the trade licence."
    assert (await office.post(f"{english}/status", json={"status": "fee_pending", "note": pay},
                              headers=office.headers)).status == 200
    sumana = {"number": "TNOC/2026/000610", "name_bn": "সুমনা মাহাত", "name_en": "Sumana Mahato",
              "mobile": "97320 54321", "gp": AJODHYA, "fee": 300, "trade_name": "Mahato Tea Stall",
              "premises": "Ajodhya More", "category": "retail", "lang": "bn"}
    assert (await office.post("/api/noc/certificates", json=sumana, headers=office.headers)).status == 201
    missing = "দোকানের জমির দলিলের নকল জমা দিন।"
    assert (await office.post("/api/noc/certificates/TNOC/2026/000610/status", headers=office.headers,
                              json={"status": "under_scrutiny", "note": missing})).status == 200
    await bus.drain()
    [fee] = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919800000002"]
    assert fee["message"]["text"]["body"] == ("Your NOC application TNOC/2026/000047 has been checked. Please pay the "
                                              "fee of ₹800 at Ajodhya Gram Panchayat office or on the online portal, "
                                              "with the number; the certificate is issued once it is paid. The fee "
                                              f"cannot be paid on WhatsApp.\n\nMessage from the office: {pay}")
    assert params(fee) == ["TNOC/2026/000047", "Fee pending", f"Fee to pay: ₹800. {pay}"]
    scrutiny = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919732054321"][-1]
    assert scrutiny["message"]["text"]["body"] == ("আপনার NOC আবেদন TNOC/2026/000610 এখন *যাচাই চলছে*।\n\n"
                                                   f"অফিসের বার্তা: {missing}")
    assert params(scrutiny) == ["TNOC/2026/000610", "যাচাই চলছে", missing]
    seen = await citizen("919800000002").say("TNOC/2026/000047")
    assert f"— Fee pending\n  Message from the office: {pay}" in seen.text
    bengali = await citizen("919732054321", lang="bn").tap("noc:view:TNOC/2026/000610")
    assert f"— যাচাই চলছে\n  অফিসের বার্তা: {missing}" in bengali.text
    stranger = await citizen("919800000004").say("TNOC/2026/000047")  # the status alone, never the note
    assert "*Fee pending*" in stranger.text and "Ajodhya GP office" not in stranger.text


async def test_a_move_without_a_note_reads_as_before(office, bus, citizen):
    number = "/api/noc/certificates/TNOC/2026/000048"  # Arjun's, fee pending
    assert (await office.post(f"{number}/status", json={"status": "under_scrutiny", "note": ""},
                              headers=office.headers)).status == 200
    await bus.drain()
    told = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919800000002"][-1]
    assert told["message"]["text"]["body"] == "Your NOC application TNOC/2026/000048 is now *Under scrutiny*."
    assert params(told) == ["TNOC/2026/000048", "Under scrutiny", "-"]
    seen = await citizen("919800000002").say("TNOC/2026/000048")
    assert "Message from the office" not in seen.text and seen.text.count("\n• ") == 4


async def test_a_phone_number_in_the_offices_note_reaches_the_holder_and_not_other_departments(office, bus):
    number = "/api/noc/certificates/TNOC/2026/000047"  # Arjun's, under scrutiny
    note = "Pay at the GP office; call 97320 54321 before you come."
    assert (await office.post(f"{number}/status", json={"status": "fee_pending", "note": note},
                              headers=office.headers)).status == 200
    await bus.drain()
    event = [e.payload for e in bus.seen if e.type == "noc.certificate.status_changed"][-1]
    assert event["note"] == "Pay at the GP office; call ******4321 before you come." and leaks(event) == []
    told = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919800000002"][-1]
    assert told["message"]["text"]["body"].endswith(f"Message from the office: {note}")
    stored = await (await office.get(number, headers=office.headers)).json()
    assert stored["history"][-1]["note"] == note


async def test_an_office_corrects_its_note_on_a_move_and_the_holder_is_told_once(office, bus, citizen):
    """A wrong office hours line in the note on a move could only be put right by moving the application back
    and forward again, which told the holder twice and wrote a false history: the same status with another note
    now corrects it, one notice in the holder's language, and a retry or a bare repeat tells nobody anything."""
    english = "/api/noc/certificates/TNOC/2026/000047"  # Arjun's, under scrutiny, written to in English
    wrong = "Pay ₹800 at the Ajodhya GP office, open 10 am to 1 pm on Sundays."
    right = "Pay ₹800 at the Ajodhya GP office, open 10 am to 1 pm Monday to Friday."
    for note in (wrong, right, right):
        moved = await office.post(f"{english}/status", json={"status": "fee_pending", "note": note},
                                  headers=office.headers)
        assert moved.status == 200, await moved.text()
    bare = await office.post(f"{english}/status", json={"status": "fee_pending", "note": " "}, headers=office.headers)
    assert bare.status == 422 and "send the corrected note" in (await bare.json())["detail"]
    sumana = {"number": "TNOC/2026/000610", "name_bn": "সুমনা মাহাত", "name_en": "Sumana Mahato",
              "mobile": "97320 54321", "gp": AJODHYA, "fee": 300, "trade_name": "Mahato Tea Stall",
              "premises": "Ajodhya More", "category": "retail", "lang": "bn"}
    assert (await office.post("/api/noc/certificates", json=sumana, headers=office.headers)).status == 201
    missing, deed = "দোকানের জমির দলিলের নকল জমা দিন।", "দোকানের জমির দলিল ও খাজনার রসিদের নকল জমা দিন।"
    for note in (missing, deed):
        assert (await office.post("/api/noc/certificates/TNOC/2026/000610/status", headers=office.headers,
                                  json={"status": "under_scrutiny", "note": note})).status == 200
    await bus.drain()
    arjun = [e for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919800000002"]
    assert len({e.id for e in arjun}) == 2  # the move and its correction, once each
    fixed = arjun[-1].payload
    assert fixed["message"]["text"]["body"] == ("The office has corrected its message about your NOC application "
                                                "TNOC/2026/000047 (now *Fee pending*). Please go by this message, "
                                                f"not the earlier one.\n\nMessage from the office: {right}")
    assert params(fixed) == ["TNOC/2026/000047", "Fee pending",
                             f"Fee to pay: ₹800. Corrected message from the office: {right}"]
    changed = [e for e in bus.seen if e.type == "noc.certificate.status_changed"
               and e.payload["number"] == "TNOC/2026/000047"]
    assert len({e.id for e in changed}) == 2 and changed[-1].payload["previous"] == "fee_pending"
    sumana_told = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919732054321"][-1]
    assert sumana_told["message"]["text"]["body"] == (
        "আপনার NOC আবেদন TNOC/2026/000610 (এখন *যাচাই চলছে*) নিয়ে অফিস তাদের বার্তা সংশোধন করেছে। আগের বার্তাটি "
        f"নয়, এই বার্তাটি মেনে চলুন।\n\nঅফিসের বার্তা: {deed}")
    assert params(sumana_told) == ["TNOC/2026/000610", "যাচাই চলছে", f"অফিসের সংশোধিত বার্তা: {deed}"]
    seen = await citizen("919800000002").say("TNOC/2026/000047")
    assert "— Fee pending\n  Message from the office (corrected on " in seen.text and right in seen.text
    assert wrong not in seen.text
    bengali = await citizen("919732054321", lang="bn").tap("noc:view:TNOC/2026/000610")
    assert "— যাচাই চলছে\n  অফিসের বার্তা (" in bengali.text and f"তারিখে সংশোধিত): {deed}" in bengali.text
    assert missing not in bengali.text
