"""What a service publishes to speak to a person, and to the gateway about them.

``wa.outbound`` carries a Cloud API body (``outbound_payload``), with the wamid it marks read when it is the
first answer to a message. The ``wa.session.*`` events carry only whose session with which service it is
(``claim``): claimed when a service spoke without being asked, released when it has nothing for them, settled
when nothing of theirs is left half done there, home when its answer was its own menu. ``ServiceContext`` and
``Context`` build their envelopes from these; the gateway reads them back.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from pydantic import BaseModel

from gateway.outbound import ReadReceipt
from shared.chat import Document, Inbound, Outbound
from shared.envelope import Envelope

OUTBOUND = "wa.outbound"
SESSION_CLAIMED = "wa.session.claimed"
SESSION_RELEASED = "wa.session.released"  # {"service", "wa_id"}: the service has nothing for them; the menu takes over
# {"service", "wa_id"}: nothing the person was doing there is left half done (a complaint only looked at): the main
# menu does not say it is kept
SESSION_SETTLED = "wa.session.settled"
# {"service", "wa_id"}: the service's answer to a message put the person at its own menu (*back* typed there, a
# request with nothing before it): "back" next is the main menu, one level up, not that menu shown again
SESSION_HOME = "wa.session.home"


class HasBody(Protocol):
    def body(self) -> dict[str, Any]: ...


Message = Mapping[str, Any] | HasBody


def as_body(message: Message) -> dict[str, Any]:
    """A Cloud API body from a ``gateway.outbound`` model (``.body()``) or a plain dict."""
    body = getattr(message, "body", None)
    return dict(body()) if callable(body) else dict(message)  # type: ignore[arg-type]


def as_payload(payload: Mapping[str, Any] | BaseModel) -> dict[str, Any]:
    return payload.model_dump(mode="json") if isinstance(payload, BaseModel) else dict(payload)


def outbound_payload(service: str, to: str, message: Message, *, template: Message | None,
                     document: Document | None, notification: bool, session: bool,
                     read: str | None = None) -> dict[str, Any]:
    outbound = Outbound(to=to, service=service, message=as_body(message),
                        template=as_body(template) if template is not None else None,
                        document=document, notification=notification, session=session, read=read)
    return outbound.model_dump(mode="json")


def marks_read(envelope: Envelope, wamid: str) -> bool:
    """Whether ``envelope`` is an answer carrying ``wamid``'s read receipt, or that read receipt itself."""
    if envelope.type != OUTBOUND:
        return False
    payload = envelope.payload
    return payload.get("read") == wamid or ReadReceipt.marked_by(payload.get("message") or {}) == wamid


def to_be_read(inbound: Inbound) -> str | None:
    """The wamid to mark read when answering ``inbound``: none for a welcome request, which is no message."""
    return None if inbound.kind == "start" else inbound.message_id


def claim(service: str, wa_id: str) -> dict[str, str]:
    """Payload of ``wa.session.claimed`` (a service started speaking to someone without being asked) and of
    ``wa.session.released`` (a service let them go), and of ``wa.session.left.<service>`` (the main menu ended
    their session with it)."""
    return {"service": service, "wa_id": wa_id}


def mandatory(envelope: Envelope) -> bool:
    """A reply nobody consumes is lost, so ``wa.outbound`` must route; domain events may have no listener."""
    return envelope.type == OUTBOUND

