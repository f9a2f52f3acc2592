"""The building-permission letter drawn from an approved application, read back from its PDF."""
from __future__ import annotations

from datetime import date

from casework_kit import in_pdf

from services.permit.domain import Application
from services.permit.letter import letter
from shared.casework.case import Issue
from shared.documents import render

GP = {"code": "baghmundi", "name_bn": "বাঘমুন্ডি", "name_en": "Baghmundi", "block": "Baghmundi", "district": "Purulia"}


def test_the_built_up_area_is_stated_as_approved_not_rounded():
    """``:g`` kept six digits: 12345.75 m² was printed 12345.8 m²."""
    approved = Application.model_validate({
        "number": "BP/PUR/2026/000101", "name_bn": "রিনা দাস", "name_en": "Rina Das", "mobile": "9800000001",
        "gp": GP, "fee": 2400, "plot": {"mouza": "Matha", "jl_no": "98", "khatian": "1", "dag_no": "2"},
        "use": "institutional", "floors": 4, "built_up_area": 12345.75, "status": "approved",
        "issue": Issue(code="K7QX-3MZP-W4DA-JT2C", memo_no="BGM/GP/BP/112/2026", issued_on=date(2026, 3, 5),
                       valid_until=date(2029, 3, 4))})
    assert not in_pdf(render(letter(approved, "https://panchayat.example.in")), "4 · 12,345.75 m²")
