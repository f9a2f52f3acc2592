"""A month written year first with a slash or a dot ("2026/03", "2026.03", as a bank statement or a phone's date
shows it) was 'not understood', though "2026-03" was read: each now asks for that month's slip."""
from __future__ import annotations

import pytest
from payroll_kit import pay

from services.payroll.domain.typed_period import parse_typed_month


@pytest.mark.parametrize(("typed", "month"), [
    ("2026/03", "2026-03"), ("2026.03", "2026-03"), ("২০২৬/০৩", "2026-03"), ("2025 / 12", "2025-12"),
    ("2026-03", "2026-03"), ("2025/26", None), ("2026/13", None)])
def test_a_month_written_year_first_is_read(typed: str, month: str | None):
    assert parse_typed_month(typed) == month


async def test_a_month_written_year_first_asks_for_its_slip(office, staff):
    await office.register()
    await office.import_month("2026-02", pay())
    me = staff()
    await me.set_pin("739164")
    asked = await me.say("2026/02")
    assert "Type your PIN to get your pay slip for February 2026" in asked.text, asked.text
