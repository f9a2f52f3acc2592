"""Taps: a button's action to its handler (``tap``), and the slip or statement that typed words name (``named``), read
by a tap that carries the words typed at the main menu as well as by ``typed``. A month's slip, a year's statement or
a list is asked for here; a button no list of ours offers any more is said to be an earlier message's."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from services.payroll.conversation import cloud, credit, doubt, home, left, near, pin, then
from services.payroll.conversation.turn import Turn
from services.payroll.domain import bangla_months
from services.payroll.domain.last_months import last_months
from services.payroll.domain.period import is_financial_year, is_month
from services.payroll.domain.typed_period import months_named, parse_statement_year, parse_typed_month, parse_typed_year
from services.payroll.phrases import names_form_16

# answered, or kept for the PIN, before one is chosen
BEFORE_PIN = ("slip", "credit", "doubt", "deductions", "earnings")


async def _slip(turn: Turn, args: list[str]) -> None:
    """A month's slip, else the latest; "pay slip for March" typed at the main menu comes as this tap without a
    month, carrying the words: the month they name, or the last months' ("last 3 months slips")."""
    if args and is_month(args[0]):
        return await pin.request(turn, {"kind": "slip", "month": args[0]})
    if args and args[0]:  # a month no list of ours offered: not a tap to answer with another month's slip
        return await home.home(turn, hint=turn.t("old_button"))
    if (want := named(turn, turn.inbound.text or "")) is not None and want["kind"] == "slips":
        return await pin.request(turn, want)  # "last 3 months slips", "slips of august september october"
    if (month := _month_typed(turn, turn.inbound.text or "")) is not None:
        return await pin.request(turn, {"kind": "slip", "month": month})
    if (bangla := bangla_months.said(turn.inbound.text or "")) is not None:  # "কার্তিক মাসের স্লিপ"
        return await home.of_bangla_month(turn, bangla)
    if await near.asked(turn, turn.inbound.text or ""):  # "mach mase slip": March meant? never the latest instead
        return
    await _latest(turn, {"kind": "slip"})


def form_16(turn: Turn) -> None:
    """Form 16 named ("I need form 16", "ফর্ম ১৬ চাই"): said to be the employer's TDS certificate, from the office's
    drawing and disbursing officer, before the annual salary statement is offered in its place."""
    if names_form_16(turn.inbound.text or ""):
        turn.say(cloud.text(turn.t("form_16")))


async def _statement(turn: Turn, args: list[str]) -> None:
    """A year's statement, else the list of years; "annual statement 2024-25" typed at the main menu comes as this
    tap without a year, carrying the words: the year they name. Form 16 asked for is told apart first."""
    if not args:
        form_16(turn)
    if not args and (year := parse_statement_year(turn.inbound.text or "", turn.today)) is not None:
        return await pin.request(turn, {"kind": "statement", "year": year})
    if not args or not is_financial_year(args[0]):
        return await home.years(turn)
    await pin.request(turn, {"kind": "statement", "year": args[0]})


async def _earnings(turn: Turn, args: list[str]) -> None:
    """A part of the pay asked for ("DA koto?", "how much is my HRA"): the slip of the month named, else the latest,
    its earnings listed under it, after the PIN."""
    month = args[0] if args and is_month(args[0]) else _month_typed(turn, turn.inbound.text or "")
    if month is None:
        return await _latest(turn, {"kind": "slip", "earnings": True})
    await pin.request(turn, {"kind": "slip", "month": month, "earnings": True})


async def _latest(turn: Turn, want: dict[str, Any]) -> None:
    """``want`` of the employee's latest slip, or that there is none yet."""
    latest = await turn.repos.slips.of_employee(turn.employee.id)
    if not latest:
        return await home.home(turn, hint=turn.t("no_slips"))
    await pin.request(turn, {**want, "month": latest[0].month})


async def _months(turn: Turn, args: list[str]) -> None:
    year = int(args[1]) if len(args) > 1 and args[1].isdigit() else None  # the months of a year typed alone
    await home.months(turn, int(args[0]) if args and args[0].isdigit() else 0, year=year)


ACTIONS: dict[str, Callable[[Turn, list[str]], Awaitable[None]]] = {
    "menu": lambda turn, args: home.home(turn), "home": lambda turn, args: home.home(turn),
    "back": lambda turn, args: home.home(turn), "restart": lambda turn, args: home.home(turn), "slip": _slip,
    "months": _months,
    "years": lambda turn, args: home.years(turn), "statement": _statement,
    "forgot": lambda turn, args: home.forgot(turn), "credit": lambda turn, args: pin.request(turn, credit.wanted(turn)),
    "doubt": lambda turn, args: doubt.told(turn),
    "earnings": _earnings,
    "deductions": lambda turn, args: pin.request(turn, {"kind": "slip", "month": args[0], "deductions": True})
    if args and is_month(args[0]) else home.home(turn, hint=turn.t("old_button")),  # under the slip, after the PIN
}


async def tap(turn: Turn, action: str, args: list[str]) -> None:
    if action == "forgot":
        return await home.forgot(turn)
    if action == "resume":  # a new PIN half-chosen is carried on too, before "the PIN first" below
        return await left.carry_on(turn)
    if not turn.access.has_pin and not (action in BEFORE_PIN or action == "statement" and args):
        if action == "statement":
            form_16(turn)
        return await home.home(turn)  # first use: the PIN is chosen first (a slip or one's pay asked is kept)
    handler = ACTIONS.get(action)
    if handler is None:
        return await home.home(turn, hint=turn.t("old_button"))
    await handler(turn, args)


def named(turn: Turn, text: str) -> dict[str, Any] | None:
    """The slip of a typed month, the slips of the last months ("last 3 months slips", "গত তিন মাসের স্লিপ"), or the
    statement of a financial year typed as the list of years shows it or asked for with its year ("statement 2025",
    "বার্ষিক বিবরণী ২০২৪-২৫")."""
    if (count := last_months(text)) is not None:
        return {"kind": "slips", "count": count}
    if len(months := months_named(text, turn.today)) > 1:  # "slips of august september october": each of them
        return {"kind": "slips", "months": months}
    if (month := _month_typed(turn, text)) is not None:
        return {"kind": "slip", "month": month}
    if (year := parse_typed_year(text) or parse_statement_year(text, turn.today)) is not None:
        return {"kind": "statement", "year": year}
    return None


def _month_typed(turn: Turn, text: str) -> str | None:
    """The month typed, "the one before" and "tar porer mas" read from the slip just sent (``then``)."""
    return then.month(turn, text) or parse_typed_month(text, turn.today)
