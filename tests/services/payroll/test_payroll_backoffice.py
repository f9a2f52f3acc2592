"""The payroll back office through the real app (``create_app``): tokens and area scope, registering and
changing employees, imports that are all or nothing, a re-issue that supersedes, a PIN reset, OpenAPI."""
from __future__ import annotations

import csv
import io
import unicodedata

from chat_kit import refuse_once
from payroll_kit import employee, pay, pdf_text

from services.payroll import publishing
from services.payroll.repository import Repositories
from shared.envelope import Envelope

PIN = "739164"


def as_csv(*rows: dict) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(pay()))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


async def test_routes_need_a_payroll_admin_token_and_the_description_lists_them(desk):
    assert (await desk.get("/api/payroll/employees")).status == 401
    assert (await desk.get("/api/payroll/employees", headers=await desk.bearer("tourism_manager"))).status == 403
    listed = await (await desk.get("/api/payroll/employees", headers=desk.headers)).json()
    assert listed["count"] == 3 and listed["employees"][0]["bank_account"] == "XXXX5678"
    assert listed["employees"][0]["pan"] == "XXXX821K"
    assert [e["mobile"] for e in listed["employees"]] == ["919700000001", "919700000002", "919700000003"]
    assert listed["next"] is None
    first = await (await desk.get("/api/payroll/employees", params={"limit": "2"}, headers=desk.headers)).json()
    assert [e["id"] for e in first["employees"]] == ["GP-TEST-0001", "GP-TEST-0002"] and first["next"] == "GP-TEST-0002"
    rest = await (await desk.get("/api/payroll/employees", params={"after": first["next"]},
                                 headers=desk.headers)).json()
    assert [e["id"] for e in rest["employees"]] == ["GP-TEST-0003"] and rest["next"] is None
    spec = await (await desk.get("/api/payroll/openapi.json", headers=desk.headers)).json()
    upload = spec["paths"]["/api/payroll/slips/{month}"]["post"]["requestBody"]["content"]
    assert set(upload) == {"application/json", "text/csv"}
    assert "credit_date" in spec["components"]["schemas"]["PayRow"]["properties"]


async def test_a_scoped_token_sees_and_imports_only_its_area(desk):
    elsewhere = employee("BDO-JAL-0001", "919700000009", office={
        "name": {"bn": "জলপাইগুড়ি সদর ব্লক অফিস", "en": "Jalpaiguri Sadar Block Office"},
        "district": "Jalpaiguri", "block": "Jalpaiguri Sadar"})
    assert (await desk.post("/api/payroll/employees", json=elsewhere, headers=desk.headers)).status == 201
    purulia = await desk.bearer(district="Purulia")
    listed = await (await desk.get("/api/payroll/employees", headers=purulia)).json()
    assert listed["count"] == 3
    assert (await desk.get("/api/payroll/employees/BDO-JAL-0001", headers=purulia)).status == 404
    refused = await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay("BDO-JAL-0001")]}, headers=purulia)
    assert refused.status == 422


async def test_a_scoped_token_is_never_told_of_an_employee_elsewhere(desk):
    jalpaiguri = {"name": {"bn": "জলপাইগুড়ি সদর ব্লক অফিস", "en": "Jalpaiguri Sadar Block Office"},
                  "district": "Jalpaiguri", "block": "Jalpaiguri Sadar"}
    assert (await desk.post("/api/payroll/employees", json=employee("BDO-JAL-0007", "919700000009", office=jalpaiguri),
                            headers=desk.headers)).status == 201
    purulia = await desk.bearer(district="Purulia")
    answers = [await desk.post("/api/payroll/employees", json=employee("GP-PUR-0012", "919700000009"), headers=purulia),
               await desk.patch("/api/payroll/employees/GP-TEST-0002", json={"mobile": "9700000009"}, headers=purulia),
               await desk.post("/api/payroll/employees", json=employee("BDO-JAL-0007", "919700000010"),
                               headers=purulia)]
    details = [(a.status, (await a.json())["detail"]) for a in answers]
    assert details == [(409, "this mobile cannot be used: another active employee is registered with it"),
                       (409, "this mobile cannot be used: another active employee is registered with it"),
                       (409, "the id BDO-JAL-0007 cannot be used: choose another")]
    statewide = [await desk.post("/api/payroll/employees", json=employee("GP-PUR-0012", "919700000009"),
                                 headers=desk.headers),
                 await desk.post("/api/payroll/employees", json=employee("GP-TEST-0001", "919700000010"),
                                 headers=desk.headers)]
    assert [(a.status, (await a.json())["detail"]) for a in statewide] == [
        (409, "mobile already registered to active employee BDO-JAL-0007"),
        (409, "employee GP-TEST-0001 is already registered")]  # no SQL, and a token that sees them may hear who
    both = {"rows": [pay("GP-TEST-0001"), pay("BDO-JAL-0007")]}
    assert (await desk.post("/api/payroll/slips/2026-02", json=both, headers=desk.headers)).status == 201
    january_only = {"rows": [pay("BDO-JAL-0007", credit_date="2026-01-30")]}
    assert (await desk.post("/api/payroll/slips/2026-01", json=january_only, headers=desk.headers)).status == 201
    february = await (await desk.get("/api/payroll/slips/2026-02", headers=purulia)).json()
    assert [(b["batch"], b["slips"]) for b in february["batches"]] == [("B-2026-02-001", 1)]
    january = await (await desk.get("/api/payroll/slips/2026-01", headers=purulia)).json()
    assert january["batches"] == []
    everyone = await (await desk.get("/api/payroll/slips/2026-02", headers=desk.headers)).json()
    assert [(b["batch"], b["slips"]) for b in everyone["batches"]] == [("B-2026-02-001", 2)]


