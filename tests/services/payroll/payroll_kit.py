"""What the payroll tests share: a clock they move, employees who chat, fixed pay data, and readers for
the replies (copied in small from tourism's kit, since test modules are not shared between services).

A ``Staff`` member sends through the bus exactly as the gateway does (``wa.inbound.payroll``), waits until
the bus is idle, and reads what the service published for that message from the service's inbox record.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chat_kit import Chatter, Clock, Exchange, Reply, pdf_text  # noqa: F401 - the tests import them from here

from shared.bus.memory import InProcessBus
from shared.store import Store

PUBLIC_URL = "https://panchayat.example.in"
START = datetime(2026, 3, 10, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal


def employee(id: str = "GP-TEST-0001", mobile: str = "919700000001", **changes: Any) -> dict[str, Any]:
    """An employee as the back office registers one."""
    return {"id": id, "name": {"bn": "অণিমা মাহাতো", "en": "Anima Mahato"},
            "designation": {"bn": "নির্বাহী সহায়ক", "en": "Executive Assistant"},
            "office": {"name": {"bn": "ইলু-জারগো গ্রাম পঞ্চায়েত", "en": "Ilu-Jargo Gram Panchayat"},
                       "district": "Purulia", "block": "Jhalda-I", "gp": "Ilu-Jargo", "contact": "03252 255 014"},
            "mobile": mobile, "bank_account": "30711012345678", "bank_name": "Paschim Banga Gramin Bank",
            "pan": "BKTPM4821K", **changes}


def pay(employee_id: str = "GP-TEST-0001", **changes: Any) -> dict[str, Any]:
    """Fixed figures: gross 38,950, deductions 10,550, net ₹28,400 (Twenty-Eight Thousand Four Hundred)."""
    return {"employee_id": employee_id, "basic": "30000", "da": "4200", "hra": "3600", "medical": "500",
            "other_earnings": "650", "gpf": "3000", "ptax": "200", "tds": "7000", "other_deductions": "350",
            "credit_date": "2026-02-28", **changes}


class Staff(Chatter):
    """Someone writing to the payroll service from ``wa_id``."""

    def __init__(self, bus: InProcessBus, store: Store, wa_id: str, *, lang: str = "en"):
        super().__init__(bus, store, "payroll", wa_id, lang=lang, name="Staff")

    async def set_pin(self, pin: str = "4821") -> Exchange:
        await self.tap("payroll:menu")
        await self.say(pin)
        return await self.say(pin)


async def paid_with_pin(office: Any, staff: Any, months: tuple[str, ...], pin: str = "739164",
                        lang: str = "en") -> Staff:
    """An employee registered by ``office``, paid for ``months`` (each credited on its 28th), who has chosen ``pin``:
    ``staff`` as the fixture gives it."""
    await office.register()
    for month in months:
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff(lang=lang)
    await me.set_pin(pin)
    return me
