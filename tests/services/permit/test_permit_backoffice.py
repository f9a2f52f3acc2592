"""The permit back office through the real app (``create_app``): tokens and gp scope, create, update,
moves with their events and WhatsApp notices, approval issuing the letter, CSV import, OpenAPI."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from casework_kit import RINA
from chat_kit import refuse_once
from prometheus_client import CollectorRegistry

from services.permit.kind import KIND
from shared.auth import Tokens
from shared.casework import show
from shared.casework.areas import AREA
from shared.casework.demo import walked
from shared.casework.office import batch as batch_import
from shared.envelope import Envelope
from shared.india import today_in_india
from shared.privacy import event_leaks as leaks
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore

GP = {"code": "baghmundi", "name_bn": "বাঘমুন্ডি", "name_en": "Baghmundi", "block": "Baghmundi", "district": "Purulia"}
NEW = {"number": "bp/pur/2026/777", "name_bn": "মিনতি সরেন", "name_en": "Minati Soren", "mobile": "098300 12345",
       "gp": GP, "fee": 1500, "plot": {"mouza": "Matha", "jl_no": "98", "khatian": "12", "dag_no": "7"},
       "use": "residential", "floors": 1, "built_up_area": 60}
CSV = ("number,name_bn,name_en,mobile,fee,use,floors,built_up_area,gp.code,gp.name_bn,gp.name_en,gp.block,gp.district,"
       "plot.mouza,plot.jl_no,plot.khatian,plot.dag_no\n")
ROW = ("BP/PUR/2026/{n},সুমন,Suman,98300{n}00,900,residential,1,40,"
       "baghmundi,বাঘমুন্ডি,Baghmundi,Baghmundi,Purulia,Matha,98,1,{n}\n")


@pytest.fixture
async def office(aiohttp_client, runtime, tmp_path: Path):
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))

    async def bearer(role: str = "gp_official", *, named: str | None = None, **scope: str) -> dict[str, str]:
        token, _ = await tokens.create(role, name=named,
                                       scope=scope or ({"gp": "baghmundi"} if role == "gp_official" else {}))
        return {"Authorization": f"Bearer {token}"}

    client.bearer = bearer
    return client


async def test_a_long_list_comes_a_page_at_a_time_without_gaps_or_repeats(office):
    headers = await office.bearer("permit_admin")
    whole = await (await office.get("/api/permit/applications", headers=headers)).json()
    assert whole["next"] is None and whole["count"] > 5
    pages, after = [], None
    while True:
        query = {"limit": "2", **({"after": after} if after else {})}
        page = await (await office.get("/api/permit/applications", params=query, headers=headers)).json()
        assert page["count"] <= 2
        pages.append([i["number"] for i in page["items"]])
        after = page["next"]
        if after is None:
            break
    assert [n for p in pages for n in p] == [i["number"] for i in whole["items"]]  # in number order, each once
    assert len(pages) == -(-whole["count"] // 2)
    bad = await office.get("/api/permit/applications", params={"limit": "0"}, headers=headers)
    assert bad.status == 422 and "limit" in await bad.text()


async def test_the_list_of_expired_permissions_is_those_the_holder_reads_as_expired(office, citizen):
    headers = await office.bearer("permit_admin")
    expired = await (await office.get("/api/permit/applications?status=expired", headers=headers)).json()
    assert [i["number"] for i in expired["items"]] == ["BP/PUR/2023/000210"]
    assert "Expired" in (await citizen("919800000001", lang="en").say("BP/PUR/2023/000210")).text
    approved = await (await office.get("/api/permit/applications?status=approved", headers=headers)).json()
    assert "BP/PUR/2023/000210" in [i["number"] for i in approved["items"]]  # every approval, as before
    mistyped = await office.get("/api/permit/applications?status=approvd", headers=headers)
    assert mistyped.status == 422 and "'expired'" in await mistyped.text()


async def test_tokens_roles_and_the_gp_scope(office):
    assert (await office.get("/api/permit/applications")).status == 401
    assert (await office.get("/api/permit/applications", headers=await office.bearer("noc_admin"))).status == 403
    unscoped = await office.get("/api/permit/applications", headers=await office.bearer("gp_official", block="X"))
    assert unscoped.status == 403
    mine = await (await office.get("/api/permit/applications", headers=await office.bearer())).json()
    assert mine["count"] == 5 and {i["gp"]["code"] for i in mine["items"]} == {"baghmundi"}
    admin = await (await office.get("/api/permit/applications", headers=await office.bearer("permit_admin"))).json()
    assert admin["count"] == 8
    other = await office.get("/api/permit/applications/BP/BNK/2026/000045", headers=await office.bearer())
    assert other.status == 404


async def test_a_case_outside_the_area_does_not_exist_for_the_token(office):
    """Read, changed or moved by a token of another panchayat, a case answers as a number never issued: the
    same 404 and words, nothing of where it is, and it stays as it was; inside the area all of it works."""
    mine, bankura = await office.bearer(), "/api/permit/applications/BP/BNK/2026/000045"
    never = await office.get("/api/permit/applications/BP/BNK/2026/999999", headers=mine)
    assert (never.status, await never.json()) == (404, {"error": "not_found",
                                                        "detail": "no applications record BP/BNK/2026/999999"})
    admin = await office.bearer("permit_admin")
    before = await (await office.get(bankura, headers=admin)).json()
    tries = [office.get(bankura, headers=mine), office.patch(bankura, json={"floors": 2}, headers=mine),
             office.post(f"{bankura}/status", json={"status": "under_scrutiny"}, headers=mine),
             office.post(f"{bankura}/approve", json={"memo_no": "M/1"}, headers=mine),
             office.post(f"{bankura}/reject", json={"reason": "not ours"}, headers=mine),
             office.post(f"{bankura}/revoke", json={"reason": "not ours"}, headers=mine)]
    for attempt in tries:
        answer = await attempt
        assert (answer.status, await answer.json()) == (404, {"error": "not_found",
                                                              "detail": "no applications record BP/BNK/2026/000045"})
    assert await (await office.get(bankura, headers=admin)).json() == before
    ours = "/api/permit/applications/BP/PUR/2026/000102"
    assert (await office.get(ours, headers=mine)).status == 200
    assert (await office.post(f"{ours}/reject", json={"reason": "plot papers missing"}, headers=mine)).status == 200


async def test_create_move_approve_and_the_applicant_is_told(office, bus):
    headers = await office.bearer()
    created = await office.post("/api/permit/applications", json=NEW, headers=headers)
    body = await created.json()
    assert created.status == 201 and body["number"] == "BP/PUR/2026/000777" and body["mobile"] == "919830012345"
    taken = await office.post("/api/permit/applications", json={**NEW, "name_en": "Sumitra Soren"}, headers=headers)
    assert taken.status == 409
    number = "/api/permit/applications/BP/PUR/2026/000777"
    patched = await office.patch(number, json={"floors": 2}, headers=headers)
    assert patched.status == 200 and (await patched.json())["floors"] == 2
    early = await office.post(f"{number}/approve", json={"memo_no": "M/1"}, headers=headers)
    assert early.status == 422 and "cannot move from submitted to approved" in (await early.json())["detail"]
    assert (await office.post(f"{number}/status", json={"status": "under_scrutiny"}, headers=headers)).status == 200
    approved = await office.post(f"{number}/approve", json={"memo_no": "BGM/GP/BP/777/2026"}, headers=headers)
    issue = (await approved.json())["issue"]
    assert approved.status == 200 and issue["valid_until"] == "2029-03-01"
    assert (await office.patch(number, json={"floors": 3}, headers=headers)).status == 422
    await bus.drain()
    types = [e.type for e in bus.seen if e.type.startswith("permit.")]
    assert types.count("permit.application.status_changed") == 3
    assert "permit.letter.issued" in types and "permit.document.issued" in types
    told = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919830012345"]
    assert len(told) == 3 and told[-1]["template"]["template"]["name"] == "permit_status_update"
    assert params(told[-1]) == ["BP/PUR/2026/000777", "অনুমোদিত", "১ মার্চ ২০২৯ পর্যন্ত বৈধ।"]  # as the notice says
    [download] = told[-1]["message"]["interactive"]["action"]["buttons"]  # the letter is a tap away
    assert download["reply"]["id"] == "permit:download:BP/PUR/2026/000777"
    said = told[-1]["message"]["interactive"]["body"]["text"]  # or typed, in the holder's language
    assert "*ডাউনলোড BP/PUR/2026/000777*" in said and "download" not in said
    assert all("9830012345" not in str(e.payload) for e in bus.seen if e.type.startswith("permit."))


async def test_who_changed_which_details_is_kept_for_officials_and_never_reaches_the_holder(office, bus, citizen):
    headers = await office.bearer(named="ajodhya-secretary", gp="ajodhya")
    number = "/api/permit/applications/BP/PUR/2026/000103"  # Arjun's, submitted
    before = await (await office.get(number, headers=headers)).json()
    assert before["amendments"] == []
    patched = await office.patch(number, json={"mobile": "98300 12345", "fee": 2600, "floors": before["floors"],
                                               "plot": {**before["plot"], "dag_no": "88"}}, headers=headers)
    assert patched.status == 200
    again = await office.patch(number, json={"fee": 2600}, headers=headers)  # sent twice: nothing new to record
    assert again.status == 200
    read = await (await office.get(number, headers=headers)).json()
    [amendment] = read["amendments"]
    assert amendment["by"] == "ajodhya-secretary" and amendment["at"].startswith("2026-03-02")
    assert amendment["fields"] == {"mobile": {"old": "********0002", "new": "********2345"},
                                   "fee": {"old": before["fee"], "new": 2600},
                                   "plot.dag_no": {"old": before["plot"]["dag_no"], "new": "88"}}
    assert read["history"] == before["history"]  # the holder's history, and the ids it numbers, are untouched
    assert (await office.patch(number, json={"amendments": []}, headers=headers)).status == 422
    approved = f"{number}/approve"
    assert (await office.post(f"{number}/status", json={"status": "under_scrutiny"}, headers=headers)).status == 200
    assert (await office.post(approved, json={"memo_no": "AJD/GP/BP/103/2026"}, headers=headers)).status == 200
    seen = await citizen("919830012345").say("BP/PUR/2026/000103")
    assert "Applicant: Arjun" in seen.text and "Status: *Approved*" in seen.text  # the holder's own view
    await bus.drain()
    for said in [seen.text, *(str(e.payload) for e in bus.seen)]:  # the chat, the events, the verification page's
        assert "ajodhya-secretary" not in said and "amendments" not in said and "****" not in said


async def test_reject_and_revoke_need_a_reason_and_revoke_withdraws_the_letter(office, bus):
    headers = await office.bearer()
    approved = "/api/permit/applications/BP/PUR/2026/000101"
    assert (await office.post(f"{approved}/revoke", json={"reason": ""}, headers=headers)).status == 422
    revoked = await office.post(f"{approved}/revoke", json={"reason": "Built beyond the plan"}, headers=headers)
    assert revoked.status == 200 and (await revoked.json())["status"] == "revoked"
    await bus.drain()
    code = (await revoked.json())["issue"]["code"]
    assert [e.payload["code"] for e in bus.seen if e.type == "permit.document.revoked"].count(code) == 1
    told = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == RINA]
    assert "Built beyond the plan" in told[-1]["message"]["text"]["body"]


async def test_a_csv_batch_is_taken_whole_or_not_at_all(office):
    headers = {**await office.bearer(), "Content-Type": "text/csv"}
    bad = CSV + ROW.format(n="501") + ROW.format(n="502").replace(",1,40,", ",0,40,") + ROW.format(n="501")
    refused = await office.post("/api/permit/applications/import", data=bad.encode(), headers=headers)
    problems = (await refused.json())["problems"]
    assert refused.status == 422 and any(p.startswith("line 3: floors") for p in problems)
    assert any(p.startswith("line 4: number") for p in problems)
    listed = await (await office.get("/api/permit/applications?status=submitted", headers=headers)).json()
    assert all(not i["number"].startswith("BP/PUR/2026/0005") for i in listed["items"])
    good = CSV + ROW.format(n="501") + ROW.format(n="502")
    imported = await office.post("/api/permit/applications/import", data=good.encode(), headers=headers)
    assert imported.status == 201 and (await imported.json())["numbers"] == ["BP/PUR/2026/000501",
                                                                              "BP/PUR/2026/000502"]


async def test_a_sheet_saved_by_excel_with_empty_rows_imports_its_cases_and_names_a_bad_row_by_its_line(office):
    headers = {**await office.bearer(), "Content-Type": "text/csv"}
    empty = "," * CSV.count(",")  # how Excel saves an empty row of the sheet
    rows = [ROW.format(n="520"), empty + "\n", "\n", ROW.format(n="521").replace(",1,40,", ",0,40,"), empty + "\n"]
    sheet = ("\ufeff" + CSV + "".join(rows)).replace("\n", "\r\n").encode()
    refused = await office.post("/api/permit/applications/import", data=sheet, headers=headers)
    assert refused.status == 422 and [p.split(":")[0] for p in (await refused.json())["problems"]] == ["line 5"]
    sheet = sheet.replace(b",0,40,", b",1,40,")
    imported = await office.post("/api/permit/applications/import", data=sheet, headers=headers)
    assert imported.status == 201, await imported.text()
    assert (await imported.json())["numbers"] == ["BP/PUR/2026/000520", "BP/PUR/2026/000521"]
    only_empty = await office.post("/api/permit/applications/import", data=(CSV + empty + "\n").encode(),
                                   headers=headers)
    assert only_empty.status == 422 and (await only_empty.json())["problems"] == ["the file has a header but no rows"]


async def test_the_openapi_description_lists_the_routes(office):
    spec = await (await office.get("/api/permit/openapi.json", headers=await office.bearer())).json()
    assert spec["openapi"].startswith("3.")
    assert {"get", "patch"} <= set(spec["paths"]["/api/permit/applications/{number}"])
    assert "/api/permit/applications/{number}/approve" in spec["paths"]
    assert "plot" in spec["components"]["schemas"]["NewApplication"]["properties"]
    note = spec["components"]["schemas"]["Move"]["properties"]["note"]  # an office knows who reads what it writes
    assert note["maxLength"] == 300 and note["description"].startswith("Shown to the holder on WhatsApp")


async def test_an_official_cannot_move_a_case_out_of_their_panchayat(office):
    headers = await office.bearer()
    number = "/api/permit/applications/BP/PUR/2026/000102"
    elsewhere = {**{k: v for k, v in NEW["gp"].items()}, "code": "susunia", "district": "Bankura"}
    moved = await office.patch(number, json={"gp": elsewhere}, headers=headers)
    assert moved.status == 403
    assert (await (await office.get(number, headers=headers)).json())["gp"]["code"] == "baghmundi"
    managed = await office.patch(number, json={"status": "approved"}, headers=headers)
    assert managed.status == 422 and [e["loc"][-1] for e in (await managed.json())["detail"]] == ["status"]
    bad = await office.patch(number, json={"mobile": "12345"}, headers=headers)
    assert bad.status == 422 and [e["loc"][-1] for e in (await bad.json())["detail"]] == ["mobile"]


async def test_an_approval_whose_validity_ends_before_its_issue_is_refused(office):
    headers = await office.bearer()
    pending = "/api/permit/applications/BP/PUR/2026/000102"
    wrong = await office.post(f"{pending}/approve", headers=headers,
                              json={"memo_no": "M/9", "memo_date": "2026-03-02", "valid_until": "2026-03-01"})
    assert wrong.status == 422 and "cannot be before the date of issue" in (await wrong.json())["detail"]
    assert (await (await office.get(pending, headers=headers)).json())["status"] == "fee_pending"


async def test_a_capitalised_gp_scope_lists_what_it_may_read(office):
    headers = await office.bearer("gp_official", gp="Baghmundi")
    listed = await (await office.get("/api/permit/applications", headers=headers)).json()
    assert listed["count"] == 5 and {i["gp"]["code"] for i in listed["items"]} == {"baghmundi"}
    assert (await office.get("/api/permit/applications/BP/PUR/2026/000101", headers=headers)).status == 200
    assert (await office.get("/api/permit/applications/BP/BNK/2026/000045", headers=headers)).status == 404


async def test_a_district_or_block_scope_matches_its_records_whatever_the_case(office):
    admin = await office.bearer("permit_admin")
    everything = await (await office.get("/api/permit/applications", headers=admin)).json()
    purulia = [i["number"] for i in everything["items"] if i["gp"]["district"] == "Purulia"]
    assert len(purulia) == 7 and len(everything["items"]) == 8
    for spelt in ("purulia", "PURULIA", " Purulia "):
        district = await office.bearer("permit_admin", district=spelt)
        listed = await (await office.get("/api/permit/applications", headers=district)).json()
        assert [i["number"] for i in listed["items"]] == purulia
        assert (await office.get("/api/permit/applications/BP/PUR/2026/000101", headers=district)).status == 200
        assert (await office.get("/api/permit/applications/BP/BNK/2026/000045", headers=district)).status == 404
    district, pages, after = await office.bearer("permit_admin", district="purulia"), [], None
    while True:
        query = {"limit": "2", **({"after": after} if after else {})}
        page = await (await office.get("/api/permit/applications", params=query, headers=district)).json()
        pages += [i["number"] for i in page["items"]]
        if (after := page["next"]) is None:
            break
    assert pages == purulia
    block = await office.bearer("gp_official", gp="ajodhya", block="baghmundi")
    assert (await (await office.get("/api/permit/applications", headers=block)).json())["count"] == 2
    for other in ({"district": "puru"}, {"district": "Bankura"}, {"block": "Baghmundi-II"}):  # never another area
        headers = await office.bearer("permit_admin", **other)
        listed = await (await office.get("/api/permit/applications", headers=headers)).json()
        assert "BP/PUR/2026/000101" not in [i["number"] for i in listed["items"]]
        assert (await office.get("/api/permit/applications/BP/PUR/2026/000101", headers=headers)).status == 404


async def test_applications_stored_before_the_folded_place_are_listed_once_the_service_starts(office, runtime):
    raw = runtime.store.collection("applications")
    for serial, district, block in ((801, "PURULIA", "baghmundi"), (802, " purulia", "Baghmundi ")):
        case = walked(KIND, {"status": "submitted", "case": {**NEW, "number": f"BP/PUR/2026/{serial}",
                                                             "gp": {**GP, "district": district, "block": block}}},
                      runtime.context)
        await raw.insert({"_id": case.number, **case.model_dump(mode="json")})  # as stored before
    old = ["BP/PUR/2026/000801", "BP/PUR/2026/000802"]
    for scope in ({"district": "purulia"}, {"district": "Bankura"}, {"block": "baghmundi"}):
        headers = await office.bearer("permit_admin", **scope)
        listed = await (await office.get("/api/permit/applications", headers=headers)).json()
        assert not set(old) & {i["number"] for i in listed["items"]}  # not reached yet: in no area's list
    await runtime.spec.on_start(runtime.context)  # the service starting again, as after an upgrade
    admin = await (await office.get("/api/permit/applications", headers=await office.bearer("permit_admin"))).json()
    purulia = [i["number"] for i in admin["items"] if i["gp"]["district"].strip().casefold() == "purulia"]
    assert set(old) < set(purulia)
    district, pages, after = await office.bearer("permit_admin", district="Purulia"), [], None
    while True:
        query = {"limit": "3", **({"after": after} if after else {})}
        page = await (await office.get("/api/permit/applications", params=query, headers=district)).json()
        pages += [i["number"] for i in page["items"]]
        if (after := page["next"]) is None:
            break
    assert pages == purulia
    bankura = await office.bearer("permit_admin", district="bankura")
    listed = await (await office.get("/api/permit/applications", headers=bankura)).json()
    assert [i["number"] for i in listed["items"]] == ["BP/BNK/2026/000045"]
    assert (await office.get("/api/permit/applications/BP/PUR/2026/000801", headers=bankura)).status == 404


async def test_the_folded_place_reaches_no_official_citizen_or_event(office, bus, citizen):
    headers = await office.bearer()
    body = {**NEW, "gp": {**GP, "district": "PURULIA ", "block": "baghMUNDI"}}
    assert (await office.post("/api/permit/applications", json=body, headers=headers)).status == 201
    imported = await office.post("/api/permit/applications/import", data=(CSV + ROW.format(n="960")).encode(),
                                 headers={**headers, "Content-Type": "text/csv"})
    assert imported.status == 201
    number = "/api/permit/applications/BP/PUR/2026/000777"
    answers = [await office.patch(number, json={"fee": 1600}, headers=headers),
               await office.post(f"{number}/status", json={"status": "under_scrutiny"}, headers=headers),
               await office.post(f"{number}/approve", json={"memo_no": "BGM/1"}, headers=headers),
               await office.get(number, headers=headers),
               await office.get("/api/permit/applications", headers=await office.bearer("permit_admin",
                                                                                        district="purulia"))]
    seen = [await citizen("919830012345").say("BP/PUR/2026/000777"), await citizen(RINA).say("BP/PUR/2026/000960")]
    await bus.drain()
    assert all(a.status in (200, 201) for a in answers) and "BP/PUR/2026/000777" in seen[0].text
    bodies = [await a.json() for a in answers] + [e.payload for e in bus.seen]
    assert len(bus.seen) > 4 and not [b for b in bodies if AREA in keys(b)]
    assert not [e.text for e in seen if re.search(rf"(?<!\w){AREA}", e.text)]  # built_up_area is the plot's


def keys(value: object) -> set[str]:
    """Every key of a JSON value, however deep."""
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys(v)}
    return {k for v in value for k in keys(v)} if isinstance(value, list) else set()


async def test_a_batch_row_in_another_panchayat_is_a_problem_on_its_line(office):
    headers = {**await office.bearer(), "Content-Type": "text/csv"}
    elsewhere = ROW.format(n="951").replace("baghmundi,বাঘমুন্ডি", "susunia,শুশুনিয়া")
    refused = await office.post("/api/permit/applications/import", headers=headers,
                                data=(CSV + ROW.format(n="950") + elsewhere).encode())
    body = await refused.json()
    assert refused.status == 422 and body["problems"] == [
        "line 3: gp.code: BP/PUR/2026/000951 is outside this token's area (gp.code=baghmundi)"]
    assert (await office.get("/api/permit/applications/BP/PUR/2026/000950", headers=headers)).status == 404
    unreadable = await office.post("/api/permit/applications/import", headers=headers,
                                   data=(CSV + ROW.format(n="952") + '"BP/PUR/2026/953,x\n').encode())
    assert (await unreadable.json())["problems"][0].startswith("line 3: not readable as CSV")


async def test_a_number_created_meanwhile_takes_the_whole_batch_out(office, bus, monkeypatch):
    headers = {**await office.bearer(), "Content-Type": "text/csv"}
    monkeypatch.setattr(batch_import, "_numbers", lambda text, kind: [])  # the check ran before someone else's create
    taken = ROW.format(n="101").replace("98300101", "98000000")
    batch = CSV + ROW.format(n="960") + taken + ROW.format(n="961")
    refused = await office.post("/api/permit/applications/import", data=batch.encode(), headers=headers)
    body = await refused.json()
    assert refused.status == 422 and body["problems"] == ["line 3: number: BP/PUR/2026/000101 already exists"]
    assert (await office.get("/api/permit/applications/BP/PUR/2026/000960", headers=headers)).status == 404
    await bus.drain()
    assert not any("000960" in str(e.payload) for e in bus.seen)  # nobody was told of what did not stay


async def test_an_approval_may_not_outlast_the_permissions_term(office):
    headers = await office.bearer()
    pending = "/api/permit/applications/BP/PUR/2026/000102"
    long = await office.post(f"{pending}/approve", headers=headers,
                             json={"memo_no": "M/9", "memo_date": "2026-03-02", "valid_until": "2036-03-01"})
    assert long.status == 422 and "cannot be after 2029-03-01" in (await long.json())["detail"]
    short = await office.post(f"{pending}/approve", headers=headers,
                              json={"memo_no": "M/9", "memo_date": "2026-03-02", "valid_until": "2029-03-01"})
    assert short.status == 200 and (await short.json())["issue"]["valid_until"] == "2029-03-01"


async def test_the_applicant_is_told_in_the_language_they_chose_at_the_menu_since(office, bus):
    headers = await office.bearer()
    created = await office.post("/api/permit/applications", json=NEW, headers=headers)  # written to in Bengali
    assert (await created.json())["lang"] == "bn"
    await bus.publish(Envelope(type="wa.person.lang_chosen", payload={"wa_id": "919830012345", "lang": "en"}))
    await bus.drain()
    number = "/api/permit/applications/BP/PUR/2026/000777"
    assert (await office.post(f"{number}/status", json={"status": "under_scrutiny"}, headers=headers)).status == 200
    await bus.drain()
    told = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919830012345"]
    assert told[-1]["message"]["text"]["body"].startswith("Your application BP/PUR/2026/000777 is now")
    assert told[-1]["template"]["template"]["language"]["code"] == "en"


async def test_a_memo_dated_years_away_and_an_unreal_fee_are_refused_not_a_500(office):
    headers = await office.bearer()
    number = "/api/permit/applications/BP/PUR/2026/000777"
    assert (await office.post("/api/permit/applications", json=NEW, headers=headers)).status == 201
    assert (await office.post(f"{number}/status", json={"status": "under_scrutiny"}, headers=headers)).status == 200
    for day in ("9999-12-31", "0001-01-01"):
        refused = await office.post(f"{number}/approve", json={"memo_no": "M1", "memo_date": day}, headers=headers)
        assert refused.status == 422 and "check the year" in (await refused.json())["detail"]
    huge = await office.post("/api/permit/applications", headers=headers,
                             json={**NEW, "number": "BP/PUR/2026/778", "fee": 10 ** 26})
    assert huge.status == 422


NEW_NUMBER = "BP/PUR/2026/000777"


async def test_a_memo_dated_after_today_is_refused_so_no_letter_is_in_force_before_its_date(office, bus):
    headers = await office.bearer()
    number = "/api/permit/applications/BP/PUR/2026/000777"
    assert (await office.post("/api/permit/applications", json=NEW, headers=headers)).status == 201
    assert (await office.post(f"{number}/status", json={"status": "under_scrutiny"}, headers=headers)).status == 200
    tomorrow = await office.post(f"{number}/approve", json={"memo_no": "M1", "memo_date": "2026-03-03"},
                                 headers=headers)
    assert tomorrow.status == 422
    assert "2026-03-03 is after today (2026-03-02)" in (await tomorrow.json())["detail"]
    assert (await (await office.get(number, headers=headers)).json())["status"] == "under_scrutiny"
    await bus.drain()
    assert not [e for e in bus.seen if e.type == "permit.document.issued" and e.payload["number"] == NEW_NUMBER]
    today = await office.post(f"{number}/approve", json={"memo_no": "M1", "memo_date": "2026-03-02"},
                              headers=headers)
    assert today.status == 200 and (await today.json())["issue"]["issued_on"] == "2026-03-02"


async def test_a_body_not_in_its_content_encoding_is_a_400_not_a_500(office):
    headers = {**await office.bearer("permit_admin"), "Content-Type": "application/json", "Content-Encoding": "gzip"}
    for path in ("/api/permit/applications", "/api/permit/applications/import"):
        answer = await office.post(path, data=b'{"number": "not gzip"}', headers=headers)
        body = await answer.json()
        assert answer.status == 400 and body["error"] == "bad_body", body
        assert body["detail"].startswith("the body could not be read") and "gzip" in body["detail"]


async def test_a_creation_stored_but_not_announced_is_announced_when_the_office_sends_it_again(
        office, runtime, bus, monkeypatch):
    """The application was stored, then the bus refused its announcement (or the copy stopped): the office got an
    error. Sending it again must tell the applicant, once, instead of answering that the number is taken."""
    headers = await office.bearer()
    refused = refuse_once(monkeypatch, runtime.context, "permit.application.status_changed")
    failed = await office.post("/api/permit/applications", json=NEW, headers=headers)
    assert failed.status >= 500 and refused
    again = await office.post("/api/permit/applications", json=NEW, headers=headers)
    assert again.status == 200, await again.text()
    assert (await again.json())["number"] == "BP/PUR/2026/000777"
    await bus.drain()
    told = {e.id for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919830012345"}
    changed = {e.id for e in bus.seen if e.type == "permit.application.status_changed"
               and e.payload["number"] == "BP/PUR/2026/000777"}
    assert len(told) == 1 and len(changed) == 1
    other = await office.post("/api/permit/applications", json={**NEW, "floors": 2}, headers=headers)
    assert other.status == 409  # another application under a number that is taken is still refused
    by_another = await office.post("/api/permit/applications", json=NEW, headers=await office.bearer("permit_admin"))
    assert by_another.status == 409


async def test_a_batch_stored_but_not_wholly_announced_is_announced_when_the_office_sends_it_again(
        office, runtime, bus, monkeypatch):
    """The batch was stored, then the bus refused the second application's announcement (or the copy stopped):
    the first applicant was told, the second not. The same file sent again tells each of them, once."""
    headers = {**await office.bearer(), "Content-Type": "text/csv"}
    refused = refuse_once(monkeypatch, runtime.context, "permit.application.status_changed",
                          when=lambda payload: payload.number.endswith("000971"))
    batch = (CSV + ROW.format(n="970") + ROW.format(n="971")).encode()
    failed = await office.post("/api/permit/applications/import", data=batch, headers=headers)
    assert failed.status >= 500 and refused
    again = await office.post("/api/permit/applications/import", data=batch, headers=headers)
    assert again.status == 200, await again.text()
    assert (await again.json())["numbers"] == ["BP/PUR/2026/000970", "BP/PUR/2026/000971"]
    await bus.drain()
    for mobile in ("919830097000", "919830097100"):
        assert len({e.id for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == mobile}) == 1
    mixed = await office.post("/api/permit/applications/import", headers=headers,
                              data=(CSV + ROW.format(n="970") + ROW.format(n="972")).encode())
    assert mixed.status == 422  # another batch naming a number that is taken is still refused


def params(told: dict) -> list[str]:
    """The body parameters of a notice's template, sent instead when the holder's 24-hour window is closed."""
    [body] = [c for c in told["template"]["template"]["components"] if c["type"] == "body"]
    return [p["text"] for p in body["parameters"]]


async def test_the_offices_note_on_a_move_reaches_the_applicant_in_the_notice_and_the_history(office, bus, citizen):
    """A move to fee pending said only that the fee was due, a move back to scrutiny only "now Under scrutiny":
    the office's note (what to pay and where, what is missing) was kept in the history and the event, and the
    applicant, who cannot act without it, never read it."""
    headers = await office.bearer()
    assert (await office.post("/api/permit/applications", json=NEW, headers=headers)).status == 201  # in Bengali
    number = "/api/permit/applications/BP/PUR/2026/000777"
    pay = "Pay ₹1,500 at the GP office by 15 March.\nBring this message; call 98300 12345 if you cannot come."
    assert (await office.post(f"{number}/status", json={"status": "fee_pending", "note": pay},
                              headers=headers)).status == 200
    missing = "Site plan not signed; bring it to the office."
    assert (await office.post(f"{number}/status", json={"status": "under_scrutiny", "note": f"  {missing} "},
                              headers=headers)).status == 200
    await bus.drain()
    told = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919830012345"]
    fee, back = told[-2:]
    assert fee["message"]["text"]["body"] == (
        "আপনার আবেদন BP/PUR/2026/000777 যাচাই হয়েছে। অনুমতির ফি ₹১,৫০০ আবেদন নম্বর সহ বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে জমা "
        "দিন; জমা পড়লে আবেদনটি অনুমোদনের জন্য যাবে। হোয়াটসঅ্যাপে ফি জমা নেওয়া হয় না।"
        f"\n\nঅফিসের বার্তা: {pay}")
    assert params(fee) == ["BP/PUR/2026/000777", "ফি জমা বাকি",
                           "জমা দেওয়ার ফি: ₹১,৫০০। Pay ₹1,500 at the GP office by 15 March. Bring this message; call "
                           "98300 12345 if you cannot come."]  # one line: Meta refuses a line break in a parameter
    assert back["message"]["text"]["body"] == (f"আপনার আবেদন BP/PUR/2026/000777 এখন *যাচাই চলছে*।\n\nঅফিসের বার্তা: "
                                               f"{missing}")
    assert params(back) == ["BP/PUR/2026/000777", "যাচাই চলছে", missing]
    seen = await citizen("919830012345", lang="bn").say("BP/PUR/2026/000777")
    assert f"— ফি জমা বাকি\n  অফিসের বার্তা: {pay}\n• " in seen.text
    assert f"— যাচাই চলছে\n  অফিসের বার্তা: {missing}" in seen.text
    english = await citizen("919830012345").say("BP/PUR/2026/000777")
    assert f"— Fee pending\n  Message from the office: {pay}\n• " in english.text
    assert f"— Under scrutiny\n  Message from the office: {missing}" in english.text


async def test_a_move_without_a_note_reads_as_before(office, bus, citizen):
    headers = await office.bearer("permit_admin")
    number = "/api/permit/applications/BP/PUR/2026/000104"  # Arjun's, under scrutiny, written to in English
    for note in ({}, {"note": "   "}):
        status = "fee_pending" if not note else "under_scrutiny"
        assert (await office.post(f"{number}/status", json={"status": status, **note}, headers=headers)).status == 200
    await bus.drain()
    fee, back = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919800000002"][-2:]
    assert fee["message"]["text"]["body"] == ("Your application BP/PUR/2026/000104 has been checked. Please pay the "
                                              "permission fee of ₹1,500 at Ajodhya Gram Panchayat office, with the "
                                              "application number; once it is paid the application goes for "
                                              "approval. The fee cannot be paid on WhatsApp.")
    assert back["message"]["text"]["body"] == "Your application BP/PUR/2026/000104 is now *Under scrutiny*."
    assert params(fee)[2] == "Fee to pay: ₹1,500."  # the amount, as the notice says it
    assert params(back)[2] == "-"  # never an empty parameter, which Meta refuses
    seen = await citizen("919800000002").say("BP/PUR/2026/000104")
    assert "Message from the office" not in seen.text and "— Fee pending\n• " in seen.text


async def test_a_phone_number_in_the_offices_note_reaches_the_applicant_and_not_other_departments(office, bus):
    """``permit.application.status_changed`` went to every subscribing department with the note as the office
    wrote it, a mobile in it whole: it now carries the note as a log shows it, while the applicant reads it
    whole and the office's record keeps it so."""
    headers = await office.bearer()
    number = "/api/permit/applications/BP/PUR/2026/000102"  # Rina's, fee pending
    note = "Site plan not signed. Call the secretary on 98300 12345 or +91 94330 54321."
    moved = await office.post(f"{number}/status", json={"status": "under_scrutiny", "note": note}, headers=headers)
    assert moved.status == 200 and (await moved.json())["history"][-1]["note"] == note
    reason = "Plot in a water body; call 9830054321."
    assert (await office.post(f"{number}/reject", json={"reason": reason}, headers=headers)).status == 200
    await bus.drain()
    scrutiny, rejected = [e.payload for e in bus.seen if e.type == "permit.application.status_changed"][-2:]
    assert scrutiny["note"] == "Site plan not signed. Call the secretary on ******2345 or *********4321."
    assert rejected["note"] == "Plot in a water body; call ******4321."
    assert leaks(scrutiny) == leaks(rejected) == []
    told = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919800000001"]
    assert note in told[-2]["message"]["text"]["body"] and reason in told[-1]["message"]["text"]["body"]