async def test_amounts_months_and_credit_dates_out_of_bounds_are_refused_row_by_row(desk, bus):
    cases = [("2026-02", pay(basic="1e30")), ("2026-02", pay(basic="NaN")), ("2026-02", pay(hra="১২.৫০১")),
             ("2031-07", pay(credit_date="2019-01-05")), ("2026-02", pay(credit_date="2019-01-05"))]
    reasons = []
    for month, row in cases:
        refused = await desk.post(f"/api/payroll/slips/{month}", json={"rows": [row]}, headers=desk.headers)
        assert refused.status == 422, await refused.text()
        answer = await refused.json()
        reasons.append([(r["row"], r["reason"].split(":")[0]) for r in answer["rows"]] or answer["detail"])
    assert reasons == [[(1, "basic")], [(1, "basic")], [(1, "hra")],
                       "2031-07 has not begun: pay is imported for 2026-03 or an earlier month; nothing was imported",
                       [(1, "credit_date")]]  # a month not begun is the batch's problem, said once, not a row's
    assert (await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay()]}, headers=desk.headers)).status == 201
    for figures, reason in ((pay(basic="1e30"), "basic: '1e30' is in scientific notation"),
                            (pay(credit_date="2019-01-05"), "credit_date: 2019-01-05 is outside")):
        refused = await desk.put("/api/payroll/slips/2026-02/GP-TEST-0001", json={"figures": figures, "reason": "fix"},
                                 headers=desk.headers)
        assert refused.status == 422 and (await refused.json())["detail"].startswith(reason)
    future = await desk.put("/api/payroll/slips/2031-07/GP-TEST-0001",
                            json={"figures": pay(credit_date="2031-07-28"), "reason": "fix"}, headers=desk.headers)
    assert future.status == 422 and "has not begun" in (await future.json())["detail"]


async def test_a_csv_row_with_an_extra_cell_is_named_as_such(desk):
    body = as_csv(pay("GP-TEST-0001")) + as_csv(pay("GP-TEST-0002")).splitlines()[1] + ",999\n"
    refused = await desk.post("/api/payroll/slips/2026-02", data=body,
                              headers={**desk.headers, "Content-Type": "text/csv"})
    assert refused.status == 422
    assert (await refused.json())["rows"] == [{"row": 3, "employee_id": "GP-TEST-0002",
                                               "reason": "the row has 12 cells, the header has 11 columns"}]



async def test_empty_rows_of_a_sheet_are_passed_over_and_a_bad_row_is_named_by_its_row_in_the_sheet(desk):
    csv_headers = {**desk.headers, "Content-Type": "text/csv"}
    header, first, second = as_csv(pay("GP-TEST-0001"), pay("GP-TEST-0002", basic="thirty")).splitlines()
    empty = "," * header.count(",")  # how Excel saves an empty row of the sheet
    sheet = "\ufeff" + "\r\n".join([header, first, "", empty, second, empty, ""])
    refused = await desk.post("/api/payroll/slips/2026-02", data=sheet.encode(), headers=csv_headers)
    assert refused.status == 422
    assert [(r["row"], r["employee_id"]) for r in (await refused.json())["rows"]] == [(5, "GP-TEST-0002")]
    done = await desk.post("/api/payroll/slips/2026-02", data=sheet.replace("thirty", "31000").encode(),
                           headers=csv_headers)
    assert done.status == 201 and (await done.json())["imported"] == 2


