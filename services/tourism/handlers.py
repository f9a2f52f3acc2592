"""Messages in, use cases out: the thin layer between the runtime and the tourism conversation.

For ``wa.inbound.tourism``: read the person's chat, run one turn of the conversation, save the chat.
Saving the chat is the commit point. It is conditional on the version read, so of two messages of one
person handled at once, one saves and the other raises ``Conflict`` — the runtime then publishes nothing
of it and the bus retries it against the new state. The chat also records the envelope id and what it
published: if the runtime is stopped after the save but before it recorded the message, the redelivery
publishes the same messages again (same derived ids, so the sender drops them) instead of moving the
conversation a second step.

For ``wa.person.number_changed`` (after the runtime moved the chat): the guest's bookings go to the new number.
"""
from __future__ import annotations

from services.tourism.conversation import Turn, converse
from services.tourism.repository import Repositories
from shared.chat import Inbound
from shared.envelope import Envelope
from shared.runtime import Context
from shared.texts import Catalog


async def on_inbound(envelope: Envelope, ctx: Context, *, public_url: str) -> None:
    inbound = Inbound.model_validate(envelope.payload)
    repos = Repositories.of(ctx.store)
    chat = await repos.chats.get(inbound.wa_id)
    if chat.last_envelope == envelope.id:
        for output in chat.outputs:
            ctx.publish(output["type"], output["payload"])
        return
    texts = ctx.texts
    if not isinstance(texts, Catalog):
        raise TypeError("the tourism service runs with its text catalog")
    turn = Turn(inbound=inbound, ctx=ctx, repos=repos, chat=chat, policy=await repos.config.policy(), texts=texts,
                public_url=public_url)
    await converse(turn)
    outputs = [{"type": e.type, "payload": e.payload} for e in ctx.outputs]
    await repos.chats.save(chat, envelope_id=envelope.id, outputs=outputs, now=ctx.now())


async def on_number_changed(old: str, new: str, ctx: Context) -> None:
    """The guest's bookings follow them to ``new``: "my bookings", cancelling and the check-in reminder are
    theirs there, and whoever has ``old`` next meets a stranger's answer."""
    moved = await Repositories.of(ctx.store).bookings.moved(old, new)
    ctx.log.info("tourism.bookings_moved", bookings=moved)
