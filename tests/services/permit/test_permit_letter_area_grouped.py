"""The built-up area is grouped as the fee beside it is (lakh, crore): the letter said ``99999.75 m²`` over
``₹12,34,567``; it says ``99,999.75 m²`` now, and the application's status in the chat the same."""
from __future__ import annotations

from datetime import date

import pytest
from casework_kit import in_pdf

from services.permit.domain import Application
from services.permit.letter import letter
from shared.casework.case import Issue
from shared.casework.show import area
from shared.documents import render

GP = {"code": "baghmundi", "name_bn": "বাঘমুন্ডি", "name_en": "Baghmundi", "block": "Baghmundi", "district": "Purulia"}


def approved(built_up_area: float) -> Application:
    return Application.model_validate({
        "number": "BP/PUR/2026/000102", "name_bn": "রিনা দাস", "name_en": "Rina Das", "mobile": "9800000001",
        "gp": GP, "fee": 1234567, "plot": {"mouza": "Matha", "jl_no": "98", "khatian": "1", "dag_no": "2"},
        "use": "institutional", "floors": 4, "built_up_area": built_up_area, "status": "approved",
        "issue": Issue(code="K7QX-3MZP-W4DA-JT2C", memo_no="BGM/GP/BP/113/2026", issued_on=date(2026, 3, 5),
                       valid_until=date(2029, 3, 4))})


def test_the_letter_groups_the_area_as_it_groups_the_fee():
    pdf = render(letter(approved(99999.75), "https://panchayat.example.in"))
    assert not in_pdf(pdf, "4 · 99,999.75 m²", "₹12,34,567")


@pytest.mark.parametrize(("entered", "shown"), [(118.5, "118.5"), (1000, "1,000"), (99999.75, "99,999.75"),
                                                (1234567.25, "12,34,567.25"), (60, "60")])
def test_an_area_is_grouped_the_indian_way(entered, shown):
    assert area(entered) == shown