async def test_a_csv_cell_too_long_or_an_unknown_charset_is_a_422_not_a_500(desk):
    body = as_csv(pay("GP-TEST-0001"), {**pay("GP-TEST-0002"), "basic": "9" * 200_000})
    refused = await desk.post("/api/payroll/slips/2026-02", data=body,
                              headers={**desk.headers, "Content-Type": "text/csv"})
    answer = await refused.json()
    assert refused.status == 422 and answer["detail"].startswith("row 3: not readable as CSV"), answer
    unknown = await desk.post("/api/payroll/slips/2026-02", data=as_csv(pay("GP-TEST-0001")).encode(),
                              headers={**desk.headers, "Content-Type": "text/csv; charset=klingon"})
    assert unknown.status == 422 and "klingon" in (await unknown.json())["detail"]

async def test_registering_checks_fields_and_one_active_employee_per_mobile(desk):
    bad = await desk.post("/api/payroll/employees", json=employee("GP-X-1", "12345", pan="NOTAPAN"),
                          headers=desk.headers)
    assert bad.status == 422 and {e["loc"][-1] for e in (await bad.json())["detail"]} == {"mobile", "pan"}
    taken = await desk.post("/api/payroll/employees", json=employee("GP-X-2", "919700000001"), headers=desk.headers)
    assert taken.status == 409
    left = await desk.patch("/api/payroll/employees/GP-TEST-0001", json={"status": "left"}, headers=desk.headers)
    assert left.status == 200 and (await left.json())["status"] == "left"
    reused = await desk.post("/api/payroll/employees", json=employee("GP-X-2", "919700000001"), headers=desk.headers)
    assert reused.status == 201  # the number went to a successor


async def test_a_mobile_written_as_it_is_dialled_is_the_employees_whatsapp_number(desk):
    for i, written in enumerate(("098300-12345", "0091 98300 12346", "09830012347")):
        created = await desk.post("/api/payroll/employees", json=employee(f"GP-DIAL-{i}", written),
                                  headers=desk.headers)
        assert created.status == 201 and (await created.json())["mobile"] == f"91983001234{5 + i}"
    again = await desk.post("/api/payroll/employees", json=employee("GP-DIAL-9", "+91 98300 12345"),
                            headers=desk.headers)
    assert again.status == 409  # the same person, not a second employee under another spelling
    repos = Repositories.of(desk.runtime.store)
    assert (await repos.employees.reached_at("919830012345")).id == "GP-DIAL-0"
    landline = await desk.post("/api/payroll/employees", json=employee("GP-DIAL-8", "03252 255014"),
                               headers=desk.headers)
    assert landline.status == 422 and "mobile" in await landline.text()


async def test_an_employee_whatsapp_reaches_only_by_their_id_shows_so_until_the_office_gives_a_new_mobile(desk):
    """Their number was given to someone else: the office sees the id WhatsApp reaches them by, cannot set one
    itself, and ends it by registering a new mobile (another change leaves it)."""
    hers = "IN.1648738043044942"
    assert await Repositories.of(desk.runtime.store).employees.moved("GP-TEST-0001", "919700000001", hers)
    shown = await (await desk.get("/api/payroll/employees/GP-TEST-0001", headers=desk.headers)).json()
    assert (shown["mobile"], shown["moved_to"]) == ("919700000001", hers)
    listed = await (await desk.get("/api/payroll/employees", headers=desk.headers)).json()
    assert [e["moved_to"] for e in listed["employees"]] == [hers, "", ""]
    spec = await (await desk.get("/api/payroll/openapi.json", headers=desk.headers)).json()
    field = spec["components"]["schemas"]["Employee"]["properties"]["moved_to"]
    assert field["readOnly"] is True and "username id" in field["description"]
    set_by_office = await desk.post("/api/payroll/employees", json=employee("GP-TEST-0009", "919700000009",
                                                                             moved_to=hers), headers=desk.headers)
    assert set_by_office.status == 422 and "moved_to" in await set_by_office.text()
    bank = await desk.patch("/api/payroll/employees/GP-TEST-0001", json={"bank_name": "State Bank of India"},
                            headers=desk.headers)
    assert (await bank.json())["moved_to"] == hers  # a change of bank leaves WhatsApp's move as it was
    renumbered = await desk.patch("/api/payroll/employees/GP-TEST-0001", json={"mobile": "9700000055"},
                                  headers=desk.headers)
    assert renumbered.status == 200
    assert ((await renumbered.json())["mobile"], (await renumbered.json())["moved_to"]) == ("919700000055", "")


