"""Messages in, use cases out: the thin layer between the runtime and the payroll conversation.

For ``wa.inbound.payroll``: find the active employee registered to the number that wrote — or answer
with the polite refusal (to someone whose number WhatsApp hides behind a username: why nobody is found)
and keep nothing at all — then run one turn of the conversation and save the chat. Saving the chat is
the commit point, conditional on the version read (a racing message of the same person is retried by the
bus). The chat records the envelope id and what it published, so a redelivery
after the save repeats the same answer rather than moving a step, or counting a PIN try, twice.

For ``wa.session.left.payroll`` (the main menu ended the person's session here): a PIN typed right before it is
asked again for the next document (``conversation.recent``), and the slip sent before it is no longer the one
"the month before that" is read from (``conversation.then``) nor the one "send it again" asks for
(``conversation.again``), ``on_left``.

For ``wa.person.number_changed`` (the runtime has moved the chat already): the employee's record follows
them to the new number, or to their business-scoped id when the number was given to someone else,
``on_number_changed``.
"""
from __future__ import annotations

from services.payroll.conversation import Turn, again, cloud, converse, recent, then
from services.payroll.domain.employee import wa_key
from services.payroll.phrases import names_employee
from services.payroll.repository import MobileTaken, Repositories
from shared.chat import Inbound, number_hidden
from shared.envelope import Envelope
from shared.logging import get_logger
from shared.runtime import Context
from shared.texts import Catalog

log = get_logger(__name__)


async def on_inbound(envelope: Envelope, ctx: Context, *, public_url: str) -> None:
    inbound = Inbound.model_validate(envelope.payload)
    texts = ctx.texts
    if not isinstance(texts, Catalog):
        raise TypeError("the payroll service runs with its text catalog")
    repos = Repositories.of(ctx.store)
    employee = await repos.employees.reached_at(inbound.wa_id)
    if employee is None:  # not even whether the number was ever known is said
        refusal = texts("number_hidden" if number_hidden(inbound.wa_id) else "not_employee", inbound.lang)
        if names_employee(inbound.text or ""):  # "employee id GP-PUR-0027": why typing it registers nothing
            refusal += "\n\n" + texts("id_not_linking", inbound.lang)
        ctx.reply(inbound, cloud.text(refusal), session=False)
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


async def on_left(envelope: Envelope, ctx: Context) -> None:
    """The person went to the main menu from the payroll chat: whoever holds the phone next is asked the PIN for a
    document, as if none had been typed. A PIN typed after that menu (its word come late) stands."""
    wa_id = envelope.payload.get("wa_id")
    if not isinstance(wa_id, str) or not wa_id:
        log.warning("payroll.bad_session_left")
        return
    chats = Repositories.of(ctx.store).chats
    chat = await chats.get(wa_id)
    ended = recent.ended_at_menu(chat.draft, envelope.occurred_at)
    sent = again.forget(chat.draft)  # nor is the document sent before it the one "abar pathan" asks for
    if then.forget(chat.draft) or ended or sent:  # nor is the slip sent before it "that" any more
        await chats.keep_draft(chat)


async def on_number_changed(old: str, new: str, ctx: Context) -> None:
    """WhatsApp says an employee now writes from ``new``: the office's record of them follows, so the chat
    knows them there, with their PIN, their wrong tries and any lock in force (kept under the employee id,
    not the number), and what the office's actions tell them (a re-issued slip, a PIN reset) goes there. The
    old number is a stranger from now on. A ``new`` that is a business-scoped id (the gateway's move when
    another WhatsApp account writes from the number: the operator gave it to someone else) keeps the
    registered mobile as the office's record and reaches them at the id (``moved_to``) until they move to a
    number again. Where another active employee is reached at ``new``, nothing moves: two employees never
    share a number, and the office hears of it in the log. Repeatable: once moved, nobody active is reached at
    ``old`` any more."""
    repos = Repositories.of(ctx.store)
    try:
        employee = await repos.employees.reached_at(wa_key(old))
    except ValueError:
        return  # not a number anyone is registered with
    if employee is None:
        return
    try:
        moved = await repos.employees.moved(employee.id, employee.holder, wa_key(new))
    except ValueError:
        log.warning("payroll.number_change_unusable", employee=employee.id)
        return
    except MobileTaken as taken:
        log.warning("payroll.number_change_refused", employee=employee.id, registered=taken.holder.id)
        return
    if moved and number_hidden(new):
        log.info("payroll.reached_by_id", employee=employee.id, by="whatsapp number change", at=ctx.now())
    elif moved:
        log.info("payroll.mobile_changed", employee=employee.id, by="whatsapp number change", at=ctx.now())
