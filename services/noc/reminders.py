"""Renewal reminders: 30 days before a trade NOC runs out, its holder is told to renew — once per term.

A periodic sweep runs inside every copy of the service. Each reminder is first claimed with a conditional
update on the certificate (``nocs.claim_reminder``): one copy wins and sends, the others skip it; once sent
it is marked so (``nocs.reminder_sent``). A claim never marked sent — its copy stopped, or could not reach
the broker — is taken over by the next sweep after ``STALE_AFTER``. The message and the
``noc.renewal.due`` event carry ids derived from the number and the term's last day, so a repeat is
dropped by the sender and by subscribers. The holder is almost always outside the 24-hour window, so the
message carries the approved template the sender switches to. Sent by day only (from ``SEND_FROM_HOUR`` to
``SEND_UNTIL_HOUR`` in India): a certificate that comes due in the evening (an office's late import, a copy that
started late) waits for the morning, a month before its end, rather than waking its holder.
"""
from __future__ import annotations

from functools import partial

from services.noc import events
from services.noc.domain import RENEWAL_WINDOW, Noc, renewal_due
from services.noc.repository import Nocs
from shared.casework import cloud, show
from shared.documents.records import INDIA, today_in_india
from shared.envelope import derive_id
from shared.runtime import ServiceContext
from shared.runtime.periodic import STALE_AFTER, repeat
from shared.texts import Catalog

TEMPLATE = "noc_renewal_due"  # body: {{1}} certificate no., {{2}} trade name, {{3}} last valid day
SEND_FROM_HOUR = 9
SEND_UNTIL_HOUR = 21


async def send_due(service: ServiceContext) -> int:
    """Remind every holder whose certificate runs out within the window and who was not reminded this term."""
    now = service.now()
    if not SEND_FROM_HOUR <= now.astimezone(INDIA).hour < SEND_UNTIL_HOUR:
        return 0
    today, nocs, sent = today_in_india(now), Nocs(service.store), 0
    for noc in await nocs.expiring_by(today + RENEWAL_WINDOW):
        assert noc.issue is not None
        if not renewal_due(noc, today) or noc.issue.valid_until < today:
            continue  # already run out: the chat says so; a reminder now would come too late
        if await nocs.renewal(noc) is not None:
            continue  # its renewal is under way or issued: there is nothing left to remind the holder of
        if await nocs.claim_reminder(noc, now, stale_after=STALE_AFTER):
            await _remind(service, noc)
            await nocs.reminder_sent(noc)
            sent += 1
    return sent


async def _remind(service: ServiceContext, noc: Noc) -> None:
    texts = service.texts
    if not isinstance(texts, Catalog) or noc.issue is None:
        raise TypeError("the noc service runs with its text catalog")
    today, until = today_in_india(service.now()), noc.issue.valid_until
    lang = await service.lang_for(noc.holder, noc.lang)
    body = texts("reminder", lang, number=noc.number, trade=noc.trade_name, until=show.day(until, lang),
                 days=show.digits(str((until - today).days), lang))
    template = cloud.template(TEMPLATE, lang, [noc.number, noc.trade_name, show.day(until, lang)])
    await service.notify(noc.holder, cloud.text(body), template=template, id=derive_id(noc.number, "renewal", until))
    await service.publish(events.RENEWAL_DUE, events.renewal_due(noc, today),
                          id=derive_id(noc.number, events.RENEWAL_DUE, until))


async def sweep_forever(service: ServiceContext, every: float, first_after: float) -> None:
    """Wait ``first_after`` seconds, then sweep every ``every`` seconds; a failed sweep is logged and tried
    again at the next turn. The first wait lets the whole system come up (in ``panchayat run`` the sender
    starts before the web server listens), so a reminder is not sent into a chat that cannot take it yet."""
    await repeat(partial(send_due, service), every=every, first_after=first_after, done="noc.reminders_sent",
                 failed="noc.reminder_sweep_failed")