async def test_the_number_a_moved_employee_left_goes_to_the_next_clerk_and_each_gets_their_own_slips(desk, bus):
    """The operator gave Anima's number to someone else and WhatsApp reaches her at her id; the office hands the
    number on to a new clerk. The chat reaches him there and her at the id, each with their own slips."""
    hers, office_sim = "IN.1648738043044942", "919700000001"
    await desk.staff(office_sim).set_pin(PIN)
    await bus.publish(Envelope(type="wa.person.number_changed", payload={"wa_id": office_sim, "new_wa_id": hers}))
    await bus.drain()
    clerk = employee("GP-TEST-0004", "9700000001", name={"bn": "সুব্রত ঘোষ", "en": "Subrata Ghosh"},
                     bank_account="30711099990004")
    registered = await desk.post("/api/payroll/employees", json=clerk, headers=desk.headers)
    assert registered.status == 201, await registered.text()
    listed = await (await desk.get("/api/payroll/employees", headers=desk.headers)).json()
    assert [(e["id"], e["mobile"], e["moved_to"]) for e in listed["employees"] if e["mobile"] == office_sim] == [
        ("GP-TEST-0001", office_sim, hers), ("GP-TEST-0004", office_sim, "")]  # moved_to tells them apart
    again = [await desk.post("/api/payroll/employees", json=employee("GP-TEST-0005", office_sim), headers=desk.headers),
             await desk.patch("/api/payroll/employees/GP-TEST-0002", json={"mobile": office_sim}, headers=desk.headers)]
    assert [(a.status, (await a.json())["detail"]) for a in again] == [
        (409, "mobile already registered to active employee GP-TEST-0004")] * 2  # his now, not hers
    bank = await desk.patch("/api/payroll/employees/GP-TEST-0001", json={"bank_name": "State Bank of India"},
                            headers=desk.headers)
    assert bank.status == 200 and (await bank.json())["moved_to"] == hers  # her record is still the office's to edit
    rows = {"rows": [pay("GP-TEST-0001"), pay("GP-TEST-0004", basic="41000")]}
    assert (await desk.post("/api/payroll/slips/2026-02", json=rows, headers=desk.headers)).status == 201
    await bus.drain()
    told = sorted(e.payload["to"] for e in bus.seen if e.type == "wa.outbound" and e.payload.get("notification"))
    assert told == sorted([hers, office_sim])
    him, her = desk.staff(office_sim), desk.staff(hers)
    assert "Subrata Ghosh" in (await him.set_pin("582093")).text
    await him.tap("payroll:slip")
    his = pdf_text((await him.say("582093")).pdfs[0])
    assert "Subrata Ghosh" in his and "Anima" not in his and "Net pay: ₹39,400" in his
    await her.tap("payroll:slip")
    wrong = await her.say("582093")  # his PIN opens nothing of hers
    assert not wrong.pdfs and "Subrata" not in wrong.text
    await her.tap("payroll:slip")
    theirs = pdf_text((await her.say(PIN)).pdfs[0])
    assert "Anima Mahato" in theirs and "Subrata" not in theirs and "Net pay: ₹28,400" in theirs
    await bus.publish(Envelope(type="wa.person.number_changed", payload={"wa_id": hers, "new_wa_id": office_sim}))
    await bus.drain()  # she shares the old number again: it is his now, so she stays at her id
    shown = await (await desk.get("/api/payroll/employees/GP-TEST-0001", headers=desk.headers)).json()
    assert (shown["mobile"], shown["moved_to"]) == (office_sim, hers)
    assert "Subrata Ghosh" in (await him.tap("payroll:menu")).text


