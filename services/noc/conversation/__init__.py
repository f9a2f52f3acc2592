"""The NOC chat: the shared casework desk (``shared.casework.desk``) with what a holder sees of their own
certificate, and "renewal due": their certificates that run out within 30 days or have run out, and whose
renewal is not yet under way."""
from __future__ import annotations

import re

from services.noc.conversation.given_up import GIVEN_UP_HERE
from services.noc.conversation.validity import (
    NEEDS_BUTTONS,
    RENEWAL_NEEDS,
    VALIDITY,
    renewal_needs,
    validity,
)
from services.noc.domain import RENEWAL_WINDOW, Noc, renewal_due
from services.noc.repository import Nocs
from shared.casework import cloud
from shared.casework.again import APPLY_BUTTONS
from shared.casework.case import OPEN
from shared.casework.desk import Desk
from shared.casework.needed import LICENCE_ALONE, LICENCE_NEEDED, SHOP_LICENCE
from shared.casework.numbers import BUILDING_PERMISSION
from shared.casework.said import BOOKING, COMPLAINT
from shared.casework.show import rupees
from shared.casework.visit import Visit


async def details(visit: Visit, noc: Noc) -> str:
    lines = [visit.t("details", number=noc.number, trade=noc.trade_name, name=visit.local(noc.name_bn, noc.name_en),
                     premises=noc.premises, category=visit.t(f"category_{noc.category}"),
                     gp=visit.local(noc.gp.name_bn, noc.gp.name_en), term=noc.term_years, status=visit.status(noc),
                     fee=rupees(noc.fee, visit.lang))]
    if owed := visit.fee_owed(noc):  # how much is left and where it is paid, not the amount alone
        lines.append(owed)
    if noc.issue is not None and (revoked_on := visit.revoked_on(noc)) is not None:  # its term no longer holds
        lines.append(visit.t("details_revoked", memo_no=noc.issue.memo_no, valid_from=noc.issue.issued_on,
                             revoked_on=revoked_on))
    elif noc.issue is not None:
        lines.append(visit.t("details_issued", memo_no=noc.issue.memo_no, valid_from=noc.issue.issued_on,
                             valid_until=noc.issue.valid_until))
        if renewal_due(noc, visit.today):
            if (renewal := await Nocs(visit.ctx.store).renewal(noc)) is not None:
                lines.append(visit.t("renewed_by", renewal=renewal.number, status=visit.status(renewal)))
            else:
                lines.append(visit.t("renew_how", gp=visit.local(noc.gp.name_bn, noc.gp.name_en)))
    if noc.reason:
        lines.append(visit.t("details_reason", reason=noc.reason))
    lines.append(visit.history(noc))
    return "\n\n".join(lines)


async def renewals(visit: Visit, args: list[str]) -> None:
    """The asker's certificates due for renewal, the soonest first; found by the store, however many they hold."""
    found = await visit.cases.issued_until(visit.today + RENEWAL_WINDOW, wa_id=visit.inbound.wa_id)
    nocs = Nocs(visit.ctx.store)
    due = [n for n in found if renewal_due(n, visit.today) and await nocs.renewal(n) is None]
    if not due and visit.number_hidden:  # no reminder can come either: none is found for them to be sent
        return visit.ask(visit.t("number_hidden"), [visit.button("status", "btn_status"),
                                                    visit.button("home", "btn_home")])
    owned = [] if due else await visit.cases.of_mobile(visit.inbound.wa_id)
    if not due and not owned:  # nor a reminder: none is theirs here
        return visit.ask(visit.t("none_mine"), [visit.button("status", "btn_status"), visit.button("home", "btn_home")])
    if not due:  # a reminder comes for one issued or on its way; a refused or withdrawn one is never renewed
        key = "no_renewals" if any(n.status in (*OPEN, "approved") for n in owned) else "none_renewable"
        return visit.ask(visit.t(key), [visit.button("mine", "btn_mine"), visit.button("home", "btn_home")])
    rows = [cloud.Row(f"{visit.prefix}view:{n.number}", n.number,
                      visit.t("renewal_row", trade=n.trade_name, valid_until=n.issue.valid_until)) for n in due]
    page = int(args[0]) if args and args[0].isdigit() else 0
    visit.say(cloud.rows(visit.with_nav(visit.t("renewals_intro", count=len(due))), visit.t("choose"),
                         visit.t("btn_renewals"), visit.page(rows, page, "renewals")))


async def surrender(visit: Visit, args: list[str]) -> None:
    """A NOC given up or its application withdrawn, asked for (``given_up``): only at the office, never here."""
    await DESK.at_office(visit, "surrender_how")


RENEWAL = re.compile(r"\brenew(?:al|als|ing)?\b|নবীকরণ|রিনিউ", re.IGNORECASE)
# Building permission is the permit service's: its letter was read as this service's certificate to download.
# Named as the permission, not by "building" or "construction" alone: a trade may sell building materials. An
# application's number among words (BP/PUR/2026/101, বিপি/PUR/২০২৬/১০১: as the permit service reads it) is its own
# View there.
BUILDING = re.compile(rf"(?P<number>{BUILDING_PERMISSION.written})|{BUILDING_PERMISSION.spelt_prefix}|"
                      r"\bbuilding\s+(?:permission|permit|plan)s?\b|\bBP\b|ভবন\s*নির্মাণ|বাড়ি\s*তৈরি|নির্মাণের\s*অনুমতি|"
                      r"অনুমতিপত্র", re.IGNORECASE)
# what a renewal needs and how long one's NOCs hold are asked before the renewals due are listed, and so is how long
# a renewal takes ("how long does renewal take", "renew korte koto din lagbe")
DESK = Desk(details=details, extra={"renewals": renewals, "renewal_needs": renewal_needs, "validity": validity,
                                   "surrender": surrender},
            words={"surrender": GIVEN_UP_HERE, "renewal_needs": RENEWAL_NEEDS, "validity": VALIDITY,
                   "renewals": RENEWAL},
            timed=frozenset({"renewals", "renewal_needs"}),
            home_buttons=(("status", "btn_status"), ("mine", "btn_mine"), ("renewals", "btn_renewals")),
            elsewhere={"permit": BUILDING, "grievance": COMPLAINT, "tourism": BOOKING},
            documents_elsewhere=frozenset({"permit"}), needed=rf"^(?:{LICENCE_NEEDED})|^{SHOP_LICENCE}",
            named=LICENCE_ALONE,
            how={"apply": APPLY_BUTTONS, "renewal_needs": NEEDS_BUTTONS}, figures={"days": RENEWAL_WINDOW.days})
