"""The casework rules on plain values: mobiles, number formats, the lifecycle, CSV batches, area scopes."""
from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
from pydantic import BaseModel

from services.noc.domain import NUMBER as NOC_NUMBER
from services.permit.domain import NUMBER as PERMIT_NUMBER
from shared.casework import Case, Issue, Refused, mobile_key, same_mobile
from shared.casework.areas import outside, scope_filter
from shared.casework.case import add_years
from shared.casework.mobile import wa_key
from shared.casework.office import csvimport
from shared.casework.show import area, rupees

AT = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)
GP = {"code": "baghmundi", "name_bn": "বাঘমুন্ডি", "name_en": "Baghmundi", "block": "Baghmundi", "district": "Purulia"}


def case(**changes: object) -> Case:
    return Case.model_validate({"number": "X/1", "name_bn": "রিনা দাস", "name_en": "Rina Das", "mobile": "9830012345",
                                "gp": GP, "fee": 100, **changes})


@pytest.mark.parametrize("typed", ["9830012345", "+91 98300 12345", "098300-12345", "919830012345"])
def test_the_ways_a_mobile_is_written_are_one_number(typed: str) -> None:
    assert mobile_key(typed) == "919830012345" and same_mobile(typed, "919830012345")


@pytest.mark.parametrize("typed", ["", "12345", "5830012345", "4419830012345", "91983001234"])
def test_what_is_not_an_indian_mobile_matches_nothing(typed: str) -> None:
    assert mobile_key(typed) is None and not same_mobile(typed, typed)


@pytest.mark.parametrize("registered, wa_id", [
    ("65912 34567", "6591234567"),  # Singapore +65 9123 4567 is ten digits, like the Indian 65912 34567
    ("64912 34567", "6491234567"),  # New Zealand +64 …
    ("9830012345", "9830012345"),  # WhatsApp always sends the country code: ten digits are never India's
    ("9830012345", "+919830012345"), ("9830012345", "09830012345"), ("9830012345", "٩١٩٨٣٠٠١٢٣٤٥"),
])
def test_a_whatsapp_number_matches_only_the_same_full_number(registered: str, wa_id: str) -> None:
    assert not same_mobile(registered, wa_id) and wa_key(wa_id) is None


def test_the_indian_whatsapp_number_matches_its_registered_mobile() -> None:
    assert same_mobile("65912 34567", "916591234567") and wa_key("916591234567") == "916591234567"
    assert same_mobile("+91-98300 12345", "919830012345") and wa_key("6591234567") is None


def test_numbers_typed_in_any_scripts_digits_are_the_same_number() -> None:
    assert PERMIT_NUMBER.find("BP/PUR/২০২৬/০০০১০১") == "BP/PUR/2026/000101"
    assert NOC_NUMBER.find("TNOC/২০২৬/৪৫") == "TNOC/2026/000045"
    assert NOC_NUMBER.find("tnoc २०२६ ४५") == "TNOC/2026/000045"  # Devanagari
    assert PERMIT_NUMBER.check("BP/PUR/২০২৬/১") == "BP/PUR/2026/000001"


def test_numbers_are_found_in_loose_writing_and_kept_in_one_form() -> None:
    assert PERMIT_NUMBER.find("status of bp / pur / 2026 / 45 please") == "BP/PUR/2026/000045"
    assert NOC_NUMBER.find("TNOC-2026-000045") == "TNOC/2026/000045"
    assert PERMIT_NUMBER.find("BP/PURU/2026/1") is None and PERMIT_NUMBER.attempted("BP/PURU/2026/1")
    assert NOC_NUMBER.find("noc 45") is None and NOC_NUMBER.attempted("noc 45")
    assert not PERMIT_NUMBER.attempted("hello")
    with pytest.raises(ValueError, match="BP/PUR/2026/000123"):
        PERMIT_NUMBER.check("my application BP/PUR/2026/1")