async def test_a_good_csv_batch_publishes_every_slip_and_tells_each_employee(desk, bus):
    body = as_csv(pay("GP-TEST-0001"), pay("GP-TEST-0002", basic="31000"), pay("GP-TEST-0003"))
    done = await desk.post("/api/payroll/slips/2026-02", data=body,
                           headers={**desk.headers, "Content-Type": "text/csv"})
    assert done.status == 201, await done.text()
    summary = await done.json()
    assert (summary["imported"], summary["month"], summary["batch"]) == (3, "2026-02", "B-2026-02-001")
    await bus.drain()
    [event] = [e.payload for e in bus.seen if e.type == "payroll.slips.published"]
    assert event == {"batch": "B-2026-02-001", "month": "2026-02", "slips": 3, "by": event["by"]}
    told = [e.payload for e in bus.seen if e.type == "wa.outbound"]
    assert sorted(t["to"] for t in told) == ["919700000001", "919700000002", "919700000003"]
    assert all(t["template"]["template"]["name"] == "payroll_slip_ready" and t["notification"] for t in told)
    assert "payroll:slip:2026-02" in str(told[0]["message"])
    assert len([e for e in bus.seen if e.type == "payroll.document.issued"]) == 3
    batches = await (await desk.get("/api/payroll/slips/2026-02", headers=desk.headers)).json()
    assert batches["batches"][0]["status"] == "announced"


async def test_a_batch_with_bad_rows_imports_nothing_and_names_each_row(desk, bus):
    body = as_csv(pay("GP-TEST-0001"), pay("GP-TEST-0002", basic="thirty"), pay("GP-NOBODY"),
                  pay("GP-TEST-0003", gpf="99999"), pay("GP-TEST-0001"), pay("GP-TEST-0003", credit_date="31/02/2026"))
    refused = await desk.post("/api/payroll/slips/2026-02", data=body,
                              headers={**desk.headers, "Content-Type": "text/csv"})
    answer = await refused.json()
    assert refused.status == 422 and answer["imported"] == 0
    reasons: dict[int, str] = {}
    for r in answer["rows"]:
        reasons[r["row"]] = reasons.get(r["row"], "") + r["reason"] + "; "
    assert sorted(reasons) == [3, 4, 5, 6, 7]  # the header is row 1
    assert "not an amount" in reasons[3] and "no active employee" in reasons[4]
    assert "deductions are more than the gross" in reasons[5] and "same employee is on row 2" in reasons[6]
    assert "credit_date" in reasons[7] and "same employee is on row 5" in reasons[7]  # row 5 faulty as well
    repos = Repositories.of(desk.runtime.store)
    assert await repos.slips.months_taken("2026-02") == set()
    assert not [e for e in bus.seen if e.type.startswith("payroll.") or e.type == "wa.outbound"]
    json_rows = await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay("GP-TEST-0001"), {"basic": "1"}]},
                                headers=desk.headers)
    assert json_rows.status == 422 and [(r["row"], r["reason"].split(":")[0]) for r in (await json_rows.json())["rows"]
                                        ] == [(2, "no active employee has this id"), (2, "credit_date")]
    good = await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay("GP-TEST-0001")]}, headers=desk.headers)
    assert good.status == 201
    twice = await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay("GP-TEST-0001")]}, headers=desk.headers)
    assert "re-issue" in (await twice.json())["rows"][0]["reason"]


async def test_credit_dates_written_day_first_as_excel_writes_them_in_india_are_read(desk):
    csv_headers = {**desk.headers, "Content-Type": "text/csv"}
    wrong = as_csv(pay("GP-TEST-0001", credit_date="02/28/2026"), pay("GP-TEST-0002", credit_date="28 Feb"),
                   pay("GP-TEST-0003", credit_date=""))
    refused = await desk.post("/api/payroll/slips/2026-02", data=wrong, headers=csv_headers)
    assert refused.status == 422
    assert [r["reason"] for r in (await refused.json())["rows"]] == [
        "credit_date: '02/28/2026' is not a day of the calendar (day/month/year)",
        "credit_date: '28 Feb' is not a date: write it as 28/02/2026 (day/month/year) or 2026-02-28",
        "credit_date: missing: the day the pay reached the bank, e.g. 28/02/2026"]
    body = as_csv(pay("GP-TEST-0001", credit_date="28/02/2026"), pay("GP-TEST-0002", credit_date="2-3-2026"),
                  pay("GP-TEST-0003", credit_date="২৮.০২.২০২৬"))
    done = await desk.post("/api/payroll/slips/2026-02", data=body, headers=csv_headers)
    assert done.status == 201, await done.text()
    slips = Repositories.of(desk.runtime.store).slips
    days = [(await slips.get(f"GP-TEST-000{i}", "2026-02")).figures.credit_date.isoformat() for i in (1, 2, 3)]
    assert days == ["2026-02-28", "2026-03-02", "2026-02-28"]


