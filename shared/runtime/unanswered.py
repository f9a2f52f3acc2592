"""A person's message a service could not handle after every retry: they are told so, never left in silence.

When a person's message fails in a service, the runtime notes who sent it (``_unanswered``: their number, the
message's id, their language; a write on failure only, none on the way of a message that is handled). If the
message then exhausts its retries and is dead-lettered (``ops.message.dead`` naming this service's queue), the
copy that hears the event tells the person, in their language, that their message could not be answered, that it
is kept, and what they can do; the answer marks their message read. Its id derives from the dead message's, so
a second hearing, or the same message dying again after ``panchayat dlq replay``, tells them nothing twice (the
sender drops the repeat). A message handled on a retry leaves its note to the retention sweep.
"""
from __future__ import annotations

from pathlib import Path

from gateway.outbound.fitted import text
from shared.envelope import Envelope, derive_id
from shared.logging import get_logger
from shared.retention import Keep
from shared.runtime.context import OUTBOUND, outbound_payload
from shared.store import DuplicateKey, Store
from shared.texts import LANGS, Catalog

log = get_logger(__name__)

COLLECTION = "_unanswered"
KEPT = Keep(COLLECTION, "at", 8)  # longer than any retry; a dead letter's apology is sent when it dies
TEXTS = Catalog.load(Path(__file__).with_name("texts.json"))
INBOUND_PREFIX = "wa.inbound."  # a person's message: marked read even when it is answered with nothing


def from_person(envelope: Envelope) -> bool:
    """A person's message to the service, with the number (or id) it came from."""
    return envelope.type.startswith(INBOUND_PREFIX) and isinstance(envelope.payload.get("wa_id"), str)


class Unanswered:
    def __init__(self, store: Store):
        self._notes = store.collection(COLLECTION)

    async def note(self, envelope: Envelope, at: str) -> None:
        """A person's message failed once: who to tell should it fail for good. Never raises: the failure
        being handled matters more than this note of it."""
        payload = envelope.payload
        lang = payload.get("lang") if payload.get("lang") in LANGS else "bn"
        try:
            await self._notes.insert({"_id": envelope.id, "wa_id": payload["wa_id"], "at": at, "lang": lang,
                                      "message_id": payload.get("message_id")})
        except DuplicateKey:
            pass  # a second failure of the same message
        except Exception:  # noqa: BLE001 - the store may be what failed the message
            log.warning("runtime.unanswered_not_noted", exc_info=True)

    async def apology(self, dead: Envelope, service: str) -> Envelope | None:
        """The message to the person whose message ``dead`` (an ``ops.message.dead`` of this service's queue)
        names, or None when it named no person's message or none was noted."""
        head = dead.payload.get("envelope") or {}
        if not str(head.get("type", "")).startswith(INBOUND_PREFIX) or not head.get("id"):
            return None
        note = await self._notes.get(str(head["id"]))
        if note is None:
            return None
        payload = outbound_payload(service, str(note["wa_id"]), text(TEXTS("unanswered", str(note["lang"]))),
                                   template=None, document=None, notification=False, session=False,
                                   read=note.get("message_id"))
        return Envelope(id=derive_id(str(head["id"]), OUTBOUND, "unanswered"), type=OUTBOUND, source=service,
                        correlation_id=head.get("correlation_id"), causation_id=dead.id, payload=payload)
