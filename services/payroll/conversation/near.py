"""A month's name typed a letter wrong where a month is read ("mach mase", "marh slip", "মাচ মাসের স্লিপ":
``near_months``): asked about, "Did you mean March?", with a button for that month's latest slip paid (two months as
near, "jule": a button each) and one for the list of months. Never another month's slip instead, the latest
included, nor a guess handed out at once in the minutes the PIN keeps (``recent``): the month is tapped first."""
from __future__ import annotations

from services.payroll.conversation import cloud, home
from services.payroll.conversation.turn import Turn
from services.payroll.domain import month_name
from services.payroll.domain.near_months import near_months
from services.payroll.domain.period import NAMES_BN, NAMES_EN


async def asked(turn: Turn, text: str) -> bool:
    """Asks whether the month ``text`` is a letter from was meant, and returns True; False if it is near none."""
    numbers = near_months(text)
    if not numbers:
        return False
    names = NAMES_BN if turn.lang == "bn" else NAMES_EN
    said = [names[number - 1] for number in numbers]
    month = said[0] if len(said) == 1 else turn.t("near_month_or", first=said[0], second=said[1])
    paid = [s.month for s in await turn.repos.slips.of_employee(turn.employee.id)]  # the newest first
    latest = [found for number in numbers if (found := next((m for m in paid if int(m[5:]) == number), None))]
    if not latest:
        await home.months(turn, hint=turn.t("no_slips_of_near_month", month=month))
        return True
    buttons = [(f"payroll:slip:{m}", month_name(m, turn.lang)) for m in latest[:2]]  # three buttons at most
    buttons.append(("payroll:months", turn.t("row_other_month")))
    turn.go("home", list="months", **home.rows_noted(turn, buttons))  # a month to choose: kept, as the list is
    turn.say(cloud.buttons(turn.with_nav(turn.t("near_month", month=month)), buttons))
    return True