async def test_an_interrupted_batch_is_invisible_until_the_next_start_finishes_it(desk, bus):
    service = desk.runtime.context
    repos = Repositories.of(service.store)
    rows = [pay("GP-TEST-0001"), pay("GP-TEST-0002")]
    batch = {"_id": "B-2026-02-001", "month": "2026-02", "by": "test", "tell": True, "issued_on": "2026-03-10",
             "at": "2026-03-10T05:00:00+00:00",
             "lines": [{"employee_id": r["employee_id"], "figures": {**{k: int(v) * 100 for k, v in r.items()
                                                                       if k not in ("employee_id", "credit_date")},
                                                                    "credit_date": r["credit_date"]},
                        "code": code} for r, code in zip(rows, ("AAAA-BBBB-CCCC-DDDD", "EEEE-FFFF-GGGG-HHHH"),
                                                         strict=True)]}
    await repos.slips.open_batch(batch)
    await repos.slips.write(publishing._slips({**batch, "status": "open"})[0])  # the crash came after one slip
    assert await repos.slips.get("GP-TEST-0001", "2026-02") is None  # not shown: its batch is open
    assert await publishing.finish_unfinished(service) == 1
    assert (await repos.slips.get("GP-TEST-0002", "2026-02")) is not None
    assert await publishing.finish_unfinished(service) == 0


async def test_a_reissue_supersedes_the_old_code_and_the_chat_hands_out_the_new_slip(desk, bus, clock):
    assert (await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay("GP-TEST-0001")]},
                            headers=desk.headers)).status == 201
    me = desk.staff()
    await me.set_pin(PIN)
    await me.tap("payroll:slip")
    old = pdf_text((await me.say(PIN)).pdfs[0])
    bad = await desk.put("/api/payroll/slips/2026-02/GP-TEST-0001",
                         json={"figures": {**pay(), "basic": "-5"}, "reason": "typo"}, headers=desk.headers)
    assert bad.status == 422
    missing = await desk.put("/api/payroll/slips/2025-02/GP-TEST-0001",
                             json={"figures": pay(credit_date="2025-02-28"), "reason": "none there"},
                             headers=desk.headers)
    assert missing.status == 404
    fixed = await desk.put("/api/payroll/slips/2026-02/GP-TEST-0001",
                           json={"figures": {**pay(), "other_earnings": "1650"}, "reason": "arrear of DA left out"},
                           headers=desk.headers)
    body = await fixed.json()
    assert fixed.status == 201 and body["number"] == "PS-2026-02-GP-TEST-0001-R2" and body["revision"] == 2
    [correction] = body["corrections"]  # who corrected it, kept with the slip for the office
    assert correction["revision"] == 2 and correction["reason"] == "arrear of DA left out"
    assert correction["by"].startswith("payroll_admin") and correction["at"]
    stored = await Repositories.of(desk.runtime.store).slips.get("GP-TEST-0001", "2026-02")
    assert [(c.revision, c.by) for c in stored.corrections] == [(2, correction["by"])]
    await bus.drain()
    [gone] = [e.payload for e in bus.seen if e.type == "payroll.document.superseded"]
    assert gone["code"] == body["superseded"][0] and gone["code"] in old.replace("\n", "")
    [event] = [e.payload for e in bus.seen if e.type == "payroll.slip.reissued"]
    assert event["revision"] == 2 and "figures" not in event
    clock.advance(minutes=5)  # the PIN typed right keeps for five minutes: past them, it is asked again
    await me.tap("payroll:slip")
    new = await me.say(PIN)
    assert "PS-2026-02-GP-TEST-0001-R2" in new.text and "Net pay: ₹29,400" in pdf_text(new.pdfs[0])
    assert "(সংস্করণ ২) / Corrected slip (revision 2)" in pdf_text(new.pdfs[0])  # Bengali digits in Bengali
    assert "arrear of DA" not in pdf_text(new.pdfs[0]) and correction["by"] not in new.text  # the office's own


