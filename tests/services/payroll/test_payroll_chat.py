"""The payroll chat on the bus: choosing a PIN, the latest slip, an older month, a month without payroll,
the annual statement, and the way back from every step."""
from __future__ import annotations

import re
from datetime import date

import pytest
from payroll_kit import employee, pay, pdf_text

from services.payroll import corrections, documents
from services.payroll.domain import Employee, Figures, Slip
from services.payroll.service import MENU
from shared.chat import Location, Media
from shared.documents.pdf import render


def months(first: str, count: int) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    found = []
    for i in range(count):
        index = year * 12 + month - 1 + i
        found.append(f"{index // 12}-{index % 12 + 1:02d}")
    return found


async def test_the_menu_row_is_payrolls_at_order_50():
    assert (MENU.order, MENU.id) == (50, "payroll:menu")


async def test_first_use_sets_a_pin_refusing_easy_ones_and_mismatches(office, staff):
    await office.register()
    me = staff()
    first = await me.tap("payroll:menu")
    assert "choose a PIN" in first.text and first.choices == {}
    assert "too easy" in (await me.say("1234")).text
    assert "4 to 6 digits" in (await me.say("12ab")).text
    assert "once more" in (await me.say("739164")).text
    assert "did not match" in (await me.say("739165")).text
    await me.say("৭৩৯১৬৪")  # Bengali digits are digits
    done = await me.say("739164")
    assert "PIN is set" in done.text and "payroll:slip" in done.choices
    assert "739164" not in done.text


async def test_latest_slip_after_the_pin_with_the_right_net_in_figures_and_words(office, staff, clock):
    await office.register()
    await office.import_month("2026-01", pay(credit_date="2026-01-30", basic="29000"))
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin("739164")
    asked = await me.tap("payroll:slip")
    assert "PIN to get your pay slip for February 2026" in asked.text and not asked.pdfs
    got = await me.say("739164")
    [pdf] = got.pdfs
    text = pdf_text(pdf)
    assert "PS-2026-02-GP-TEST-0001" in got.text and "Net pay: ₹28,400" in text
    assert "Rupees Twenty-Eight Thousand Four Hundred Only" in text and "আঠাশ হাজার চার শত টাকা মাত্র" in text
    assert "₹38,950" in text and "₹10,550" in text and "30711012345678" not in text
    assert re.search(r"(?<!X)XXXX5678", text) and re.search(r"(?<!X)XXXX821K", text)  # not an X per hidden digit
    assert re.search(r"verify/[A-Z2-7]{4}-", text.replace("\n", ""))
    audit = got.event("payroll.document.accessed")
    assert audit["kind"] == "pay_slip" and audit["period"] == "2026-02" and audit["person"].startswith("p-")
    # the PDF is the only message, so nothing can overtake it; its caption says how to go on
    assert [r.message["type"] for r in got.replies] == ["document"]
    assert "Anything else, Anima Mahato? Type *back* or 0 for the payroll menu" in got.last.text
    assert "payroll:months" in (await me.say("0")).choices  # nobody is left at a dead end
    assert "payroll:months" in (await me.say("back")).choices
    clock.advance(minutes=5)  # the PIN typed right keeps for five minutes: past them, it is asked again
    assert "PIN to get your pay slip for January 2026" in (await me.say("01/2026")).text


async def test_once_the_slip_is_on_the_bus_the_employees_chat_keeps_no_copy_of_it(office, staff, runtime):
    """A pay slip goes to the employee's phone and nowhere else to stay: the chat, which kept the PDF to
    publish it again until the inbox recorded it, lets go of it once it is confirmed on the bus."""
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin("739164")
    await me.tap("payroll:slip")
    got = await me.say("739164")
    [pdf] = got.pdfs
    chat = await runtime.store.collection("chats").get(me.wa_id)
    [kept] = [o["payload"]["document"] for o in chat["outputs"] if (o["payload"].get("document") or {})]
    assert kept["filename"] == "PS-2026-02-GP-TEST-0001.pdf" and "data_b64" not in kept
    assert "Net pay: ₹28,400" in pdf_text(pdf)


