"""The permit chat: the shared casework desk (``shared.casework.desk``) with what an applicant sees of
their own application — status and its history, the plot, the memo or the reason."""
from __future__ import annotations

from typing import Any

from shared.casework.desk import Desk
from shared.casework.show import digits, rupees
from shared.casework.visit import Visit

HISTORY_SHOWN = 5


def details(visit: Visit, application: Any) -> str:
    plot, gp = application.plot, application.gp
    lines = [visit.t("details", number=application.number, name=application.name_bn if visit.lang == "bn"
                     else application.name_en, status=visit.status(application),
                     gp=gp.name_bn if visit.lang == "bn" else gp.name_en, mouza=plot.mouza, jl_no=plot.jl_no,
                     khatian=plot.khatian, dag_no=plot.dag_no, use=visit.t(f"use_{application.use}"),
                     floors=application.floors, area=digits(f"{application.built_up_area:g}", visit.lang),
                     fee=rupees(application.fee, visit.lang))]
    if application.issue is not None:
        issue = application.issue
        lines.append(visit.t("details_issued", memo_no=issue.memo_no, issued_on=issue.issued_on,
                             valid_until=issue.valid_until))
    if application.reason:
        lines.append(visit.t("details_reason", reason=application.reason))
    lines.append(visit.t("history_title") + "\n" + "\n".join(
        visit.t("history_line", day=change.at.date(), status=visit.t(f"status_{change.status}"))
        for change in application.history[-HISTORY_SHOWN:]))
    return "\n\n".join(lines)


DESK = Desk(details=details)