async def test_amounts_and_numbers_in_a_reissue_reason_stay_with_the_office_and_out_of_the_event(desk, bus):
    """Other departments read ``payroll.slip.reissued``, which carries no pay figure: the office's reason goes
    there with the rupee amounts, phone, account and PAN numbers typed into it hidden; the slip's own record of
    the correction keeps it whole."""
    assert (await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay("GP-TEST-0001")]},
                            headers=desk.headers)).status == 201
    reason = "DA arrear of ₹1,650 left out (Rs. 21,300 basic); PAN ABCDE1234F, asked from 98300 12345"
    fixed = await desk.put("/api/payroll/slips/2026-02/GP-TEST-0001",
                           json={"figures": {**pay(), "other_earnings": "1650"}, "reason": reason},
                           headers=desk.headers)
    assert fixed.status == 201 and (await fixed.json())["corrections"][0]["reason"] == reason
    await bus.drain()
    [event] = [e.payload for e in bus.seen if e.type == "payroll.slip.reissued"]
    assert event["reason"].startswith("DA arrear of ₹*** left out")
    for figure in ("1,650", "21,300", "ABCDE1234F", "12345"):
        assert figure not in event["reason"]


async def test_a_reissue_retried_after_a_failed_announcement_supersedes_every_earlier_code(desk, bus, monkeypatch):
    """The slip was stored with its new code but the bus refused the announcement (an error to the office): the
    office's retry announces it, and the first code must not go on showing as valid."""
    assert (await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay("GP-TEST-0001")]},
                            headers=desk.headers)).status == 201
    refused = refuse_once(monkeypatch, desk.runtime.context, "payroll.document.superseded")
    fix = {"figures": {**pay(), "other_earnings": "1650"}, "reason": "arrear of DA left out"}
    failed = await desk.put("/api/payroll/slips/2026-02/GP-TEST-0001", json=fix, headers=desk.headers)
    assert failed.status >= 500
    retried = await desk.put("/api/payroll/slips/2026-02/GP-TEST-0001", json=fix, headers=desk.headers)
    body = await retried.json()
    assert retried.status == 200 and body["revision"] == 2 and [p["code"] for p in refused] == body["superseded"]
    await bus.drain()
    gone = {e.payload["code"] for e in bus.seen if e.type == "payroll.document.superseded"}
    assert gone == set(body["superseded"])
    issued = {e.payload["number"] for e in bus.seen if e.type == "payroll.document.issued"}
    assert body["number"] in issued  # the second revision, which the failure had left unannounced


async def test_a_reissue_with_the_figures_the_slip_already_states_changes_nothing(desk, bus, clock):
    """The office's correction sent twice (its answer lost on a slow line) or a slip 're-issued' unchanged made a
    new revision each time: the printout the employee had just given the bank read 'superseded' on the public
    check, the employee was told again that their slip was corrected, and the statement of the year was
    withdrawn, though no figure had changed. The slip now stays as it is and nobody is told anything new."""
    assert (await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay("GP-TEST-0001")]},
                            headers=desk.headers)).status == 201
    me = desk.staff()
    await me.set_pin(PIN)
    await me.tap("payroll:slip")
    first = pdf_text((await me.say(PIN)).pdfs[0])
    await bus.drain()
    before = len(bus.seen)
    same = await desk.put("/api/payroll/slips/2026-02/GP-TEST-0001", json={"figures": pay(), "reason": "check"},
                          headers=desk.headers)
    assert same.status == 200 and (await same.json())["revision"] == 1
    await bus.drain()
    assert [e.type for e in bus.seen[before:]] == []  # nothing superseded, issued, re-issued or told
    fix = {"figures": {**pay(), "other_earnings": "1650"}, "reason": "arrear of DA left out"}
    fixed = await desk.put("/api/payroll/slips/2026-02/GP-TEST-0001", json=fix, headers=desk.headers)
    assert fixed.status == 201 and (await fixed.json())["revision"] == 2
    await bus.drain()
    before = len(bus.seen)
    again = await desk.put("/api/payroll/slips/2026-02/GP-TEST-0001", json=fix, headers=desk.headers)
    body = await again.json()
    assert again.status == 200 and body["revision"] == 2 and body["number"] == "PS-2026-02-GP-TEST-0001-R2"
    await bus.drain()
    told = [e for e in bus.seen[before:] if e.type == "wa.outbound" or e.type.startswith("payroll.")]
    assert {e.id for e in told} <= {e.id for e in bus.seen[:before]}  # only repeats, which nobody hears twice
    clock.advance(minutes=5)  # the PIN typed right keeps for five minutes: past them, it is asked again
    await me.tap("payroll:slip")
    now = pdf_text((await me.say(PIN)).pdfs[0])
    assert "Corrected slip (revision 2)" in now and "Corrected slip" not in first


