"""Through the real webhook, at the main menu: an employee asking after their own salary ("where is my salary", "has
my salary been credited", "salary kobe pabo", "এই মাসের বেতন ঢুকেছে?") was told "I could not tell which service your
message is for" (the words kept for Complaints), or was told a credit day before any PIN. Such a question is now
payroll's, and guarded as a slip is: the PIN first (chosen first on first use), nothing about the pay before it;
after it, from the employee's own slips, the latest month published, its net pay and the day it was (or is to be)
credited, and that this month's slip is not out yet, with the slip itself offered. Someone who is not an employee
gets the slip's refusal; another's salary or the wages of a job card (100 days' work) are not payroll's."""
from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from payroll_kit import employee, pay
from phone_kit import Phone, choices, has, saying, words

from gateway.menu import phrase_pattern
from services import registry
from services.payroll.domain import month_name, today_in_india
from services.payroll.domain.period import month_of, moved, show_date
from services.payroll.phrases import asked_for
from shared.india import plain

PIN = "739164"
ASKED = ("where is my salary", "has my salary been credited", "my salary not credited", "salary kobe pabo",
         "salary dhukeche?", "বেতন কবে পাব", "এই মাসের বেতন ঢুকেছে?", "Where is my salary?", "amar salary kothay",
         "আমার বেতন কোথায়", "my salary is not paid yet", "beton pai ni", "is my salary paid")
NOT_OWN = ("salary of the panchayat pradhan?", "job card er taka pai ni", "100 days work wages not paid",
           "100 days work wages not received", "job card wages not credited", "pradhan er salary kobe dhukbe",
           "100 diner kajer taka kobe pabo", "জব কার্ডের মজুরি কবে পাব", "wages not received",
           "when will the pradhan's salary be credited", "where is the panchayat office")


@pytest.mark.parametrize("said", ASKED)
def test_ones_own_salary_asked_after_is_payrolls_alone(said: str):
    assert asked_for(said) == "credit", said
    claimed = [name for name in registry.names() if (menu := registry.load(name, load_demo=False).menu)
               and any(phrase_pattern(p.pattern).search(plain(said)) for p in menu.phrases)]
    assert claimed == ["payroll"], (said, claimed)


@pytest.mark.parametrize("said", NOT_OWN)
def test_another_salary_or_job_card_wages_are_not_payrolls(said: str):
    assert asked_for(said) is None, said


def months() -> tuple[str, str, date]:
    """This month, last month (the one uploaded), and its credit day."""
    this = month_of(today_in_india(datetime.now(UTC)))
    last = moved(this, -1)
    return this, last, date(int(last[:4]), int(last[5:]), 28)


async def _registered(http, base: str, office: dict[str, str]) -> str:
    """An employee with last month's pay (net ₹28,400) uploaded; the month."""
    _, last, day = months()
    async with http.post(f"{base}/api/payroll/employees", json=employee(), headers=office) as created:
        assert created.status == 201, await created.text()
    async with http.post(f"{base}/api/payroll/slips/{last}", json={"rows": [pay(credit_date=day.isoformat())]},
                         headers=office) as imported:
        assert imported.status == 201, await imported.text()
    return last


async def test_in_english_the_pin_first_then_the_latest_pay_and_this_months_slip_not_out(with_desk):
    http, base, office = with_desk
    this, last, day = months()
    me = Phone(http, base, "919700000001", name="Anima")
    await me.start("en")
    await _registered(http, base, office)
    first = await me.say("where is my salary", until=saying("choose a PIN"))  # first use: the PIN chosen first
    assert "₹" not in words(first) and show_date(day, "en") not in words(first), words(first)
    await me.say(PIN, until=saying("once more"))
    got = await me.say(PIN, until=saying("net pay"))
    said = words(got)
    assert f"Your pay for {month_name(last, 'en')}: net pay ₹28,400.00, credited on {show_date(day, 'en')}" in said
    assert f"Your pay slip for {month_name(this, 'en')} is not out yet" in said, said
    assert f"payroll:slip:{last}" in choices(got) and not has("document")(got)

    asked = await me.say("has my salary been credited", until=saying("PIN"))  # asked again: the PIN again
    assert "Type your PIN" in words(asked) and "₹" not in words(asked) and show_date(day, "en") not in words(asked)
    got = await me.say(PIN, until=saying("net pay"))
    assert "₹28,400.00" in words(got)
    slip = await me.tap(f"payroll:slip:{last}", until=has("document"))  # the slip itself, the PIN just typed
    assert "Net pay: ₹28,400" in await me.document_text(slip)


