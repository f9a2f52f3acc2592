"""What the gateway tells a service about a person besides their messages, taken in their turn.

The language they chose at the menu (``LANG_CHOSEN``, sent just before a first-timer's first message) is
kept beside their chat. A new number (``NUMBER_CHANGED``) moves their chat, then what the service keeps
under their number. The main menu ending their session here (``SESSION_LEFT``) is a message like theirs.
The runtime takes each of these in the person's turn (``ServiceRuntime._in_turn_handle``), since they
change what the person's next message meets.
"""
from __future__ import annotations

from shared.envelope import Envelope
from shared.logging import get_logger
from shared.runtime.chats import Chats
from shared.runtime.context import SESSION_LEFT, Clock, Context
from shared.runtime.spec import ServiceSpec
from shared.store import Store
from shared.texts import LANGS

log = get_logger(__name__)


async def lang_chosen(store: Store, envelope: Envelope, clock: Clock) -> None:
    """Kept beside the person's chat (``ServiceContext.lang_for``); setting it twice changes nothing, so
    it needs no inbox. An older choice arriving late is not told apart: choices are rare and minutes
    apart, and the person's next message to the service sets the chat's language anyway."""
    wa_id, lang = envelope.payload.get("wa_id"), envelope.payload.get("lang")
    if not isinstance(wa_id, str) or not wa_id or lang not in LANGS:
        log.warning("runtime.bad_lang_choice")
        return
    await Chats(store).set_lang(wa_id, str(lang), clock())


async def number_changed(spec: ServiceSpec, store: Store, envelope: Envelope, ctx: Context) -> None:
    """The person changed their number (``NUMBER_CHANGED``, after everything they sent from the old one):
    their chat here, then what the service keeps under their number, go to the new one. Through the inbox
    like a message, so what the service's own move announces goes once."""
    old, new = envelope.payload.get("wa_id"), envelope.payload.get("new_wa_id")
    if not isinstance(old, str) or not isinstance(new, str) or not old or not new or old == new:
        log.warning("runtime.bad_number_change")
        return
    await Chats(store).moved(old, new)
    if spec.on_number_changed is not None:
        await spec.on_number_changed(old, new, ctx)
    log.info("runtime.number_changed", service=spec.name)


def left(envelope: Envelope) -> bool:
    """The main menu ended the person's session with this service (``SESSION_LEFT``)."""
    return envelope.type.startswith(f"{SESSION_LEFT}.") and isinstance(envelope.payload.get("wa_id"), str)