async def test_a_pin_reset_lets_the_employee_choose_a_new_one_and_tells_them(desk, bus):
    me = desk.staff()
    await me.set_pin(PIN)
    reset = await desk.post("/api/payroll/employees/GP-TEST-0001/pin-reset", headers=desk.headers)
    assert reset.status == 200
    await bus.drain()
    [told] = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload.get("template")]
    assert told["template"]["template"]["name"] == "payroll_pin_reset" and told["to"] == "919700000001"
    [event] = [e.payload for e in bus.seen if e.type == "payroll.access.reset"]
    assert event["employee_id"] == "GP-TEST-0001"
    assert "choose a PIN" in (await me.tap("payroll:slip")).text


async def test_a_scope_matches_its_employees_as_every_office_reads_a_place(desk):
    """A token scoped ' Jhalda-I' (a space kept from a form) or with a name in the other Unicode spelling
    found no employee, where the permit and NOC offices read the same scope as the place it names."""
    accented = employee("GP-PUR-0031", "919700000031", office={
        "name": {"bn": "বাঘমুন্ডি গ্রাম পঞ্চায়েত", "en": "Bāghmundi Gram Panchayat"},
        "district": "Purulia", "block": "Bāghmundi", "gp": "Bāghmundi"})
    assert (await desk.post("/api/payroll/employees", json=accented, headers=desk.headers)).status == 201
    for scope, ids in (({"block": " Jhalda-I "}, ["GP-TEST-0001", "GP-TEST-0002", "GP-TEST-0003"]),
                       ({"gp": unicodedata.normalize("NFD", "BĀGHMUNDI")}, ["GP-PUR-0031"])):
        headers = await desk.bearer(**scope)
        listed = await (await desk.get("/api/payroll/employees", headers=headers)).json()
        assert [e["id"] for e in listed["employees"]] == ids, scope
        assert (await desk.get(f"/api/payroll/employees/{ids[0]}", headers=headers)).status == 200


async def test_a_months_batches_name_who_imported_them_only_where_the_batch_is_wholly_the_tokens(desk):
    """A district's token read, in the month's batch list, the token name of whoever imported a batch that also
    paid other areas' employees."""
    jalpaiguri = {"name": {"bn": "জলপাইগুড়ি সদর ব্লক অফিস", "en": "Jalpaiguri Sadar Block Office"},
                  "district": "Jalpaiguri", "block": "Jalpaiguri Sadar"}
    assert (await desk.post("/api/payroll/employees", json=employee("BDO-JAL-0007", "919700000009", office=jalpaiguri),
                            headers=desk.headers)).status == 201
    both = {"rows": [pay("GP-TEST-0001"), pay("BDO-JAL-0007")]}
    assert (await desk.post("/api/payroll/slips/2026-02", json=both, headers=desk.headers)).status == 201
    purulia = await desk.bearer(district="Purulia")
    assert (await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay("GP-TEST-0002")]},
                            headers=purulia)).status == 201
    listed = (await (await desk.get("/api/payroll/slips/2026-02", headers=purulia)).json())["batches"]
    assert [(b["batch"], b["slips"], b["by"]) for b in listed] == [
        ("B-2026-02-001", 1, None), ("B-2026-02-002", 1, listed[1]["by"])]
    assert listed[1]["by"].startswith("payroll_admin")
    everyone = (await (await desk.get("/api/payroll/slips/2026-02", headers=desk.headers)).json())["batches"]
    assert all(b["by"] for b in everyone)


async def test_the_description_says_an_employee_elsewhere_is_not_found(desk):
    """The description said 403 for an employee outside the token's area, while the office answers 404."""
    elsewhere = employee("BDO-JAL-0001", "919700000009", office={
        "name": {"bn": "জলপাইগুড়ি সদর ব্লক অফিস", "en": "Jalpaiguri Sadar Block Office"},
        "district": "Jalpaiguri", "block": "Jalpaiguri Sadar"})
    assert (await desk.post("/api/payroll/employees", json=elsewhere, headers=desk.headers)).status == 201
    purulia = await desk.bearer(district="Purulia")
    assert (await desk.get("/api/payroll/employees/BDO-JAL-0001", headers=purulia)).status == 404
    spec = await (await desk.get("/api/payroll/openapi.json", headers=purulia)).json()
    answers = spec["paths"]["/api/payroll/employees/{id}"]["get"]["responses"]
    assert "employee elsewhere is not found" in answers["404"]["description"]
    assert answers["403"]["description"] == ("role not admitted, or an employee registered (or moved) to an office "
                                             "outside the token's area")
