"""Messages in, use cases out: the thin layer between the runtime and the payroll conversation.

For ``wa.inbound.payroll``: find the active employee registered to the number that wrote — or answer
with the polite refusal and keep nothing at all — then run one turn of the conversation and save the
chat. Saving the chat is the commit point, conditional on the version read (a racing message of the same
person is retried by the bus). The chat records the envelope id and what it published, so a redelivery
after the save repeats the same answer rather than moving a step, or counting a PIN try, twice.
"""
from __future__ import annotations

from services.payroll.conversation import Turn, cloud, converse
from services.payroll.repository import Repositories
from shared.chat import Inbound
from shared.envelope import Envelope
from shared.runtime import Context
from shared.texts import Catalog


async def on_inbound(envelope: Envelope, ctx: Context, *, public_url: str) -> None:
    inbound = Inbound.model_validate(envelope.payload)
    texts = ctx.texts
    if not isinstance(texts, Catalog):
        raise TypeError("the payroll service runs with its text catalog")
    repos = Repositories.of(ctx.store)
    employee = await repos.employees.active_by_mobile(inbound.wa_id)
    if employee is None:  # not even whether the number was ever known is said
        ctx.reply(inbound, cloud.text(texts("not_employee", inbound.lang)), session=False)
        ctx.release(inbound)  # what they type next meets the main menu, not this refusal again
        return
    chat = await repos.chats.get(inbound.wa_id)
    if chat.last_envelope == envelope.id:
        for output in chat.outputs:
            ctx.publish(output["type"], output["payload"])
        return
    chat.lang = inbound.lang
    turn = Turn(inbound=inbound, ctx=ctx, repos=repos, chat=chat, texts=texts, employee=employee,
                access=await repos.access.get(employee.id), public_url=public_url)
    await converse(turn)
    outputs = [{"type": e.type, "payload": e.payload} for e in ctx.outputs]
    await repos.chats.save(chat, envelope_id=envelope.id, outputs=outputs, now=ctx.now())
