"""Words an office writes at length reach the person whole: reply buttons carry at most 1,024 characters of
text, so an action-taken report, a reason or an official's answer longer than that goes as text before them,
in as many messages as it takes, and the buttons still follow with the way back."""
from __future__ import annotations

from grievance_kit import Reply, sent_to

from gateway.outbound import validate_body

OFFICIAL = {"gp": "Kalchini"}
REPORT_EN = " ".join(f"Step {n}: the pipe from the overhead tank to ward {n} was replaced and tested."
                     for n in range(1, 41))
REPORT_BN = " ".join(f"ধাপ {n}: জলাধার থেকে পাড়া পর্যন্ত পুরনো পাইপ বদলে নতুন পাইপ বসানো ও পরীক্ষা করা হয়েছে।"
                     for n in range(1, 41))


async def _resolved(office, person, atr: str) -> tuple[str, list[dict]]:
    number = await person.lodge()
    headers = await office.bearer("gp_official", **OFFICIAL)
    before = len(sent_to(office.runtime.bus, person.wa_id))
    done = await office.post(f"/api/grievance/tickets/{number}/status", headers=headers,
                             json={"status": "resolved", "atr": atr})
    assert done.status == 200, await done.text()
    await office.runtime.bus.drain()
    return number, sent_to(office.runtime.bus, person.wa_id)[before:]


async def test_a_long_action_taken_report_is_told_whole_and_its_buttons_follow(office):
    assert 2000 < len(REPORT_EN) < 4000
    person = office.person()
    number, notice = await _resolved(office, person, REPORT_EN)
    assert all(validate_body(p["message"]) == [] for p in notice)
    assert REPORT_EN in " ".join(Reply(p).text for p in notice)
    assert notice[-1]["message"]["type"] == "interactive"
    assert f"grievance:view:{number}" in str(notice[-1]["message"]["interactive"]["action"])
    templates = [p["template"] for p in notice if p["template"]]  # a closed window: one template, not one a part
    assert [t["template"]["name"] for t in templates] == ["grievance_status_changed"]

    viewed = await person.tap(f"grievance:view:{number}")
    assert all(validate_body(r.message) == [] for r in viewed.replies)
    assert f"Action taken: {REPORT_EN}" in viewed.text
    assert set(viewed.last.choices) == {f"grievance:accept:{number}", f"grievance:reopen:{number}",
                                        f"grievance:human:{number}"}
    assert viewed.last.text.startswith("What would you like to do next?") and "*back*" in viewed.last.text


async def test_in_bengali_too_the_report_is_read_whole(office):
    person = office.person(lang="bn")
    number, notice = await _resolved(office, person, REPORT_BN)
    assert REPORT_BN in " ".join(Reply(p).text for p in notice)
    viewed = await person.tap(f"grievance:view:{number}")
    assert all(validate_body(r.message) == [] for r in viewed.replies)
    assert f"গৃহীত ব্যবস্থা: {REPORT_BN}" in viewed.text
    assert viewed.last.text.startswith("এরপর কী করতে চান?") and "মেনু" in viewed.last.text
    assert f"grievance:reopen:{number}" in viewed.last.choices


async def test_an_officials_answer_at_its_longest_reaches_the_person_whole(office):
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", **OFFICIAL)
    await person.tap(f"grievance:human:{number}")
    await person.say("When will the mechanic come? We have no water at all.")
    answer = ("The mechanic comes tomorrow morning with a new pump. " * 20)[:989] + " Thank you."
    assert len(answer) == 1000  # the longest answer the back office takes
    before = len(sent_to(office.runtime.bus, person.wa_id))
    replied = await office.post(f"/api/grievance/tickets/{number}/reply", headers=headers, json={"text": answer})
    assert replied.status == 200, await replied.text()
    await office.runtime.bus.drain()
    told = sent_to(office.runtime.bus, person.wa_id)[before:]
    assert all(validate_body(p["message"]) == [] for p in told)
    assert answer in " ".join(Reply(p).text for p in told)
    assert {f"grievance:human:{number}", f"grievance:view:{number}"} <= set(
        b["reply"]["id"] for b in told[-1]["message"]["interactive"]["action"]["buttons"])
