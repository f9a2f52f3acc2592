"""The voucher names the group's adults and children when the guests were given so ("3 adults and 2 kids"), and
the count alone otherwise; the PDF draws it."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.tourism import demo, voucher
from services.tourism.domain import Booking, Policy
from shared.documents import render


def drawn(guests: int, children: int) -> tuple[str, object]:
    prop, rooms = next((p, r) for p, r in demo.catalog() if p.id == "ayodhya-hills")
    room = next(r for r in rooms if r.id == "ayodhya-double")
    booking = Booking(number="PT-2026-000001", draft_id="d", wa_id="919800000004", guest_name="Tapan Ghosh",
                      property_id=prop.id, room_type_id=room.id, check_in=date(2026, 12, 25), nights=2, guests=guests,
                      children=children, rooms=1, tariff=1800, subtotal=360000, tax=18000, total=378000,
                      booked_at=datetime(2026, 12, 2, tzinfo=UTC), voucher_code="ABCD-EFGH-JKLM-NPQR")
    document = voucher.voucher(booking, prop, room, Policy(), "https://panchayat.example.in")
    [row] = [r for r in document.rows if r.label_en == "Nights · rooms · guests"]
    return row.value, document


@pytest.mark.parametrize(("guests", "children", "shown"), [
    (2, 0, "2 · 1 · 2"),
    (5, 2, "2 · 1 · 5 (বড় 3, ছোট 2 / 3 adults, 2 children)"),
    (2, 1, "2 · 1 · 2 (বড় 1, ছোট 1 / 1 adult, 1 child)"),
])
def test_the_voucher_names_the_adults_and_children_of_a_group_given_so(guests, children, shown):
    value, document = drawn(guests, children)
    assert value == shown
    assert render(document).startswith(b"%PDF")  # the longer value still draws
