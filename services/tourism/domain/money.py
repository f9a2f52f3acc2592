"""Prices, taxes and refunds: the money rules, configurable by the back office as one ``Policy``.

Amounts are whole paise (ints) from the quote onwards so sums and refunds never drift by a rounding
error; tariffs are whole rupees as the department publishes them. GST on accommodation depends on the
tariff of one room for one night (nil up to ₹1,000, 5% up to ₹7,500, 18% above), so the slab is chosen
by tariff, not by the bill. Refunds follow how long before check-in the guest cancels.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from shared.india import rupees  # noqa: F401 - re-exported


class RefundTier(BaseModel):
    """Cancelling at least ``min_days`` before check-in returns ``percent`` of what was paid."""

    model_config = ConfigDict(frozen=True, extra="forbid")  # a misspelt key is refused, not dropped

    min_days: int = Field(ge=0, le=365)
    percent: int = Field(ge=0, le=100)


class TaxSlab(BaseModel):
    """Rooms whose tariff per night is at least ``from_tariff`` rupees are taxed at ``percent``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    from_tariff: int = Field(ge=0, le=100_000, description="rupees; no room's tariff is higher (``RoomType``)")
    percent: Decimal = Field(ge=0, le=50, decimal_places=2)


DEFAULT_REFUNDS = (RefundTier(min_days=7, percent=90), RefundTier(min_days=2, percent=50),
                   RefundTier(min_days=0, percent=0))
DEFAULT_TAXES = (TaxSlab(from_tariff=0, percent=Decimal(0)), TaxSlab(from_tariff=1001, percent=Decimal(5)),
                 TaxSlab(from_tariff=7501, percent=Decimal(18)))


class Policy(BaseModel):
    """The rules a tourism manager may change without a release."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    hold_minutes: int = Field(default=10, ge=1, le=60, description="how long a quote keeps the rooms")
    max_nights: int = Field(default=30, ge=1, le=59)
    max_rooms: int = Field(default=10, ge=1, le=50, description="rooms in one booking")
    horizon_days: int = Field(default=365, ge=1, le=730, description="how far ahead a stay may start")
    refunds: tuple[RefundTier, ...] = DEFAULT_REFUNDS
    taxes: tuple[TaxSlab, ...] = DEFAULT_TAXES
    tax_name: str = Field(default="GST", min_length=1, max_length=20)

    @model_validator(mode="after")
    def _sorted(self) -> Policy:
        days = [t.min_days for t in self.refunds]
        if len(set(days)) != len(days):
            raise ValueError("two refund tiers start at the same number of days")
        tariffs = [s.from_tariff for s in self.taxes]
        if len(set(tariffs)) != len(tariffs):
            raise ValueError("two tax slabs start at the same tariff")
        return self

    def refund_percent(self, days_before: int) -> int:
        """The tier with the largest ``min_days`` the guest still meets; none met means no refund."""
        met = [t for t in self.refunds if days_before >= t.min_days]
        return max(met, key=lambda t: t.min_days).percent if met else 0

    def no_refund_within(self) -> int:
        """Cancelling fewer days than this before check-in refunds nothing; 0 when every cancelling refunds some."""
        return min((t.min_days for t in self.refunds if t.percent > 0), default=0)

    def tax_percent(self, tariff: int) -> Decimal:
        met = [s for s in self.taxes if tariff >= s.from_tariff]
        return max(met, key=lambda s: s.from_tariff).percent if met else Decimal(0)


@dataclass(frozen=True)
class Quote:
    tariff: int  # rupees per room per night
    nights: int
    rooms: int
    subtotal: int  # paise
    tax_percent: Decimal
    tax: int  # paise
    total: int  # paise


def quote(policy: Policy, *, tariff: int, nights: int, rooms: int) -> Quote:
    """nights × tariff × rooms, plus the tax of the tariff's slab, rounded half up to the paisa."""
    subtotal = tariff * 100 * nights * rooms
    percent = policy.tax_percent(tariff)
    tax = _round(Decimal(subtotal) * percent / 100)
    return Quote(tariff=tariff, nights=nights, rooms=rooms, subtotal=subtotal, tax_percent=percent, tax=tax,
                 total=subtotal + tax)


def refund(policy: Policy, *, paid: int, days_before: int) -> tuple[int, int]:
    """(percent, paise) returned when cancelling ``days_before`` days before check-in."""
    percent = policy.refund_percent(days_before)
    return percent, _round(Decimal(paid) * percent / 100)


def _round(amount: Decimal) -> int:
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))

