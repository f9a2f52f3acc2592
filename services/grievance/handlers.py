"""Messages in, use cases out: the thin layer between the runtime and the grievance service.

``wa.inbound.grievance``: read the person's chat, run one turn of the conversation, save the chat. Saving
is the commit point and is conditional on the version read, so of two messages of one person handled at
once one saves and the other raises ``Conflict`` (the bus retries it against the new state). The chat also
records the envelope id and what it published, so a redelivery publishes the same messages again.

``tourism.complaint.raised``: a stay complaint becomes a ticket (``intake``).

``wa.person.number_changed`` (after the runtime moved the chat): the person's complaints go to the new number.
"""
from __future__ import annotations

from services.grievance import intake
from services.grievance.conversation import Turn, converse
from services.grievance.domain import Categories, Directory
from services.grievance.repository import Repositories
from shared.chat import Inbound
from shared.envelope import Envelope
from shared.runtime import Context
from shared.texts import Catalog


class Handlers:
    def __init__(self, directory: Directory, categories: Categories, public_url: str):
        self.directory, self.categories = directory, categories
        self.public_url = public_url  # where documents' codes typed in the chat are checked

    async def on_inbound(self, envelope: Envelope, ctx: Context) -> None:
        inbound = Inbound.model_validate(envelope.payload)
        repos = Repositories.of(ctx.store)
        chat = await repos.chats.get(inbound.wa_id)
        if chat.last_envelope == envelope.id:
            for output in chat.outputs:
                ctx.publish(output["type"], output["payload"])
            return
        turn = Turn(inbound=inbound, ctx=ctx, repos=repos, chat=chat, texts=_texts(ctx), directory=self.directory,
                    categories=self.categories, public_url=self.public_url)
        await converse(turn)
        outputs = [{"type": e.type, "payload": e.payload} for e in ctx.outputs]
        await repos.chats.save(chat, envelope_id=envelope.id, outputs=outputs, now=ctx.now())

    async def on_stay_complaint(self, envelope: Envelope, ctx: Context) -> None:
        await intake.stay_complaint(envelope, ctx, self.directory, self.categories)

    async def on_number_changed(self, old: str, new: str, ctx: Context) -> None:
        """The person's complaints follow them to ``new``: they see and follow them there, and status changes,
        action-taken reports, escalations and officials' answers reach them there; an anonymous complaint
        has no number and stays as it is."""
        moved = await Repositories.of(ctx.store).tickets.moved(old, new)
        ctx.log.info("grievance.tickets_moved", tickets=moved)


def _texts(ctx: Context) -> Catalog:
    if not isinstance(ctx.texts, Catalog):
        raise TypeError("the grievance service runs with its text catalog")
    return ctx.texts
