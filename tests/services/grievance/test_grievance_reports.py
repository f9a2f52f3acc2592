"""Report figures on fixed data, checked against values worked out by hand, from the back office (JSON and
CSV) and on WhatsApp ("how is my panchayat doing?")."""
from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from grievance_kit import KALCHINI, KALCHINI_BLOCK, KALCHINI_GP

from services.grievance.domain import figures

LATABARI_GP = "703507"
API = "/api/grievance"


async def _fixed_data(office, clock) -> None:
    """All lodged on day 0. Kalchini GP: water resolved day 2 (on time, then rated), lights resolved day 10
    (7-day promise: late), roads resolved day 5 (30-day promise: on time), drainage rejected, one water
    complaint open. Latabari GP: water resolved day 4 (on time)."""
    person = office.person()
    water = await person.lodge()
    lights = await person.lodge(category="lights", text="Street lights are dark on the main road.")
    roads = await person.lodge(category="roads", text="Potholes all along the school road.")
    drains = await person.lodge(category="drainage", text="The drain near the market overflows.")
    await person.lodge(text="No water in the ward 3 tap since Sunday.")
    latabari = await person.lodge(gp=LATABARI_GP)
    block = await office.bearer("block_officer", block=KALCHINI_BLOCK)

    async def resolve(number: str) -> None:
        answer = await office.post(f"{API}/tickets/{number}/status", headers=block,
                                   json={"status": "resolved", "atr": "Repaired by the panchayat's team."})
        assert answer.status == 200, await answer.text()

    await office.post(f"{API}/tickets/{drains}/status", headers=block,
                      json={"status": "rejected", "reason": "The drain belongs to the railway."})
    for day, number in ((2, water), (2, latabari), (1, roads), (5, lights)):  # days 2, 4, 5, 10
        clock.advance(days=day)
        await resolve(number)
    await person.tap(f"grievance:rate:{water}:5")


async def test_report_figures_match_the_hand_computed_values(office, clock):
    await _fixed_data(office, clock)
    headers = await office.bearer("district_officer", district="Alipurduar")
    by_gp = await (await office.get(f"{API}/reports?by=gp", headers=headers)).json()
    rows = {r["area"]: r for r in by_gp["rows"]}
    assert rows[KALCHINI_GP] == {"area": KALCHINI_GP, "name_en": "Kalchini", "name_bn": "কালচিনি", "open": 1,
                                      "resolved": 3, "rejected": 1, "median_days": 5.0, "within_deadline": 0.667}
    assert (rows[LATABARI_GP]["resolved"], rows[LATABARI_GP]["median_days"],
            rows[LATABARI_GP]["within_deadline"]) == (1, 4.0, 1.0)
    by_block = await (await office.get(f"{API}/reports?by=block&district=703", headers=headers)).json()
    [kalchini] = by_block["rows"]
    assert (kalchini["open"], kalchini["resolved"], kalchini["rejected"], kalchini["median_days"],
            kalchini["within_deadline"]) == (1, 4, 1, 4.5, 0.75)
    as_csv = await office.get(f"{API}/reports?by=block&format=csv", headers=headers)
    assert as_csv.content_type == "text/csv"
    [row] = list(csv.DictReader(io.StringIO((await as_csv.read()).decode("utf-8-sig"))))
    assert row == {"area": KALCHINI_BLOCK, "name_en": "Kalchini", "name_bn": "কালচিনি", "open": "1", "resolved": "4",
                   "rejected": "1", "median_days": "4.5", "within_deadline": "0.75"}
    gp_only = await (await office.get(f"{API}/reports?by=gp", headers=await office.bearer(
        "gp_official", gp=LATABARI_GP))).json()
    assert [r["area"] for r in gp_only["rows"]] == [LATABARI_GP]


async def test_the_csv_opens_in_a_spreadsheet_with_its_bengali_names(office, clock):
    """Excel on an office PC reads a CSV without UTF-8's byte order mark in the PC's code page, and the Bengali
    names become Latin gibberish; with the mark it reads them as written. A report with no complaint yet
    carries it too, so the header opens the same way."""
    headers = await office.bearer("district_officer", district="Alipurduar")
    empty = await (await office.get(f"{API}/reports?by=gp&format=csv", headers=headers)).read()
    assert empty == "\ufeffarea,name_en,name_bn,open,resolved,rejected,median_days,within_deadline\n".encode()
    await _fixed_data(office, clock)
    body = await (await office.get(f"{API}/reports?by=gp&format=csv", headers=headers)).read()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [(r["area"], r["name_bn"]) for r in rows] == [(KALCHINI_GP, "কালচিনি"), (LATABARI_GP, "লতাবাড়ি")]