async def test_an_older_month_from_the_last_twelve_and_a_month_without_payroll(office, staff, clock):
    await office.register()
    for month in months("2025-01", 14):
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff()
    await me.set_pin("739164")
    listed = await me.tap("payroll:months")
    assert list(listed.choices)[:2] == ["payroll:slip:2026-02", "payroll:slip:2026-01"]
    assert len(listed.choices) == 10 and "payroll:months:1" in listed.choices
    rest = await me.tap("payroll:months:1")
    assert list(rest.choices) == ["payroll:slip:2025-05", "payroll:slip:2025-04", "payroll:slip:2025-03",
                                  "payroll:months:0"]  # twelve months in all; 2025-01 and -02 are older
    await me.tap("payroll:slip:2025-04")
    got = await me.say("739164")
    assert "April 2025" in got.text and "Net pay: ₹28,400" in pdf_text(got.pdfs[0])
    none = await me.say("03/2024")
    assert "There is no payroll for March 2024." in none.text and not none.pdfs
    clock.advance(minutes=5)  # the PIN typed right keeps for five minutes: past them, it is asked again
    typed = await me.say("2025-06")
    assert "PIN to get your pay slip for June 2025" in typed.text
    await me.say("back")
    named = await me.say("Sept 2025")  # a month by its name, as people write it
    assert "PIN to get your pay slip for September 2025" in named.text
    await me.say("back")
    me.lang = "bn"
    named = await me.say("আগস্ট ২০২৫")
    assert "আগস্ট ২০২৫-এর বেতন বিবরণী পেতে আপনার পিন লিখুন" in named.text


async def test_a_month_typed_with_a_short_year_by_its_name_alone_or_as_last_month_asks_for_that_slip(office, staff):
    """'March 26', '02/26', 'গত মাস', 'মার্চ মাসের বেতন' or 'slip for January 2026' were 'did not understand' and
    the menu again; each asks the PIN for the month it names (a name alone: its latest, this month at the most;
    'last month': the one before this, 10 March 2026 here)."""
    await office.register()
    for month in months("2025-03", 12):
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff()
    await me.set_pin("739164")
    for lang, written, month in (("en", "March 25", "March 2025"), ("en", "02/26", "February 2026"),
                                 ("en", "last month", "February 2026"), ("en", "slip for January 2026", "January 2026"),
                                 ("en", "December", "December 2025"), ("en", "Mar '25", "March 2025"),
                                 ("bn", "গত মাস", "ফেব্রুয়ারি ২০২৬"), ("bn", "গত মাসের বেতন", "ফেব্রুয়ারি ২০২৬"),
                                 ("bn", "মার্চ ২৫", "মার্চ ২০২৫"), ("bn", "জানুয়ারি মাসের বেতন", "জানুয়ারি ২০২৬"),
                                 ("bn", "নভেম্বরের বিবরণী", "নভেম্বর ২০২৫")):
        me.lang = lang
        asked = await me.say(written)
        wanted = (f"{month}-এর বেতন বিবরণী পেতে আপনার পিন লিখুন" if lang == "bn" else
                  f"PIN to get your pay slip for {month}")
        assert wanted in asked.text, (written, asked.text)
        await me.say("back")
    unpaid = await me.say("মার্চ")  # this month, not paid yet: said so, not "did not understand"
    assert "মার্চ ২০২৬-এর বেতন বিবরণী এখনও বেরোয়নি" in unpaid.text and "বুঝতে পারিনি" not in unpaid.text
    me.lang = "en"
    await me.say("last month")
    got = await me.say("739164")
    assert "Pay slip, February 2026" in got.text and len(got.pdfs) == 1
    assert "did not understand" in (await me.say("may I have it")).text  # 'may' is no month among other words


async def test_the_annual_statement_sums_the_financial_year_and_keeps_its_code_until_a_slip_changes(office, staff,
                                                                                                   runtime, clock):
    await office.register()
    for month in months("2025-03", 12):  # March 2025 … February 2026
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff()
    await me.set_pin("739164")
    years = await me.tap("payroll:years")
    assert list(years.choices) == ["payroll:statement:2025-26", "payroll:statement:2024-25"]
    await me.tap("payroll:statement:2025-26")
    got = await me.say("739164")
    text = pdf_text(got.pdfs[0])
    assert "AS-2025-26-GP-TEST-0001" in got.text and "Months paid" in text
    assert [r.message["type"] for r in got.replies] == ["document"] and "Type *back*" in got.text
    assert "Total net pay: ₹3,12,400" in text  # eleven months (April–February) × ₹28,400
    assert "In words: Rupees Three Lakh Twelve Thousand Four Hundred Only" in text
    in_bengali = "কথায়: তিন লক্ষ বারো হাজার চার শত টাকা মাত্র"  # in Bengali words too, as on the slip
    assert in_bengali.replace(" ", "") in text.replace(" ", "")  # pdftotext puts spaces inside Bengali words
    assert "Total income tax deducted (TDS): ₹77,000" in text
    assert "March 2025" not in text.replace("March 2026", "")  # that month belongs to 2024-25
    issued = got.event("payroll.document.issued")
    assert issued["kind"] == "salary_statement" and set(issued) >= {"code", "number", "holder_name", "status"}
    clock.advance(minutes=5)  # the PIN typed right keeps for five minutes: past them, it is asked again
    await me.tap("payroll:statement:2025-26")
    again = await me.say("739164")
    assert [e.type for e in again.events] == ["payroll.document.accessed"]  # same statement, same code
    figures = Figures.model_validate({**{k: int(v) * 100 for k, v in pay().items() if k not in ("employee_id",
                                                                                               "credit_date")},
                                      "credit_date": "2025-12-28", "other_earnings": 1650_00})
    await corrections.reissue(runtime.context, "GP-TEST-0001", "2025-12", figures, reason="arrear", by="test")
    clock.advance(minutes=5)
    await me.tap("payroll:statement:2025-26")
    corrected = await me.say("739164")
    assert corrected.event("payroll.document.superseded")["code"] == issued["code"]
    assert corrected.event("payroll.document.issued")["number"] == "AS-2025-26-GP-TEST-0001-R2"
    assert "Total net pay: ₹3,13,400" in pdf_text(corrected.pdfs[0])


