"""A pay slip thought wrong ("amar slip e bhul ache", a photo of it captioned so), the pay said to be less ("my salary
is less this month", "বেতন কম এসেছে কেন") or a deduction asked about ("amar PF kata hoyeche keno?"): the chat cannot
change a slip, so it says so, offers the deductions of the slip (the month named, else the latest) behind the PIN as
every figure is, and names the office that issued the slip, with the contact it gave, as the one to raise an error
with: only the payroll office re-issues a slip (``corrections.reissue``), and the employee is told here when it does.
Before the PIN nothing says an amount: the answer is the same whatever the slip holds. Said while a first PIN is
chosen or confirmed, the answer ends with that step's question, the PIN typed first still waiting for its confirmation.
"""
from __future__ import annotations

from services.payroll.conversation import cloud, home
from services.payroll.conversation.turn import Turn
from services.payroll.domain import DEDUCTIONS, EARNINGS, Slip, local_digits, month_name, plain
from services.payroll.domain.typed_period import parse_typed_month


async def told(turn: Turn) -> None:
    slips = await turn.repos.slips.of_employee(turn.employee.id)  # the newest first
    if not slips:
        return await home.home(turn, hint=turn.t("no_slips"))
    named = parse_typed_month(turn.inbound.text or "", turn.today)
    slip = next((s for s in slips if s.month == named), slips[0])
    said = turn.t("doubt", month=month_name(slip.month, turn.lang), **home.office_of(turn))
    if turn.chat.step == "confirm_pin" and turn.draft.get("hashed"):  # the new PIN still waits for its confirmation
        said = f"{said}\n\n{turn.t('confirm_pin')}"
    elif turn.chat.step == "new_pin":  # still to be chosen: asked again, what it was chosen for kept
        said = f"{said}\n\n{turn.t('set_pin', name=turn.employee.name_in(turn.lang))}"
    else:
        turn.go("home")
    turn.say(cloud.buttons(turn.with_nav(said), [(f"payroll:deductions:{slip.month}", turn.t("btn_deductions"))]))


def earnings(turn: Turn, slip: Slip) -> str:
    """The earnings of ``slip``, each on a line, the gross and the net pay: said only after the PIN, under the slip
    itself, with the office to raise an error with."""
    figures, bn = slip.figures, turn.lang == "bn"
    lines = [f"• {name_bn if bn else name_en}: {_amount(turn, getattr(figures, field))}"
             for field, name_bn, name_en in EARNINGS if getattr(figures, field)]
    return turn.t("earnings", month=month_name(slip.month, turn.lang), lines="\n".join(lines) or "• —",
                  gross=_amount(turn, figures.gross), net=_amount(turn, figures.net), **home.office_of(turn))


def _amount(turn: Turn, paise: int) -> str:
    return local_digits(f"₹{plain(paise)}", turn.lang)  # with its paise, as the slip


def deductions(turn: Turn, slip: Slip) -> str:
    """The deductions of ``slip``, each taken one on a line, their total and the net pay: said only after the PIN,
    under the slip itself, with the office to raise an error with."""
    figures, bn = slip.figures, turn.lang == "bn"
    lines = [f"• {name_bn if bn else name_en}: {_amount(turn, getattr(figures, field))}"
             for field, name_bn, name_en in DEDUCTIONS if getattr(figures, field)]
    return turn.t("deductions", month=month_name(slip.month, turn.lang), lines="\n".join(lines) or "• —",
                  total=_amount(turn, figures.deductions), gross=_amount(turn, figures.gross),
                  net=_amount(turn, figures.net), **home.office_of(turn))
