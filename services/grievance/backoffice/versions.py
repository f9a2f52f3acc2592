"""Which version of a complaint an official decided on: every answer that shows one complaint carries its ``ETag``,
and a change sent with ``If-Match`` is made only to that version. Two officials with the same complaint open, or an
official and the person writing meanwhile, would otherwise put one change over the other without anyone seeing it:
the second report replacing the first, an answer that ignores what the person just wrote.

A change that changes nothing (the same note, the same assignment, the same status change sent again after its
answer was lost) needs no version: it is answered as before, so a retried request stays one change.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable

from aiohttp import web

from services.grievance.domain import Ticket
from shared.runtime import Stale

STALE = ("the complaint changed since the version named by If-Match (another official or the person acted "
         "meanwhile); nothing was changed: read it again and send its new ETag")


def etag(ticket: Ticket) -> str:
    """The complaint as stored: any change to it, by anyone, gives another."""
    data = ticket.model_dump_json(exclude={"applied"}).encode()
    return '"' + hashlib.sha256(data).hexdigest()[:24] + '"'


def if_match(request: web.Request, rule: Callable[[Ticket], Ticket]) -> Callable[[Ticket], Ticket]:
    """``rule``, refused with 412 when it would change a complaint other than the version the request names."""
    named = request.headers.get("If-Match")
    wanted = {v.strip().removeprefix("W/") for v in named.split(",")} if named else set()

    def checked(ticket: Ticket) -> Ticket:
        after = rule(ticket)
        if wanted and "*" not in wanted and etag(ticket) not in wanted and after != ticket:
            raise Stale(f"{ticket.number}: {STALE}; it is now {ticket.status}"
                        + (f", assigned to {ticket.assigned_to}" if ticket.assigned_to else ""))
        return after
    return checked