async def test_a_financial_year_typed_as_the_year_list_shows_it_asks_for_that_statement(office, staff, clock):
    """'২০২৫-২৬', as the list of years writes it, was 'did not understand'; it asks the PIN for that year's
    statement, as the tap does, in the other ways people write a financial year too."""
    await office.register()
    for month in months("2025-03", 12):
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff()
    await me.set_pin("739164")
    me.lang = "bn"
    typed = await me.say("২০২৫-২৬")
    assert "২০২৫-২৬ (এপ্রিল ২০২৫ – মার্চ ২০২৬)" in typed.text and "বুঝতে পারিনি" not in typed.text
    got = await me.say("739164")
    assert got.event("payroll.document.issued")["number"] == "AS-2025-26-GP-TEST-0001"
    me.lang = "en"
    clock.advance(minutes=5)  # the PIN typed right keeps for five minutes: past them, it is asked again
    for written in ("2024-25", "FY 2024/25", "2024-2025"):
        asked = await me.say(written)
        assert "annual salary statement for 2024-25 (April 2024 – March 2025)" in asked.text, written
        await me.say("back")


async def test_the_main_menus_words_for_a_slip_or_the_statement_typed_at_the_payroll_menu_ask_for_it(office, staff):
    """'pay slip', 'বেতন স্লিপ', 'annual statement' are read at the main menu; typed at the payroll menu they were
    'did not understand'."""
    await office.register()
    for month in months("2025-04", 11):
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    for words in ("বেতন স্লিপ", "pay slip", "Salary slip please"):
        asked = await me.say(words)
        assert "ফেব্রুয়ারি ২০২৬-এর বেতন বিবরণী পেতে আপনার পিন" in asked.text and "বুঝতে পারিনি" not in asked.text, words
        await me.say("ফিরে")
    for words in ("বার্ষিক বিবরণী", "annual statement"):
        listed = await me.say(words)
        assert "payroll:statement:2025-26" in listed.choices and "বুঝতে পারিনি" not in listed.text, words
    await me.say("বেতন স্লিপ")
    got = await me.say("739164")
    assert got.pdfs and "PS-2026-02-GP-TEST-0001" in got.text


async def test_a_reissued_slip_supersedes_the_statement_that_sums_it_at_once(office, staff, runtime, bus):
    """A statement with the wrong totals must not go on showing as valid until its holder asks again."""
    await office.register()
    for month in ("2025-04", "2025-05"):
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff()
    await me.set_pin("739164")
    await me.tap("payroll:statement:2025-26")
    statement = (await me.say("739164")).event("payroll.document.issued")["code"]
    figures = Figures.model_validate({**{k: int(v) * 100 for k, v in pay().items() if k not in ("employee_id",
                                                                                               "credit_date")},
                                      "credit_date": "2025-05-28", "other_earnings": 1650_00})
    before = len(bus.seen)
    await corrections.reissue(runtime.context, "GP-TEST-0001", "2025-05", figures, reason="arrear", by="test")
    await bus.drain()
    gone = {e.payload["code"] for e in bus.seen[before:] if e.type == "payroll.document.superseded"}
    assert statement in gone and len(gone) == 2  # the slip's old code and the statement's
    before = len(bus.seen)
    await office.import_month("2025-06", pay(credit_date="2025-06-28"))
    await corrections.reissue(runtime.context, "GP-TEST-0001", "2025-06", figures.model_copy(
        update={"credit_date": date(2025, 6, 28)}), reason="arrear", by="test")
    await bus.drain()
    gone = {e.payload["code"] for e in bus.seen[before:] if e.type == "payroll.document.superseded"}
    assert statement not in gone  # June is not in that statement: it is still what it was


