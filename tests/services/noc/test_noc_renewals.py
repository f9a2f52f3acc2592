"""A renewal names the certificate it renews (``renews``): the back office takes it only when that certificate
exists in the caller's area, is the same holder's, panchayat's, trade's and category's, and no other renewal
under way or issued renews it already — on create, on update and in a CSV batch. A certificate outside the
caller's area is answered exactly as one that does not exist."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from shared.auth import Tokens
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore

AJODHYA = {"code": "ajodhya", "name_bn": "অযোধ্যা", "name_en": "Ajodhya", "block": "Baghmundi", "district": "Purulia"}
EXPIRED = "TNOC/2024/000077"  # Arjun's Mondal Stationery (retail) in Ajodhya, run out
RENEWAL = {"number": "TNOC/2026/000601", "name_bn": "অর্জুন মণ্ডল", "name_en": "Arjun Mondal",
           "mobile": "+91 98000 00002", "gp": AJODHYA, "fee": 400, "trade_name": "Mondal Stationery",
           "premises": "Ajodhya More, PO Ajodhya", "category": "retail", "renews": EXPIRED}
CSV = ("number,name_bn,name_en,mobile,fee,trade_name,premises,category,renews,"
       "gp.code,gp.name_bn,gp.name_en,gp.block,gp.district\n")
ROW = ("{number},অর্জুন মণ্ডল,Arjun Mondal,9800000002,400,{trade},Ajodhya More,retail,{renews},"
       "ajodhya,অযোধ্যা,Ajodhya,Baghmundi,Purulia\n")
PATH = "/api/noc/certificates"


@pytest.fixture
async def office(aiohttp_client, runtime, tmp_path: Path):
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))

    async def headers(role: str = "gp_official", **scope: str) -> dict[str, str]:
        token, _ = await tokens.create(role, scope=scope or {"gp": "ajodhya"})
        return {"Authorization": f"Bearer {token}"}
    client.token = headers
    return client


async def refused(response) -> str:
    assert response.status == 422, await response.text()
    return (await response.json())["detail"]


async def test_a_renewal_of_a_certificate_that_does_not_exist_or_is_not_the_callers_to_see_is_refused(office):
    official = await office.token()
    missing = await refused(await office.post(PATH, json={**RENEWAL, "renews": "TNOC/2024/000099"}, headers=official))
    assert missing == "renews: there is no certificate TNOC/2024/000099"
    rinas = "TNOC/2025/000310"  # Baghmundi's: outside an Ajodhya official's area, so not there for them
    hidden = await refused(await office.post(PATH, json={**RENEWAL, "renews": rinas}, headers=official))
    assert hidden == missing.replace("TNOC/2024/000099", rinas)
    assert (await office.get(f"{PATH}/TNOC/2026/000601", headers=official)).status == 404


async def test_a_renewal_must_be_the_same_holders_panchayats_trade_and_category(office):
    official = await office.token()
    for changed, said in (({"mobile": "97320 54321"}, "was issued to another holder (mobile)"),
                          ({"trade_name": "Mondal Books"}, "is for another trade or category"),
                          ({"category": "wholesale"}, "is for another trade or category")):
        detail = await refused(await office.post(PATH, json={**RENEWAL, **changed}, headers=official))
        assert detail.startswith(f"renews: {EXPIRED} ") and said in detail
    district = await office.token("noc_admin", district="Purulia")  # sees Baghmundi's and Ajodhya's alike
    rinas = {**RENEWAL, "renews": "TNOC/2025/000310", "mobile": "9800000001", "trade_name": "Rina Tea Stall",
             "category": "eatery"}
    detail = await refused(await office.post(PATH, json=rinas, headers=district))
    assert detail == "renews: TNOC/2025/000310 was issued by another gram panchayat (Baghmundi)"
    same_but_spelt = {**RENEWAL, "trade_name": " mondal  stationery "}
    assert (await office.post(PATH, json=same_but_spelt, headers=official)).status == 201


async def test_a_certificate_is_renewed_once_until_its_renewal_is_rejected(office):
    official = await office.token()
    assert (await office.post(PATH, json=RENEWAL, headers=official)).status == 201
    again = await office.post(PATH, json=RENEWAL, headers=official)  # the same creation retried: still fine
    assert again.status == 200
    second = {**RENEWAL, "number": "TNOC/2026/000602"}
    detail = await refused(await office.post(PATH, json=second, headers=official))
    assert detail == f"renews: {EXPIRED} is already renewed by TNOC/2026/000601"
    rejected = await office.post(f"{PATH}/TNOC/2026/000601/reject", json={"reason": "Fee unpaid"}, headers=official)
    assert rejected.status == 200
    assert (await office.post(PATH, json=second, headers=official)).status == 201


async def test_an_update_that_changes_what_a_certificate_renews_is_checked_too(office):
    official = await office.token()
    assert (await office.post(PATH, json=RENEWAL, headers=official)).status == 201
    plain = {**RENEWAL, "number": "TNOC/2026/000602", "renews": None}
    assert (await office.post(PATH, json=plain, headers=official)).status == 201
    detail = await refused(await office.patch(f"{PATH}/TNOC/2026/000602", json={"renews": EXPIRED},
                                              headers=official))
    assert detail == f"renews: {EXPIRED} is already renewed by TNOC/2026/000601"
    detail = await refused(await office.patch(f"{PATH}/TNOC/2026/000602", json={"renews": "TNOC/2025/000310"},
                                              headers=official))
    assert detail == "renews: there is no certificate TNOC/2025/000310"
    detail = await refused(await office.patch(f"{PATH}/TNOC/2026/000601", json={"category": "eatery"},
                                              headers=official))
    assert "is for another trade or category" in detail
    assert (await office.patch(f"{PATH}/TNOC/2026/000601", json={"fee": 450}, headers=official)).status == 200
    stored = await (await office.get(f"{PATH}/TNOC/2026/000602", headers=official)).json()
    assert stored["renews"] is None


async def test_a_batch_renews_a_certificate_once_and_only_a_matching_one(office):
    official = {**await office.token(), "Content-Type": "text/csv"}
    twice = (CSV + ROW.format(number="TNOC/2026/000601", trade="Mondal Stationery", renews=EXPIRED)
             + ROW.format(number="TNOC/2026/000602", trade="Mondal Stationery", renews=EXPIRED)
             + ROW.format(number="TNOC/2026/000603", trade="Mondal Books", renews="TNOC/2024/000099"))
    answer = await office.post(f"{PATH}/import", data=twice.encode(), headers=official)
    assert answer.status == 422
    assert (await answer.json())["problems"] == [
        f"line 3: renews: {EXPIRED} is already renewed by TNOC/2026/000601",
        "line 4: renews: there is no certificate TNOC/2024/000099"]
    assert (await office.get(f"{PATH}/TNOC/2026/000601", headers=official)).status == 404
    once = CSV + ROW.format(number="TNOC/2026/000601", trade="Mondal Stationery", renews=EXPIRED)
    assert (await office.post(f"{PATH}/import", data=once.encode(), headers=official)).status == 201
    later = CSV + ROW.format(number="TNOC/2026/000604", trade="Mondal Stationery", renews=EXPIRED)
    answer = await office.post(f"{PATH}/import", data=later.encode(), headers=official)
    assert answer.status == 422 and (await answer.json())["problems"] == [
        f"line 2: renews: {EXPIRED} is already renewed by TNOC/2026/000601"]


async def test_only_an_issued_certificate_in_force_or_run_out_can_be_renewed(office):
    official = await office.token()
    submitted = {**RENEWAL, "renews": "TNOC/2026/000046", "trade_name": "Mondal Hardware", "category": "wholesale"}
    detail = await refused(await office.post(PATH, json=submitted, headers=official))
    assert detail == "renews: TNOC/2026/000046 is not issued yet (submitted): only an issued NOC can be renewed"
    fee = {**RENEWAL, "renews": "TNOC/2026/000048", "trade_name": "Mondal Rice Mill", "category": "manufacturing"}
    detail = await refused(await office.post(PATH, json=fee, headers=official))
    assert detail == "renews: TNOC/2026/000048 is not issued yet (fee pending): only an issued NOC can be renewed"
    workshop = {**RENEWAL, "renews": "TNOC/2026/000047", "trade_name": "Arjun Motor Repairing", "category": "workshop"}
    rejected = await office.post(f"{PATH}/TNOC/2026/000047/reject", json={"reason": "No trade licence"},
                                 headers=official)
    assert rejected.status == 200
    detail = await refused(await office.post(PATH, json=workshop, headers=official))
    assert detail == ("renews: TNOC/2026/000047 was rejected: a rejected NOC cannot be renewed; "
                      "make a new application")
    revoked = await office.post(f"{PATH}/{EXPIRED}/revoke", json={"reason": "Shop closed"}, headers=official)
    assert revoked.status == 200
    detail = await refused(await office.post(PATH, json=RENEWAL, headers=official))
    assert detail == f"renews: {EXPIRED} was revoked: a revoked NOC cannot be renewed; make a new application"
    plain = {**RENEWAL, "renews": None}
    assert (await office.post(PATH, json=plain, headers=official)).status == 201
    detail = await refused(await office.patch(f"{PATH}/TNOC/2026/000601", json={"renews": EXPIRED}, headers=official))
    assert detail.startswith(f"renews: {EXPIRED} was revoked")
    batch = {**await office.token(), "Content-Type": "text/csv"}
    row = CSV + ROW.format(number="TNOC/2026/000602", trade="Mondal Stationery", renews=EXPIRED)
    answer = await office.post(f"{PATH}/import", data=row.encode(), headers=batch)
    assert answer.status == 422 and (await answer.json())["problems"] == [f"line 2: {detail}"]


async def test_a_closed_certificate_is_refused_as_closed_whatever_it_would_renew(office):
    official = await office.token()
    assert (await office.post(PATH, json=RENEWAL, headers=official)).status == 201
    scrutiny = await office.post(f"{PATH}/TNOC/2026/000601/status", json={"status": "under_scrutiny"},
                                 headers=official)
    assert scrutiny.status == 200
    approved = await office.post(f"{PATH}/TNOC/2026/000601/approve", json={"memo_no": "AJD/GP/TNOC/601/2026"},
                                 headers=official)
    assert approved.status == 200
    closed = "NOC TNOC/2026/000601 is approved; its details can no longer be changed."
    for changes in ({"renews": "TNOC/2024/000099"}, {"renews": "TNOC/2026/000046"}, {"category": "eatery"},
                    {"renews": "TNOC/2026/000601"}):
        assert await refused(await office.patch(f"{PATH}/TNOC/2026/000601", json=changes, headers=official)) == closed
    rejected = await office.post(f"{PATH}/TNOC/2026/000047/reject", json={"reason": "No trade licence"},
                                 headers=official)
    assert rejected.status == 200
    detail = await refused(await office.patch(f"{PATH}/TNOC/2026/000047", json={"renews": EXPIRED},
                                              headers=official))
    assert detail == "NOC TNOC/2026/000047 is rejected; its details can no longer be changed."


async def test_of_two_renewals_of_one_certificate_created_at_once_one_is_kept(office):
    official = await office.token()
    for attempt in range(5):  # each pair meets in the store its own way
        made = [f"TNOC/2026/{601 + 2 * attempt + i:06d}" for i in range(2)]
        answers = await asyncio.gather(*(office.post(PATH, json={**RENEWAL, "number": n}, headers=official)
                                         for n in made))
        assert sorted(a.status for a in answers) == [201, 422]
        kept, lost = made if answers[0].status == 201 else made[::-1]
        detail = await refused(next(a for a in answers if a.status == 422))
        assert detail == f"renews: {EXPIRED} is already renewed by {kept}"
        assert (await office.get(f"{PATH}/{lost}", headers=official)).status == 404
        assert (await office.get(f"{PATH}/{kept}", headers=official)).status == 200
        rejected = await office.post(f"{PATH}/{kept}/reject", json={"reason": "Fee unpaid"}, headers=official)
        assert rejected.status == 200  # frees the certificate for the next pair


async def test_a_batch_and_a_renewal_of_the_same_certificate_made_at_once_keep_one(office):
    official = await office.token()
    csv = {**official, "Content-Type": "text/csv"}
    for attempt in range(3):
        single, row = f"TNOC/2026/{601 + 2 * attempt:06d}", f"TNOC/2026/{602 + 2 * attempt:06d}"
        other = f"TNOC/2026/{700 + attempt:06d}"  # a plain row: the batch is kept or taken out whole
        text = (CSV + ROW.format(number=other, trade="Mondal Books", renews="")
                + ROW.format(number=row, trade="Mondal Stationery", renews=EXPIRED))
        created, imported = await asyncio.gather(office.post(PATH, json={**RENEWAL, "number": single},
                                                             headers=official),
                                                 office.post(f"{PATH}/import", data=text.encode(), headers=csv))
        assert sorted((created.status, imported.status)) == [201, 422]
        if created.status == 201:
            kept = single
            assert (await imported.json())["problems"] == [f"line 3: renews: {EXPIRED} is already renewed by {kept}"]
            assert (await office.get(f"{PATH}/{other}", headers=official)).status == 404
        else:
            kept = row
            assert await refused(created) == f"renews: {EXPIRED} is already renewed by {kept}"
        rejected = await office.post(f"{PATH}/{kept}/reject", json={"reason": "Fee unpaid"}, headers=official)
        assert rejected.status == 200


async def test_an_update_to_renew_a_certificate_a_desk_renews_meanwhile_is_put_back(office, monkeypatch):
    """A desk's new renewal stored between the update's check and its store keeps the certificate; the update
    is answered as if checked after it, and nothing of it stays (its fee neither)."""
    from shared.casework.office import handlers
    official = await office.token()
    plain = {**RENEWAL, "renews": None}
    assert (await office.post(PATH, json=plain, headers=official)).status == 201
    checked = handlers.vetted
    created = []

    async def then_a_desk_creates_one(kind, case, before, seen):
        await checked(kind, case, before, seen)
        if before is not None:  # the update has passed its check: a desk makes a renewal of the same NOC now
            created.append(await office.post(PATH, json={**RENEWAL, "number": "TNOC/2026/000602"}, headers=official))
    monkeypatch.setattr(handlers, "vetted", then_a_desk_creates_one)
    detail = await refused(await office.patch(f"{PATH}/TNOC/2026/000601", json={"renews": EXPIRED, "fee": 450},
                                              headers=official))
    assert [answer.status for answer in created] == [201]
    assert detail == f"renews: {EXPIRED} is already renewed by TNOC/2026/000602"
    stored = await (await office.get(f"{PATH}/TNOC/2026/000601", headers=official)).json()
    assert (stored["renews"], stored["fee"], stored["amendments"]) == (None, 400, [])