async def test_how_is_my_panchayat_doing_on_whatsapp(office, clock):
    """A gram panchayat and its block often bear one name (Kalchini in Kalchini block): each line says which
    it is, so the person does not read two different sets of figures under the same name."""
    await _fixed_data(office, clock)
    asker = office.person()
    asked = await asker.say("how is my panchayat doing?")
    assert "grievance:dist:703" in asked.last.choices
    answer = await asker.share(*KALCHINI)
    assert "Kalchini Gram Panchayat: 1 open, 3 resolved, 1 rejected\n" \
           "Median time to resolve: 5 days; resolved on time: 67%" in answer.text
    assert "Kalchini block (all its panchayats): 1 open, 4 resolved, 1 rejected\n" \
           "Median time to resolve: 4.5 days; resolved on time: 75%" in answer.text
    bengali = office.person(lang="bn")
    await bengali.tap("grievance:report")
    await bengali.tap("grievance:dist:703")
    await bengali.tap(f"grievance:blk:{KALCHINI_BLOCK}")
    said = await bengali.tap(f"grievance:gp:{LATABARI_GP}")
    assert "লতাবাড়ি গ্রাম পঞ্চায়েত: ০টি চলছে, ১টি সমাধান, ০টি বাতিল" in said.text and "১০০%" in said.text
    assert "কালচিনি ব্লক (সব পঞ্চায়েত মিলিয়ে): ১টি চলছে, ৪টি সমাধান, ১টি বাতিল" in said.text
    # the median, said as what it means ("মধ্যমা" is a word of the statistics class, not of the village)
    assert "সমাধান হওয়া অভিযোগের অর্ধেক মিটেছে ৪.৫ দিনের মধ্যে; সময়মতো সমাধান: ৭৫%" in said.text


def test_no_resolved_complaints_gives_no_median_and_no_share():
    found = figures("703506", [])
    assert (found.open, found.resolved, found.median_days, found.within_deadline) == (0, 0, None, None)


async def test_a_report_for_one_month_counts_the_complaints_lodged_in_it(office, clock):
    """The office's monthly return: the report counted every complaint ever lodged, and ?month= was refused."""
    headers = await office.bearer("district_officer", district="Alipurduar")
    person = office.person()
    await person.lodge()
    clock.advance(days=40)  # lodged on 2 March, then on 11 April
    await person.lodge(category="lights", text="Street lights are dark on the main road.")
    await person.lodge(category="roads", text="Potholes all along the school road.")
    for month, lodged in (("2026-03", 1), ("2026-04", 2)):
        answer = await office.get(f"{API}/reports?by=gp&month={month}", headers=headers)
        assert answer.status == 200, await answer.text()
        [row] = (await answer.json())["rows"]
        assert (row["area"], row["open"]) == (KALCHINI_GP, lodged), month
        as_csv = await office.get(f"{API}/reports?by=gp&format=csv&month={month}", headers=headers)
        assert f'filename="grievance-gp-{month}.csv"' in as_csv.headers["Content-Disposition"]
    assert (await (await office.get(f"{API}/reports?month=2020-01", headers=headers)).json())["rows"] == []
    assert (await office.get(f"{API}/reports?month=2026-13", headers=headers)).status == 422


async def test_a_complaint_lodged_around_midnight_counts_in_the_month_of_its_day_in_india(office, clock):
    """India is 5:30 ahead of UTC: on the last evening of March, a complaint lodged after 18:30 UTC was lodged
    on 1 April in West Bengal, and the office's monthly return counts it in April."""
    headers = await office.bearer("district_officer", district="Alipurduar")
    person = office.person()
    for at in (datetime(2026, 3, 31, 18, 20, tzinfo=UTC),   # 23:50 on 31 March in India
               datetime(2026, 3, 31, 18, 40, tzinfo=UTC),   # 00:10 on 1 April in India
               datetime(2026, 3, 31, 23, 50, tzinfo=UTC)):  # 05:20 on 1 April in India
        clock.now = at
        await person.lodge(text=f"The tube well near the school is dry, written at {at:%H:%M} UTC.")
    for month, lodged in (("2026-03", 1), ("2026-04", 2)):
        answer = await office.get(f"{API}/reports?by=gp&month={month}", headers=headers)
        [row] = (await answer.json())["rows"]
        assert (row["area"], row["open"]) == (KALCHINI_GP, lodged), month