@pytest.mark.parametrize("paid", [5, 6, 7, 12])
async def test_the_statement_keeps_each_tables_title_with_it_and_no_heading_word_is_broken(paid):
    """What heads a table is on every page the table is on: five to seven months once left the caption of the
    second table at the foot of page 1 and the table on page 2."""
    who = Employee.model_validate(employee())
    slips = [Slip(employee_id=who.id, month=m, figures=Figures.model_validate(
        {**{k: int(v) * 100 for k, v in pay().items() if k not in ("employee_id", "credit_date")},
         "credit_date": f"{m}-28"}), batch="B", code="AAAA-BBBB-CCCC-DDDD", issued_on="2026-03-01")
             for m in months("2025-04", paid)]
    document = documents.statement_document(who, "2025-26", slips, code="AAAA-BBBB-CCCC-DDDD", number="AS-1",
                                            issued_on=date(2026, 3, 1), public_url="https://panchayat.example.in")
    pages = pdf_text(render(document)).split("\f")
    for page in pages:
        assert ("Deductions and net" in page) == ("GPF / CPF" in page)
        assert ("Earnings (₹)" in page) == ("Basic pay" in page)
    words = {w for table in document.tables for column in table.columns for w in column.label_en.split()}
    assert not [w for w in words if w not in "".join(pages)]  # "Professiona" / "l tax" is a broken heading


@pytest.mark.parametrize(("rupees", "month_figure", "year_figure", "gross_figure"), [
    ({}, "30,000.00", "3,60,000.00", "4,67,400.00"),
    ({"basic": 1_00_00_000, "da": 1_00_00_000, "hra": 1_00_00_000, "medical": 1_00_00_000,
      "other_earnings": 1_00_00_000}, "1,00,00,000.00", "12,00,00,000.00", "60,00,00,000.00")])
def test_the_statements_figures_are_in_the_indian_grouping_and_never_broken(rupees, month_figure, year_figure,
                                                                           gross_figure):
    """Its cells read ``360000.00`` where every other amount reads ₹3,60,000, and a year of crores broke the
    totals inside themselves (``120000000.0`` over ``0``)."""
    who = Employee.model_validate(employee())
    paise = {k: int(v) * 100 for k, v in pay().items() if k not in ("employee_id", "credit_date")}
    paise.update({k: v * 100 for k, v in rupees.items()})
    slips = [Slip(employee_id=who.id, month=m, figures=Figures.model_validate({**paise, "credit_date": f"{m}-28"}),
                  batch="B", code="AAAA-BBBB-CCCC-DDDD", issued_on="2026-03-01") for m in months("2025-04", 12)]
    document = documents.statement_document(who, "2025-26", slips, code="AAAA-BBBB-CCCC-DDDD", number="AS-1",
                                            issued_on=date(2026, 4, 1), public_url="https://panchayat.example.in")
    text = pdf_text(render(document))
    assert text.count(month_figure) >= 12 and year_figure in text and gross_figure in text
    assert text.replace(" ", "").count("মোট/Total") == 2  # each table's totals row, named in both languages


def test_the_letterhead_gives_the_offices_address_once():
    """Block and district are English names: a "Bengali" address of the same words printed it twice,
    ``Jhalda-I, Purulia · Jhalda-I Block, Purulia District``."""
    who = Employee.model_validate(employee())
    paise = {k: int(v) * 100 for k, v in pay().items() if k not in ("employee_id", "credit_date")}
    figures = Figures.model_validate({**paise, "credit_date": "2026-02-28"})
    slip = Slip(employee_id=who.id, month="2026-02", figures=figures, batch="B", code="AAAA-BBBB-CCCC-DDDD",
                issued_on="2026-03-01")
    text = pdf_text(render(documents.slip_document(who, slip, "https://panchayat.example.in")))
    assert "Jhalda-I Block, Purulia District" in text and text.count("Jhalda-I") == 1