def test_a_case_moves_only_along_the_lifecycle() -> None:
    scrutiny = case().moved("under_scrutiny", at=AT, by="official")
    with pytest.raises(Refused) as refused:
        case().moved("revoked", at=AT, by="official", note="x")
    assert refused.value.key == "move_refused"
    with pytest.raises(Refused) as no_reason:
        scrutiny.moved("rejected", at=AT, by="official", note="  ")
    assert no_reason.value.key == "reason_needed"
    issue = Issue(code="AAAA-BBBB-CCCC-DDDD", memo_no="M/1", issued_on=date(2026, 3, 2), valid_until=date(2027, 3, 1))
    approved = scrutiny.approved(issue, at=AT, by="official")
    assert [c.status for c in approved.history] == ["under_scrutiny", "approved"] and approved.issue == issue
    assert approved.shown_status(date(2027, 3, 1)) == "approved"
    assert approved.shown_status(date(2027, 3, 2)) == "expired"
    with pytest.raises(Refused) as too_long:
        scrutiny.approved(issue, at=AT, by="official", longest=date(2027, 2, 28))
    assert too_long.value.key == "validity_beyond_term"
    assert scrutiny.approved(issue, at=AT, by="official", longest=date(2027, 3, 1)).issue == issue
    revoked = approved.moved("revoked", at=AT, by="official", note="fraud")
    assert revoked.reason == "fraud" and revoked.shown_status(date(2030, 1, 1)) == "revoked"


def test_terms_end_the_day_before_the_anniversary() -> None:
    assert add_years(date(2026, 3, 2), 1) == date(2027, 3, 1)
    assert add_years(date(2028, 2, 29), 3) == date(2031, 2, 27)


def test_amounts_use_the_indian_grouping_in_either_script() -> None:
    assert rupees(125000) == "₹1,25,000" and rupees(900, "bn") == "₹৯০০"


def test_an_area_is_shown_as_entered_without_rounding() -> None:
    assert [area(a) for a in (99999.75, 118.5, 60, 42.0)] == ["99,999.75", "118.5", "60", "42"]


class Row(BaseModel):
    number: str
    fee: int


def test_a_csv_batch_names_every_bad_line_and_nests_dotted_columns() -> None:
    with pytest.raises(csvimport.BadBatch) as bad:
        csvimport.parse("number,fee\nA,1\nB,x\nA,2\nC,3\n", Row, taken={"C"})
    assert bad.value.problems == ["line 3: fee: Input should be a valid integer, unable to parse string as an integer",
                                  "line 4: number: A is also on line 2", "line 5: number: C already exists"]
    assert csvimport.rows("number,gp.code,gp.block\nA,x,\n") == [(2, {"number": "A", "gp": {"code": "x"}})]
    with pytest.raises(csvimport.BadBatch):
        csvimport.parse("number,fee\n", Row, taken=set())


def test_a_token_area_is_matched_regardless_of_case_and_only_whole() -> None:
    assert scope_filter({"gp": "baghmundi", "district": "Purulia"}) == {"gp.code": "baghmundi",
                                                                      "gp.district": "purulia"}
    assert scope_filter({"gp": " Baghmundi"}) == {"gp.code": "baghmundi"}  # codes are lower case
    place = SimpleNamespace(gp=SimpleNamespace(code="baghmundi", block="Baghmundi", district="Purulia"))
    assert outside(scope_filter({"district": "PURULIA", "block": "baghmundi"}), place) is None
    assert outside(scope_filter({"district": "Puru"}), place) == ("gp.district", "puru")
    assert outside(scope_filter({"district": "Purulia North"}), place) == ("gp.district", "purulia north")
    assert outside(scope_filter({"block": "None"}), SimpleNamespace(gp=SimpleNamespace(block=None))) is not None


@pytest.mark.parametrize("text, problem", [
    ("plot,plot.mouza\n1,Baghmundi", "a column cannot also be a group of columns"),
    ("number\r\n\"BP/PUR/2026/1\r\n", "line 2: not readable as CSV"),
    ("number\nA\nB\n\"C\nD\n", "line 4: not readable as CSV"),  # the quote opened on line 4 never closes
])
def test_a_batch_that_cannot_be_nested_or_read_is_refused_by_line_not_crashed(text, problem):
    with pytest.raises(csvimport.BadBatch) as refused:
        csvimport.rows(text)
    assert problem in refused.value.problems[0] and refused.value.problems[0].startswith("line ")


def test_a_bare_carriage_return_ends_a_line():
    assert csvimport.rows("number,fee\r1,2\r") == [(2, {"number": "1", "fee": "2"})]
