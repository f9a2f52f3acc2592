"""Messages in, answers out: ``wa.inbound.noc`` goes to the casework desk with the NOC's kind.

The desk keeps no conversation state and writes nothing but the case last looked at (``casework.seen``, the
same again for a redelivered View), so the runtime's inbox alone makes a redelivered message give the same
answer with the same ids.
"""
from __future__ import annotations

from services.noc.conversation import DESK
from services.noc.kind import KIND
from services.noc.repository import Nocs
from shared.casework.visit import Visit
from shared.chat import Inbound
from shared.envelope import Envelope
from shared.runtime import Context
from shared.texts import Catalog


async def on_inbound(envelope: Envelope, ctx: Context, *, public_url: str) -> None:
    texts = ctx.texts
    if not isinstance(texts, Catalog):
        raise TypeError("the noc service runs with its text catalog")
    visit = Visit(inbound=Inbound.model_validate(envelope.payload), ctx=ctx, kind=KIND, cases=Nocs(ctx.store),
                  texts=texts, public_url=public_url)
    await DESK.converse(visit)