async def test_back_and_unclear_words_lead_to_the_menu_and_forgot_pin_names_the_office(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.set_pin("739164")
    await me.tap("payroll:slip")
    back = await me.say("ফিরে")
    assert "payroll:slip" in back.choices
    unclear = await me.say("salary please")
    assert "বুঝতে পারিনি" in unclear.text and "payroll:years" in unclear.choices
    forgot = await me.tap("payroll:forgot")
    assert "03252 255 014" in forgot.text and "payroll:slip" in forgot.choices
    stale = await me.tap("payroll:nonsense")
    assert "আগের একটি বার্তার" in stale.text
    for month in ("2026-13", "2026-2", "latest"):  # a month no list offered is not asked for another's slip
        odd = await me.tap(f"payroll:slip:{month}")
        assert "আগের একটি বার্তার" in odd.text and "পিন" not in odd.text and not odd.pdfs


async def test_an_employee_without_any_slip_is_told_so(office, staff):
    await office.register()
    me = staff()
    await me.set_pin("739164")
    latest = await me.tap("payroll:slip")
    assert "No pay slip of yours has been published yet" in latest.text and not latest.pdfs


async def test_a_photo_or_a_location_where_a_pin_is_asked_asks_for_it_again(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.tap("payroll:menu")
    await me.say("739164")
    again = await me.send(me.envelope(kind="media", media=Media(kind="image", id="m-1", mime_type="image/jpeg")))
    assert "লিখে বা বোতাম চেপে" in again.text and "নিশ্চিত করতে পিনটি আর একবার লিখুন" in again.text
    assert "পিন ঠিক হয়েছে" in (await me.say("739164")).text
    asked = await me.tap("payroll:slip")
    assert "ফেব্রুয়ারি ২০২৬" in asked.text
    for other in (me.envelope(kind="location", location=Location(latitude=23.3, longitude=86.4)),
                  me.envelope(kind="contacts", text="Anima 919733000101"),
                  me.envelope(kind="media", media=Media(kind="audio", id="m-2", mime_type="audio/ogg"))):
        again = await me.send(other)
        assert "লিখে বা বোতাম চেপে" in again.text and asked.text in again.text and not again.pdfs
    got = await me.say("739164")
    assert [r.message["type"] for r in got.replies] == ["document"] and "PS-2026-02" in got.text


async def test_cancel_or_back_in_either_language_leaves_the_pin_question_without_counting_a_try(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.set_pin("739164")
    for word in ("বাতিল", "ফিরে যান", "Back.", "cancel"):
        await me.tap("payroll:slip")
        left = await me.say(word)
        assert "payroll:slip" in left.choices and "পিন হল" not in left.text, word
        after = await me.say("739164")  # the PIN question was left: nothing waits for it
        assert after.text.startswith("পিন চাওয়া হবে আপনি কী চান তা বেছে নেওয়ার পরে") and not after.pdfs
    await me.tap("payroll:slip")
    assert [r.message["type"] for r in (await me.say("739164")).replies] == ["document"]


async def test_another_month_or_a_year_typed_where_the_pin_is_asked_is_asked_for_instead(office, staff):
    """Asked the PIN for February's slip, an employee who typed 'January 2026' (they wanted another month) was told
    a PIN is four to six digits and asked it again for February; the month or year typed is now the one whose
    PIN is asked, without counting a try, and a PIN is still only ever read as a PIN."""
    await office.register()
    for month in months("2025-03", 12):
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    assert "ফেব্রুয়ারি ২০২৬" in (await me.tap("payroll:slip")).text
    other = await me.say("জানুয়ারি ২০২৬")
    assert "জানুয়ারি ২০২৬-এর বেতন বিবরণী পেতে আপনার পিন লিখুন" in other.text and "পিন হল" not in other.text
    year = await me.say("২০২৪-২৫")
    assert "২০২৪-২৫ (এপ্রিল ২০২৪ – মার্চ ২০২৫)-এর বার্ষিক বেতন বিবরণী পেতে" in year.text
    me.lang = "en"
    assert "PIN to get your pay slip for January 2026" in (await me.say("January 2026 please")).text
    assert "A PIN is 4 to 6 digits, not words" in (await me.say("hello")).text
    assert "A PIN has 4 to 6 digits" in (await me.say("12")).text  # too few digits: the rule again
    assert (await office.repos.access.get("GP-TEST-0001")).failed == 0
    got = await me.say("739164")
    assert "Pay slip, January 2026" in got.text and len(got.pdfs) == 1


async def test_after_the_office_resets_the_pin_a_month_typed_is_answered_with_the_pin_to_choose(office, staff, runtime):
    """Told that the office reset their PIN and to choose a new one when they next ask for a slip, an employee
    who typed a month ('০২/২০২৬') was told the chat did not understand and to type a month such as ০৩/২০২৬,
    above the question to choose a PIN; now they are asked to choose the PIN, with nothing said against what they
    typed, and then get the slip as always."""
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.set_pin("739164")
    await corrections.reset_pin(runtime.context, "GP-TEST-0001", by="test")
    asked = await me.say("০২/২০২৬")
    assert "প্রথমে একটি পিন ঠিক করুন" in asked.text and "বুঝতে পারিনি" not in asked.text
    await me.say("৪৮১৯৩৭")
    set_and_sent = await me.say("৪৮১৯৩৭")  # the PIN just typed twice: the slip asked for comes at once
    assert "পিন ঠিক হয়েছে" in set_and_sent.text and len(set_and_sent.pdfs) == 1
    await me.say("০২/২০২৬")
    assert len((await me.say("481937")).pdfs) == 1


async def test_a_slip_asked_for_before_the_first_pin_comes_once_the_pin_is_set(office, staff):
    """A new employee who tapped 'Latest pay slip' was asked to choose a PIN, typed it twice, and then met the
    payroll menu, to ask for the slip again and type the PIN a third time; the slip now comes as the PIN is set,
    also after a mismatch, and nothing is handed out before it is set."""
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    asked = await me.tap("payroll:slip")
    assert "choose a PIN" in asked.text and not asked.pdfs
    assert "once more" in (await me.say("739164")).text
    mismatch = await me.say("739165")
    assert "did not match" in mismatch.text and not mismatch.pdfs
    await me.say("739164")
    done = await me.say("739164")
    assert "PIN is set" in done.text and len(done.pdfs) == 1 and "February 2026" in done.text
    assert "739164" not in done.text
    again = await me.tap("payroll:slip")  # from now on, the PIN before every slip, as always
    assert "PIN to get your pay slip for February 2026" in again.text and not again.pdfs


async def test_a_month_typed_while_the_first_pin_is_chosen_is_kept_and_comes_once_it_is_set(office, staff):
    """A new employee asked to choose a PIN who typed the month they wanted ('জানুয়ারি') was told a PIN is four to
    six digits and the month was forgotten: once the PIN was set they met the menu, to ask again and type the PIN
    a third time. The month is now kept, at the confirmation too, and its slip comes as the PIN is set."""
    await office.register()
    for month in months("2025-03", 12):
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff(lang="bn")
    await me.tap("payroll:menu")
    kept = await me.say("জানুয়ারি")
    assert "প্রথমে একটি পিন ঠিক করুন" in kept.text and "পিন হল" not in kept.text
    none = await me.say("এপ্রিল ২০২৪")
    assert "এপ্রিল ২০২৪-এর কোনো বেতন বিবরণী নেই" in none.text and "প্রথমে একটি পিন ঠিক করুন" in none.text
    await me.say("৭৩৯১৬৪")
    confirm = await me.say("ডিসেম্বর ২০২৫")
    assert "আর একবার লিখুন" in confirm.text and "মেলেনি" not in confirm.text
    set_and_sent = await me.say("৭৩৯১৬৪")
    assert "পিন ঠিক হয়েছে" in set_and_sent.text and "বেতন বিবরণী, ডিসেম্বর ২০২৫" in set_and_sent.text
    assert len(set_and_sent.pdfs) == 1 and (await office.repos.access.get("GP-TEST-0001")).failed == 0


async def test_forgot_pin_typed_where_the_pin_is_asked_says_how_to_get_a_new_one(office, staff):
    """Asked their PIN, an employee who wrote 'পিন ভুলে গেছি' or 'I forgot my PIN' was told a PIN is four to six
    digits and asked it again; now they read what the menu's 'Forgot my PIN' says (who resets it, and how to
    reach them), and no try is counted."""
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.set_pin("739164")
    for lang, said, told in (("bn", "পিন ভুলে গেছি", "পিন ভুলে গেছেন?"), ("bn", "পিন মনে নেই", "পিন ভুলে গেছেন?"),
                             ("en", "I forgot my PIN", "Forgot your PIN?"), ("en", "forget pin", "Forgot your PIN?")):
        me.lang = lang
        await me.tap("payroll:slip")
        answer = await me.say(said)
        assert told in answer.text and "03252 255 014" in answer.text, said
        assert "পিন হল" not in answer.text and "A PIN is" not in answer.text and "payroll:slip" in answer.choices
    assert (await office.repos.access.get("GP-TEST-0001")).failed == 0
    assert "Forgot your PIN?" in (await me.say("forgot pin")).text  # from the menu too


async def test_forgot_pin_names_the_office_once_and_in_plain_bengali(office, staff):
    """'Forgot my PIN' named an office that gave no contact twice, the second time in English inside the Bengali
    ('… গ্রাম পঞ্চায়েত-এর বেতন দপ্তরে যোগাযোগ করুন (Ilu-Jargo Gram Panchayat)'), and joined 'of' to the
    Bengali name with a hyphen; it now names the office once, in the reader's language, with its contact if any."""
    registered = employee()
    await office.register(office={**registered["office"], "contact": ""})
    me = staff(lang="bn")
    await me.set_pin("739164")
    said = (await me.tap("payroll:forgot")).text
    assert "আপনার অফিসের বেতন দপ্তরে যোগাযোগ করুন: ইলু-জারগো গ্রাম পঞ্চায়েত।" in said
    assert "Ilu-Jargo" not in said and "-এর" not in said.split("\n\n")[0]
    me.lang = "en"
    said = (await me.tap("payroll:forgot")).text
    assert "contact the payroll desk of your office: Ilu-Jargo Gram Panchayat. Once" in said
    assert said.count("Ilu-Jargo") == 1


async def test_a_phone_menus_back_key_leaves_the_pin_question_but_a_0_there_is_read_as_the_pin(office, staff):
    """"#" or "*" alone (a phone menu's "back") where the PIN is asked got "a PIN is 4 to 6 digits" and the
    question again; now it leads to the menu as "back" does, counting no try. A PIN may begin with 0, so a
    "0" there is the PIN's first digit, and where a new PIN is chosen too; at the menu it is "back"."""
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    first = await me.tap("payroll:menu")
    assert "choose a PIN" in first.text
    assert "4 to 6 digits" in (await me.say("0")).text
    await me.set_pin("739164")
    for key in ("#", "*", "#️⃣", "ফিরে যাও"):
        await me.tap("payroll:slip")
        left = await me.say(key)
        assert "payroll:slip" in left.choices and "4 to 6 digits" not in left.text and "PIN" not in left.text, key
    await me.tap("payroll:slip")
    zero = await me.say("0")
    assert "4 to 6 digits" in zero.text and "Type your PIN" in zero.text and list(zero.choices) == ["payroll:forgot"]
    assert [r.message["type"] for r in (await me.say("739164")).replies] == ["document"]  # no try was lost
    menu = await me.say("০")
    assert "payroll:slip" in menu.choices and "did not understand" not in menu.text.lower()


async def test_thanks_or_ok_is_answered_warmly_with_the_question_waiting_and_no_pin_try_counted(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    await me.tap("payroll:menu")
    await me.say("739164")
    confirm = await me.say("ধন্যবাদ")  # the new PIN waits for its confirmation
    assert confirm.text.startswith("আপনাকেও ধন্যবাদ 🙏\n\n") and "নিশ্চিত করতে পিনটি আর একবার লিখুন" in confirm.text
    assert "পিন ঠিক হয়েছে" in (await me.say("739164")).text
    asked = await me.tap("payroll:slip")
    for sent, starts in (("thank you", "আপনাকেও ধন্যবাদ 🙏"), ("👍", "ঠিক আছে 👍"), ("ok", "ঠিক আছে 👍")):
        again = await me.say(sent)
        assert again.text == f"{starts}\n\n{asked.text}", sent
    assert (await office.repos.access.get("GP-TEST-0001")).failed == 0
    got = await me.say("739164")
    assert [r.message["type"] for r in got.replies] == ["document"]
    done = await me.say("🙏")  # the slip handed out: the payroll menu
    assert done.text.startswith("আপনাকেও ধন্যবাদ 🙏\n\n") and "বুঝতে পারিনি" not in done.text
    assert "payroll:slip" in done.choices


async def test_the_help_line_says_0_goes_back_where_it_does_and_not_at_the_pin(office, staff):
    """0 alone goes back, as on a phone menu, but the help line only named "back"; at the PIN, where 0 is a digit,
    it must not promise it."""
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang="bn")
    first = await me.tap("payroll:menu")
    assert first.text.endswith("আগের ধাপে যেতে *ফিরে* লিখুন, মূল মেনুর জন্য *মেনু*।")  # choosing a PIN
    await me.set_pin("739164")
    menu = await me.say("০")
    assert menu.text.endswith("আগের ধাপে যেতে *ফিরে* বা ০ লিখুন, মূল মেনুর জন্য *মেনু*।") and "payroll:slip" in menu.choices
    asked = await me.tap("payroll:slip")
    assert asked.text.endswith("আগের ধাপে যেতে *ফিরে* লিখুন, মূল মেনুর জন্য *মেনু*।")
    months = await me.tap("payroll:months")
    assert months.text.endswith("আগের ধাপে যেতে *ফিরে* বা ০ লিখুন, মূল মেনুর জন্য *মেনু*।")


async def test_a_pin_said_in_words_or_with_a_stop_after_it_is_read_as_the_pin_and_a_wrong_one_counts(office, staff,
                                                                                                     clock):
    """'pin 4821', 'PIN: 4821', '4821.', '৪৮২১।', 'my pin is 4821' were answered 'a PIN is 4 to 6 digits' when the
    PIN was chosen, confirmed or asked; a message that is only a PIN is now read as it, a wrong one counted as a
    wrong PIN is, and a message with another number besides is still no PIN and no try."""
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.tap("payroll:menu")
    assert "once more" in (await me.say("my new pin is 739164")).text
    assert "PIN is set" in (await me.say("PIN: 739164.")).text
    for said in ("pin 739164", "PIN: 739164", "739164.", "৭৩৯১৬৪।", "my pin is 739164", "আমার পিন ৭৩৯১৬৪"):
        clock.advance(minutes=5)  # each asked afresh, past the five minutes a PIN typed right keeps
        await me.tap("payroll:slip")
        got = await me.say(said)
        assert len(got.pdfs) == 1 and "4 to 6 digits" not in got.text, said
    clock.advance(minutes=5)
    await me.tap("payroll:slip")
    two = await me.say("pin 739164 2026")
    assert "4 to 6 digits" in two.text and not two.pdfs
    wrong = await me.say("my pin is 7391")
    assert "You have 4 more tries" in wrong.text and not wrong.pdfs
    assert (await office.repos.access.get("GP-TEST-0001")).failed == 1


async def test_the_statement_asked_for_with_its_year_asks_the_pin_for_that_years_statement(office, staff, clock):
    """'statement 2025', '2025 statement', 'বার্ষিক বিবরণী ২০২৫', 'annual statement 2024-25' were 'did not understand'
    (or the list of years, as if no year were named); they ask the PIN for that year's statement, a year alone being
    the financial year the year list writes beginning with it, at the main menu too. Another number besides is
    not guessed at."""
    await office.register()
    for month in months("2025-03", 12):
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff()
    await me.set_pin("739164")
    for written, year in (("statement 2025", "2025-26 (April 2025 – March 2026)"),
                          ("2025 statement", "2025-26 (April 2025 – March 2026)"),
                          ("annual statement 2024-25", "2024-25 (April 2024 – March 2025)"),
                          ("salary statement for FY 2024-25", "2024-25 (April 2024 – March 2025)")):
        asked = await me.say(written)
        assert f"PIN to get your annual salary statement for {year}" in asked.text, written
        await me.say("back")
    assert "PIN to get" not in (await me.say("statement 2025 2026")).text
    me.lang = "bn"
    asked = await me.say("বার্ষিক বিবরণী ২০২৫")
    assert "২০২৫-২৬ (এপ্রিল ২০২৫ – মার্চ ২০২৬)-এর বার্ষিক বেতন বিবরণী পেতে" in asked.text
    got = await me.say("739164")
    assert got.event("payroll.document.issued")["number"] == "AS-2025-26-GP-TEST-0001"
    await me.say("ফিরে")
    clock.advance(minutes=5)  # the PIN typed right keeps for five minutes: past them, it is asked again
    from_menu = await me.send(me.envelope(text="Statement ২০২৪-২৫", reply_id="payroll:statement"))  # the main menu's
    assert "২০২৪-২৫ (এপ্রিল ২০২৪ – মার্চ ২০২৫)-এর বার্ষিক বেতন বিবরণী পেতে" in from_menu.text


def test_the_main_menu_sends_a_statement_with_its_year_to_payroll():
    from services.payroll.phrases import asked_for

    for written in ("statement 2025", "2025 statement", "Statement ২০২৪-২৫", "বার্ষিক বিবরণী ২০২৫"):
        assert asked_for(written) == "statement", written
    assert asked_for("bank statement") is None


async def test_a_pin_said_not_to_match_is_no_month_asked_for(office, staff):
    """'pin match hocche na' typed at the confirmation kept the slip of March, handed out once the PIN was set, and
    'my PIN does not match' at the menu asked the PIN for March's slip: 'match' was read as March. Neither names
    a month."""
    await office.register()
    for month in ("2026-02", "2026-03"):
        await office.import_month(month, pay(credit_date=f"{month}-27"))
    me = staff()
    await me.tap("payroll:menu")
    await me.say("739164")
    assert "did not match" in (await me.say("pin match hocche na")).text  # as any other words there
    await me.say("739164")
    done = await me.say("739164")
    assert "PIN is set" in done.text and not done.pdfs
    said = await me.say("my PIN does not match")
    assert "did not understand" in said.text and "PIN to get" not in said.text
