"""Pay reaches its employee only: unregistered and departed numbers get the polite refusal and nothing
else; five wrong PINs lock payroll for thirty minutes (fake clock); no figure and no PIN appears in an
event, a log line or the store."""
from __future__ import annotations

import json
from pathlib import Path

from services.payroll.repository import Repositories

PIN = "739164"
FIGURES = ("28400", "28,400", "2840000", "38950", "38,950", "3895000", "30000", "3000000", "7000", "700000")


async def test_an_unregistered_number_gets_the_refusal_is_let_go_and_nothing_more(office, staff, runtime, bus):
    await office.register()
    await office.import_month("2026-02")
    stranger = staff("919811111111")
    for attempt in (stranger.tap("payroll:menu"), stranger.tap("payroll:slip"), stranger.say(PIN)):
        got = await attempt
        assert [r.text for r in got.replies] == [
            "Sorry, this service is for registered panchayat employees only. If you are one, ask the payroll desk of "
            "your office to register this WhatsApp number with your record. Type *menu* for other services."]
        assert got.replies[0].choices == {} and not got.pdfs
        assert got.replies[0].payload["session"] is False
        # nothing about the number leaves the service; the gateway is only told to let the person go, so
        # what they type next meets the main menu instead of this refusal again
        assert [(e.type, e.payload) for e in got.events] == [
            ("wa.session.released", {"service": "payroll", "wa_id": "919811111111"})]
    assert await runtime.store.collection("chats").get("919811111111") is None


async def test_someone_whose_number_whatsapp_hides_is_told_why_payroll_cannot_find_them(office, staff, runtime):
    """A WhatsApp username hides the number: payroll, which knows employees by their registered mobile, says so
    and how to be found, in either language, instead of calling a registered employee a stranger."""
    await office.register()
    await office.import_month("2026-02")
    hidden = "IN.1648738043044942"
    for lang, said in (("en", "your WhatsApp number is hidden behind a username"),
                       ("bn", "আপনার হোয়াটসঅ্যাপ নম্বরটি ইউজারনেমের আড়ালে লুকোনো")):
        got = await staff(hidden, lang=lang).tap("payroll:slip")
        assert said in got.text and "registered panchayat employees only" not in got.text
        assert "without a username hiding it" in got.text or "ইউজারনেমের আড়ালে লুকোনো না থাকে" in got.text
        assert got.replies[0].choices == {} and not got.pdfs and got.replies[0].payload["session"] is False
        assert got.types() == ["wa.session.released"]
    assert await runtime.store.collection("chats").get(hidden) is None


async def test_an_employee_who_left_is_refused_like_a_stranger(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin(PIN)
    await office.repos.employees.change("GP-TEST-0001", lambda e: e.model_copy(update={"status": "left"}))
    got = await me.tap("payroll:slip")
    assert "registered panchayat employees only" in got.text and not got.pdfs
    await me.say(PIN)
    assert not (await me.say(PIN)).pdfs


async def test_five_wrong_pins_lock_for_thirty_minutes_then_the_right_pin_works(office, staff, clock, bus):
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin(PIN)
    await me.tap("payroll:slip")
    for left in ("4 more tries", "3 more tries", "2 more tries", "one more try"):
        wrong = await me.say("111222")
        assert f"You have {left} before" in wrong.text and not wrong.pdfs
    assert "4 to 6 digits" in (await me.say("hello")).text  # not a PIN at all: not counted
    locked = await me.say("111222")
    assert "locked until 11:00, 10 March 2026" in locked.text
    event = locked.event("payroll.access.locked")
    assert event["employee_id"] == "GP-TEST-0001" and event["tries"] == 5 and event["person"].startswith("p-")
    still = await me.tap("payroll:slip")
    assert "locked until" in still.text
    clock.advance(minutes=29)
    assert "locked until" in (await me.tap("payroll:slip")).text
    assert "locked until" in (await me.say(PIN)).text  # the right PIN does not open a lock early
    clock.advance(minutes=2)
    await me.tap("payroll:slip")
    assert "You have 4 more tries" in (await me.say("111222")).text  # a fresh count after the lock
    assert (await me.say(PIN)).pdfs


async def test_the_third_lock_in_a_row_holds_until_the_office_resets_the_pin(office, staff, clock, runtime):
    """Whoever holds the phone gets fifteen guesses, not 240 a day: after the third lock only the office opens it."""
    from services.payroll import corrections

    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin(PIN)
    for round in range(3):
        await me.tap("payroll:slip")
        for _ in range(4):
            wrong = await me.say("111222")
        assert ("until your office resets" in wrong.text) is (round == 2)  # the last try before the last lock
        locked = await me.say("111222")
        assert ("next five PINs are wrong too" in locked.text) is (round == 1)
        clock.advance(minutes=31)
    assert "Only your office can open it" in locked.text and "locked until" not in locked.text
    event = locked.event("payroll.access.locked")
    assert event["until_reset"] is True and event["tries"] == 5
    clock.advance(days=3)
    await me.tap("payroll:slip")
    held = await me.say(PIN)  # the right PIN does not open it either
    assert "Only your office can open it" in held.text and not held.pdfs
    await corrections.reset_pin(runtime.context, "GP-TEST-0001", by="payroll-office-purulia")
    await me.set_pin("582046")
    await me.tap("payroll:slip")
    assert (await me.say("582046")).pdfs


async def test_the_last_try_is_told_in_the_singular_in_bengali_too(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.set_pin(PIN)
    await me.tap("payroll:slip")
    told = [(await me.say("111222")).text for _ in range(4)]
    assert "আর ৪ বার চেষ্টা" in told[0] and "আর একবার চেষ্টা" in told[3] and "১ বার" not in told[3]


async def test_a_redelivered_wrong_pin_is_counted_once(office, staff, bus):
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin(PIN)
    await me.tap("payroll:slip")
    wrong = me.envelope(text="111222")
    first = await me.send(wrong)
    await me.store.collection("_inbox").delete(wrong.id)  # as if the runtime stopped before recording it
    again = await me.send(wrong)
    assert again.text == first.text
    assert (await Repositories.of(me.store).access.get("GP-TEST-0001")).failed == 1


async def test_no_figure_or_pin_in_events_logs_or_store(office, staff, bus, capsys, tmp_path: Path):
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin(PIN)
    await me.tap("payroll:slip")
    await me.say("111222")
    await me.say(PIN)
    await me.tap("payroll:years")
    await me.tap("payroll:statement:2025-26")
    await me.say(PIN)
    events = [e for e in bus.seen if not e.type.startswith("wa.")]
    assert {e.type for e in events} >= {"payroll.document.issued", "payroll.slips.published",
                                        "payroll.document.accessed"}
    published = json.dumps([e.payload for e in events])
    assert not [f for f in (*FIGURES, PIN, "919700000001") if f in published]
    logged = capsys.readouterr()
    assert not [f for f in (*FIGURES, PIN) if f in logged.out + logged.err]
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("payroll.sqlite3*"))
    assert PIN.encode() not in stored
