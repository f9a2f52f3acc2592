""""How is my panchayat doing?": the same figures the back office reports, for one gram panchayat and its
block, said in the person's language. Only counts and durations are shown, never anyone's complaint."""
from __future__ import annotations

from services.grievance.conversation.mine import home
from services.grievance.conversation.turn import Turn
from services.grievance.domain import Area, Figures, figures


async def show(turn: Turn, gp: Area) -> None:
    block = turn.directory.block(gp.parent)
    gp_figures = figures(gp.code, await turn.repos.tickets.find({"gp": gp.code}))
    lines = [_lines(turn, turn.t("report_gp", name=gp.name(turn.lang)), gp_figures)]
    if block is not None:  # a block is often named as one of its panchayats: each line says which it is
        block_figures = figures(block.code, await turn.repos.tickets.find({"block": block.code}))
        lines.append(_lines(turn, turn.t("report_block", name=block.name(turn.lang)), block_figures))
    turn.go("home", purpose=None, district=None, block=None, gp=None, found=None)
    home(turn, hint="\n\n".join(lines), intro="report_more")


def _lines(turn: Turn, name: str, found: Figures) -> str:
    head = turn.t("report_head", area=name, open=found.open, resolved=found.resolved, rejected=found.rejected)
    if found.median_days is None or found.within_deadline is None:
        return f"{head}\n{turn.t('report_none_resolved')}"
    return f"{head}\n" + turn.t("report_speed", days=found.median_days, percent=round(found.within_deadline * 100))