async def test_an_office_corrects_its_note_on_a_move_and_the_applicant_is_told_once(office, bus, citizen, clock):
    """A mistyped amount in the note on a move to fee pending was refused as 'cannot move from fee_pending to
    fee_pending': it could be put right only by moving the application back to scrutiny and forward again, two
    notices and a false history. The same status sent again with another note now corrects it: one notice with
    the corrected message, a new status event, and the applicant's history showing the corrected message."""
    headers = await office.bearer(named="baghmundi-secretary")
    assert (await office.post("/api/permit/applications", json=NEW, headers=headers)).status == 201  # in Bengali
    number = "/api/permit/applications/BP/PUR/2026/000777"
    wrong, right = "Pay ₹15,000 at the GP office by 15 March.", "Pay ₹1,500 at the GP office by 15 March."
    assert (await office.post(f"{number}/status", json={"status": "fee_pending", "note": wrong},
                              headers=headers)).status == 200
    clock.advance(days=1)
    corrected = await office.post(f"{number}/status", json={"status": "fee_pending", "note": right}, headers=headers)
    assert corrected.status == 200, await corrected.text()
    history = (await corrected.json())["history"]
    assert [(h["status"], h["note"]) for h in history] == [("submitted", ""), ("fee_pending", wrong),
                                                           ("fee_pending", right)]
    assert history[-1]["by"] == "baghmundi-secretary" and history[-1]["at"].startswith("2026-03-03")
    await bus.drain()

    def seen() -> tuple[list[Envelope], list[Envelope]]:
        return ([e for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919830012345"],
                [e for e in bus.seen if e.type == "permit.application.status_changed"
                 and e.payload["number"] == "BP/PUR/2026/000777"])
    told, changed = seen()
    assert len({e.id for e in told}) == len({e.id for e in changed}) == 3  # submitted, fee pending, the correction
    fix = told[-1].payload
    assert fix["message"]["text"]["body"] == (
        "আপনার আবেদন BP/PUR/2026/000777 (এখন *ফি জমা বাকি*) নিয়ে অফিস তাদের বার্তা সংশোধন করেছে। আগের বার্তাটি নয়, "
        f"এই বার্তাটি মেনে চলুন।\n\nঅফিসের বার্তা: {right}")
    assert params(fix) == ["BP/PUR/2026/000777", "ফি জমা বাকি", f"জমা দেওয়ার ফি: ₹১,৫০০। অফিসের সংশোধিত বার্তা: {right}"]
    event = changed[-1].payload
    assert (event["previous"], event["status"], event["note"]) == ("fee_pending", "fee_pending", right)
    again = await office.post(f"{number}/status", json={"status": "fee_pending", "note": right}, headers=headers)
    assert again.status == 200 and (await again.json())["history"] == history  # a retry: the same answer
    other = await office.post(f"{number}/status", json={"status": "fee_pending", "note": f" {right}"},
                              headers=await office.bearer("permit_admin"))
    assert other.status == 200 and (await other.json())["history"] == history  # the same word from another desk
    bare = await office.post(f"{number}/status", json={"status": "fee_pending"}, headers=headers)
    assert bare.status == 422 and "send the corrected note" in (await bare.json())["detail"]
    await bus.drain()
    assert [{e.id for e in found} for found in seen()] == [{e.id for e in told}, {e.id for e in changed}]
    today = today_in_india(clock.now)
    bengali = await citizen("919830012345", lang="bn").say("BP/PUR/2026/000777")
    assert f"— ফি জমা বাকি\n  অফিসের বার্তা ({show.day(today, 'bn')} তারিখে সংশোধিত): {right}" in bengali.text
    assert wrong not in bengali.text and bengali.text.count("\n• ") == 2
    english = await citizen("919830012345").say("BP/PUR/2026/000777")
    assert f"— Fee pending\n  Message from the office (corrected on {show.day(today, 'en')}): {right}" in english.text
    assert wrong not in english.text


async def test_a_message_added_to_a_move_without_one_and_then_corrected_reaches_the_applicant(office, bus, citizen):
    headers = await office.bearer("permit_admin")
    number = "/api/permit/applications/BP/PUR/2026/000104"  # Arjun's, under scrutiny with no note, in English
    first = "Bring the signed site plan to the GP office."
    second = "Bring the signed site plan and the land deed to the GP office."
    for note in (first, second):
        moved = await office.post(f"{number}/status", json={"status": "under_scrutiny", "note": note}, headers=headers)
        assert moved.status == 200, await moved.text()
    await bus.drain()
    added, fixed = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919800000002"]
    assert added["message"]["text"]["body"] == ("The office has sent a message about your application "
                                                "BP/PUR/2026/000104 (now *Under scrutiny*).\n\nMessage from the "
                                                f"office: {first}")
    assert params(added) == ["BP/PUR/2026/000104", "Under scrutiny", first]
    assert fixed["message"]["text"]["body"] == ("The office has corrected its message about your application "
                                                "BP/PUR/2026/000104 (now *Under scrutiny*). Please go by this "
                                                f"message, not the earlier one.\n\nMessage from the office: {second}")
    assert params(fixed) == ["BP/PUR/2026/000104", "Under scrutiny", f"Corrected message from the office: {second}"]
    seen = await citizen("919800000002").say("BP/PUR/2026/000104")
    assert "— Under scrutiny\n  Message from the office (corrected on " in seen.text and second in seen.text
    assert first not in seen.text and seen.text.count("\n• ") == 2


async def test_the_openapi_description_says_how_an_office_corrects_its_note(office):
    spec = await (await office.get("/api/permit/openapi.json", headers=await office.bearer())).json()
    moving = spec["paths"]["/api/permit/applications/{number}/status"]["post"]
    assert "correct" in (moving.get("description", "") + moving.get("summary", ""))
    note = spec["components"]["schemas"]["Move"]["properties"]["note"]["description"]
    assert "send the same status again with the corrected note" in note


async def test_a_panchayats_name_block_and_district_are_those_its_cases_record(office):
    """A Baghmundi official filed a case of gp.code baghmundi named Jhalda in Bankura district: it was stored,
    listed to Bankura's admins, and its letter named the wrong panchayat."""
    official, bankura = await office.bearer(), await office.bearer("permit_admin", district="Bankura")
    jhalda = {**GP, "name_bn": "ঝালদা", "name_en": "Jhalda", "district": "Bankura"}
    wrong = await office.post("/api/permit/applications", json={**NEW, "gp": jhalda}, headers=official)
    detail = (await wrong.json())["detail"]
    assert wrong.status == 422 and detail == ("gp.name_bn: baghmundi is recorded as 'বাঘমুন্ডি', not 'ঝালদা'; "
                                              "gp.name_en: baghmundi is recorded as 'Baghmundi', not 'Jhalda'; "
                                              "gp.district: baghmundi is recorded as 'Purulia', not 'Bankura'")
    listed = await (await office.get("/api/permit/applications", headers=bankura)).json()
    assert [i["number"] for i in listed["items"]] == ["BP/BNK/2026/000045"]
    number = "/api/permit/applications/BP/PUR/2026/000102"
    assert (await office.patch(number, json={"gp": jhalda}, headers=official)).status == 422
    assert (await (await office.get(number, headers=official)).json())["gp"] == GP
    batch = CSV + ROW.format(n="980") + ROW.format(n="981").replace("Purulia", "Bankura")
    refused = await office.post("/api/permit/applications/import", data=batch.encode(),
                                headers={**official, "Content-Type": "text/csv"})
    assert refused.status == 422 and (await refused.json())["problems"] == [
        "line 3: gp.district: baghmundi is recorded as 'Purulia', not 'Bankura'"]
    spelt = await office.post("/api/permit/applications", headers=official,
                              json={**NEW, "gp": {**GP, "name_en": " BAGHMUNDI", "district": "purulia"}})
    assert spelt.status == 201 and (await spelt.json())["gp"] == GP  # as the record spells it, on the letter too


async def test_the_first_case_of_a_panchayat_is_made_by_a_token_that_says_where_it_is(office):
    jhalda = {"code": "jhalda-ii", "name_bn": "ঝালদা ২", "name_en": "Jhalda II", "block": "Jhalda-II",
              "district": "Purulia"}
    case = {**NEW, "gp": jhalda}
    only_gp = await office.bearer(gp="jhalda-ii")
    refused = await office.post("/api/permit/applications", json=case, headers=only_gp)
    assert refused.status == 403 and "has no case yet" in (await refused.json())["detail"]
    elsewhere = await office.bearer(gp="jhalda-ii", block="Jhalda-II", district="Bankura")
    assert (await office.post("/api/permit/applications", json=case, headers=elsewhere)).status == 403
    vouched = await office.bearer(gp="jhalda-ii", block="Jhalda-II", district="Purulia")
    assert (await office.post("/api/permit/applications", json=case, headers=vouched)).status == 201
    moved = await office.post("/api/permit/applications", headers=only_gp,
                              json={**NEW, "number": "BP/PUR/2026/000778", "gp": {**jhalda, "block": "Baghmundi"}})
    assert moved.status == 422  # from then on its record stands, for every token
    assert (await office.post("/api/permit/applications", headers=only_gp,
                              json={**NEW, "number": "BP/PUR/2026/000778", "gp": jhalda})).status == 201


async def test_an_update_repeating_the_panchayat_of_its_only_case_is_taken_from_its_own_official(office):
    """The only case of a panchayat, made by the department, was answered 403 'jhalda-ii has no case yet' to its
    own official's update that sent its panchayat as recorded (as a form sends the whole record back)."""
    jhalda = {"code": "jhalda-ii", "name_bn": "ঝালদা ২", "name_en": "Jhalda II", "block": "Jhalda-II",
              "district": "Purulia"}
    made = await office.post("/api/permit/applications", json={**NEW, "gp": jhalda},
                             headers=await office.bearer("permit_admin"))
    assert made.status == 201
    official, number = await office.bearer(gp="jhalda-ii"), "/api/permit/applications/BP/PUR/2026/000777"
    spelt = {**jhalda, "name_en": " JHALDA II", "district": "purulia"}
    changed = await office.patch(number, json={"gp": spelt, "floors": 2}, headers=official)
    assert changed.status == 200, await changed.text()
    assert (await changed.json())["gp"] == jhalda and (await changed.json())["floors"] == 2
    renamed = await office.patch(number, json={"gp": {**jhalda, "name_en": "Jhalda 2"}}, headers=official)
    assert renamed.status == 403 and "its first case is made by the department" in (await renamed.json())["detail"]
    assert (await (await office.get(number, headers=official)).json())["gp"] == jhalda


async def test_a_closed_case_given_another_panchayat_is_refused_as_closed(office):
    """What is wrong with the panchayat named is not said of a case whose details can no longer change."""
    official, number = await office.bearer(), "BP/PUR/2026/000101"
    jhalda = {**GP, "name_en": "Jhalda", "district": "Bankura"}  # not Baghmundi's record: 422 on an open case
    unvouched = {"code": "jhalda-ii", "name_bn": "ঝালদা ২", "name_en": "Jhalda II", "block": "Jhalda-II",
                 "district": "Purulia"}  # no case yet, not this token's: 403 on an open case
    for gp in (jhalda, unvouched):
        refused = await office.patch(f"/api/permit/applications/{number}", json={"gp": gp}, headers=official)
        assert (refused.status, (await refused.json())["detail"]) == (
            422, f"Application {number} is approved; its details can no longer be changed.")


async def test_a_number_taken_in_another_area_cannot_be_used_and_is_not_said_to_exist(office, monkeypatch):
    """A Baghmundi official who tried Bankura's BP/BNK/2026/000045 was answered 409 and 'already exists'
    (a batch: 'number BP/BNK/2026/000045 already exists'), so trying numbers told which exist elsewhere."""
    official, admin = await office.bearer(), await office.bearer("permit_admin")
    elsewhere = {**NEW, "number": "BP/BNK/2026/000045"}
    taken = await office.post("/api/permit/applications", json=elsewhere, headers=official)
    assert (taken.status, (await taken.json())["detail"]) == (
        409, "the number BP/BNK/2026/000045 cannot be used: choose another")
    mine = await office.post("/api/permit/applications", json={**NEW, "number": "BP/PUR/2026/000101"},
                             headers=official)
    assert (mine.status, (await mine.json())["detail"]) == (409, "BP/PUR/2026/000101 already exists")
    told = await office.post("/api/permit/applications", json=elsewhere, headers=admin)
    assert (told.status, (await told.json())["detail"]) == (409, "BP/BNK/2026/000045 already exists")
    row = ROW.format(n="045").replace("BP/PUR/", "BP/BNK/")
    batch = (CSV + row + ROW.format(n="101")).encode()
    for headers, said in ((official, "cannot be used: choose another"), (admin, "already exists")):
        refused = await office.post("/api/permit/applications/import", data=batch,
                                    headers={**headers, "Content-Type": "text/csv"})
        assert refused.status == 422 and (await refused.json())["problems"] == [
            f"line 2: number: BP/BNK/2026/000045 {said}", "line 3: number: BP/PUR/2026/000101 already exists"]
    monkeypatch.setattr(batch_import, "_numbers", lambda text, kind: [])  # taken after the batch was checked
    raced = await office.post("/api/permit/applications/import", data=(CSV + row).encode(),
                              headers={**official, "Content-Type": "text/csv"})
    assert (await raced.json())["problems"] == ["line 2: number: BP/BNK/2026/000045 cannot be used: choose another"]


async def test_an_approval_with_a_blank_memo_number_is_refused_and_issues_nothing(office, bus):
    """A memo number of spaces only (an empty box sent by mistake) would print a letter without one, for good."""
    headers = await office.bearer()
    pending = "/api/permit/applications/BP/PUR/2026/000102"
    blank = await office.post(f"{pending}/approve", headers=headers, json={"memo_no": "   "})
    assert blank.status == 422 and [e["loc"][-1] for e in (await blank.json())["detail"]] == ["memo_no"]
    assert (await (await office.get(pending, headers=headers)).json())["status"] == "fee_pending"
    spaced = await office.post(f"{pending}/approve", headers=headers, json={"memo_no": " BGM/GP/BP/102/2026 "})
    assert spaced.status == 200 and (await spaced.json())["issue"]["memo_no"] == "BGM/GP/BP/102/2026"


async def test_details_of_blanks_only_are_refused_and_spaces_around_them_are_not_kept(office):
    """A name, a panchayat or a plot number of spaces (a box left empty) was stored and printed blank."""
    headers = await office.bearer("permit_admin")
    blank = await office.post("/api/permit/applications", headers=headers,
                              json={**NEW, "name_en": "  ", "plot": {**NEW["plot"], "dag_no": " "}})
    assert blank.status == 422 and {e["loc"][-1] for e in (await blank.json())["detail"]} == {"name_en", "dag_no"}
    submitted = "/api/permit/applications/BP/PUR/2026/000103"
    patched = await office.patch(submitted, json={"name_en": "   "}, headers=headers)
    assert patched.status == 422 and (await (await office.get(submitted, headers=headers)).json())["name_en"] != "   "
    row = ROW.format(n="901").replace(",Suman,", ",  ,")
    batch = await office.post("/api/permit/applications/import", data=(CSV + row).encode(), headers=headers)
    assert batch.status == 422 and (await batch.json())["problems"][0].startswith("line 2: name_en")
    created = await office.post("/api/permit/applications", headers=headers,
                                json={**NEW, "name_en": " Minati Soren ", "plot": {**NEW["plot"], "mouza": "Matha "}})
    body = await created.json()
    assert created.status == 201 and (body["name_en"], body["plot"]["mouza"]) == ("Minati Soren", "Matha")
