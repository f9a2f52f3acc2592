"""The permission letter and the trade NOC are signed as the office signs: the block printed the gram panchayat's
name in bold (``বাঘমুন্ডি / Baghmundi``) over ``Pradhan, Gram Panchayat``, as if Baghmundi were the Pradhan's name;
it reads ``প্রধান, বাঘমুন্ডি গ্রাম পঞ্চায়েত`` over ``Pradhan, Baghmundi Gram Panchayat`` now."""
from __future__ import annotations

from datetime import date

import pytest
from casework_kit import flat, in_pdf, pdf_text

from services.noc.certificate import certificate
from services.noc.domain import Noc
from services.permit.domain import Application
from services.permit.letter import letter
from shared.casework.case import Issue
from shared.documents import render

GP = {"code": "baghmundi", "name_bn": "বাঘমুন্ডি", "name_en": "Baghmundi", "block": "Baghmundi", "district": "Purulia"}
CASE = {"name_bn": "রিনা দাস", "name_en": "Rina Das", "mobile": "9800000001", "gp": GP, "status": "approved"}
ISSUE = Issue(code="K7QX-3MZP-W4DA-JT2C", memo_no="BGM/GP/112/2026", issued_on=date(2026, 3, 5),
              valid_until=date(2027, 3, 4))


def permit() -> bytes:
    application = Application.model_validate({
        **CASE, "number": "BP/PUR/2026/000103", "fee": 2400, "issue": ISSUE, "use": "residential", "floors": 2,
        "built_up_area": 118.5, "plot": {"mouza": "Matha", "jl_no": "98", "khatian": "1", "dag_no": "2"}})
    return render(letter(application, "https://panchayat.example.in"))


def noc() -> bytes:
    trade = Noc.model_validate({
        **CASE, "number": "TNOC/2026/000047", "fee": 500, "issue": ISSUE, "trade_name": "Maa Tara Bastralaya",
        "premises": "Holding 112, Baghmundi Bazar", "category": "retail", "term_years": 1})
    return render(certificate(trade, "https://panchayat.example.in"))


@pytest.mark.parametrize("drawn", [permit, noc])
def test_the_pradhan_signs_for_the_named_gram_panchayat_in_both_languages(drawn):
    pdf = drawn()
    assert not in_pdf(pdf, "প্রধান, বাঘমুন্ডি গ্রাম পঞ্চায়েত", "Pradhan, Baghmundi Gram Panchayat")
    assert flat("বাঘমুন্ডি / Baghmundi") not in flat(pdf_text(pdf)), "the office's name alone, as a person's"
    assert flat("Pradhan, Gram Panchayat") not in flat(pdf_text(pdf))