@pytest.mark.parametrize(("lang", "asked", "net", "not_out"), [
    ("bn", "এই মাসের বেতন ঢুকেছে?", "হাতে পাওয়া বেতন ₹২৮,৪০০.০০", "এখনও বেরোয়নি"),
    ("bn", "বেতন কবে পাব", "হাতে পাওয়া বেতন ₹২৮,৪০০.০০", "এখনও বেরোয়নি"),
    ("bn", "salary kobe pabo", "হাতে পাওয়া বেতন ₹২৮,৪০০.০০", "এখনও বেরোয়নি"),
    ("en", "salary dhukeche?", "net pay ₹28,400.00", "is not out yet"),
    ("en", "my salary not credited", "net pay ₹28,400.00", "is not out yet")])
async def test_asked_in_bengali_and_banglish_after_the_pin(with_desk, lang, asked, net, not_out):
    http, base, office = with_desk
    _, last, day = months()
    me = Phone(http, base, "919700000001", name="Anima")
    await me.start(lang)
    await _registered(http, base, office)
    await me.tap("payroll:menu", until=has("text"))
    await me.say(PIN, until=has("text"))
    await me.say(PIN, until=has("interactive"))
    await me.say("menu", until=has("interactive"))
    before = await me.say(asked, until=lambda m: "PIN" in words(m) or "পিন" in words(m))
    assert "₹" not in words(before) and show_date(day, lang) not in words(before), words(before)
    got = await me.say(PIN, until=saying(net))
    assert show_date(day, lang) in words(got) and not_out in words(got), words(got)
    assert f"payroll:slip:{last}" in choices(got)


async def test_the_demo_employee_and_someone_not_an_employee(with_desk):
    http, base, _ = with_desk
    this, last, day = months()
    anima = Phone(http, base, "919733000101", name="Anima")  # the demo's, PIN 4821
    await anima.start("bn")
    asked = await anima.say("বেতন কবে পাব", until=saying("পিন লিখুন"))
    assert "₹" not in words(asked) and show_date(day, "bn") not in words(asked)
    got = await anima.say("4821", until=saying("হাতে পাওয়া বেতন"))
    assert month_name(last, "bn") in words(got) and show_date(day, "bn") in words(got)
    assert f"payroll:slip:{last}" in choices(got)
    stranger = Phone(http, base, "919800000002", name="Arjun")
    await stranger.start("en")
    slip = await stranger.say("salary slip", until=saying("registered panchayat employees"))
    salary = await stranger.say("where is my salary", until=saying("registered panchayat employees"))
    assert words(salary) == words(slip) and "₹" not in words(salary)


@pytest.mark.parametrize("said", ["salary of the panchayat pradhan?", "job card er taka pai ni",
                                  "100 days work wages not paid"])
async def test_another_salary_or_job_card_wages_never_reach_payroll(with_desk, said):
    http, base, _ = with_desk
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start("en")
    got = await anima.say(said, until=bool)
    assert "PIN" not in words(got) and "net pay" not in words(got), words(got)
    assert not [c for c in choices(got) if c.startswith("payroll:") and c != "payroll:menu"], choices(got)


async def test_the_net_pay_told_is_in_no_log_line_nor_any_event_but_the_reply(office, staff, bus, capsys):
    await office.register()
    await office.import_month("2026-02", pay(credit_date="2026-02-28"))  # today is 10 March 2026
    me = staff()
    await me.set_pin(PIN)
    await me.say("where is my salary")
    got = await me.say(PIN)
    assert "net pay ₹28,400.00, credited on 28 February 2026" in got.text, got.text
    events = json.dumps([e.payload for e in bus.seen if not e.type.startswith("wa.")])
    logged = capsys.readouterr()
    assert not [f for f in ("28,400", "28400", PIN) if f in events + logged.out + logged.err]
