"""What a claim keeps of its outbound, and the outbound rebuilt from it: for the dead-letter queue, or to send again.

A message Meta accepted and then reported ``failed`` is sent again from its claim, not from the bus's copy, which
is gone by then: ``dead`` in the dead-letter queue until a replay, ``throttled`` in the sender's queue after a
back-off (``records``, ``after_send``). The claim keeps the envelope without a document's bytes, and the document
goes again by the media id of its first upload.
"""
from __future__ import annotations

from gateway.sender.delivery import document_body
from shared.envelope import Envelope
from shared.runtime.inbox import without_file
from shared.store import Doc


def replayable(envelope: Envelope) -> Doc:
    """What a claim keeps of its outbound, to put it in the dead-letter queue should Meta fail it later for the
    account or a template: the envelope without a document's bytes, so that nobody's papers sit in the sent log
    (the inbox lets go of them too). Meta keeps the uploaded file, by the media id the record gets, 30 days."""
    payload = dict(envelope.payload)
    if isinstance(payload.get("document"), dict):
        payload = without_file(payload)
    return {**envelope.model_dump(mode="json", exclude={"payload"}), "payload": payload}


def dead_letter_of(record: Doc) -> Envelope | None:
    """The outbound as its claim kept it (same id), a document in it sent by its media id, to dead-letter or send
    again; None when the claim kept none (made before claims did) or a document has no media id (the send that
    failed never uploaded it)."""
    kept = record.get("envelope")
    if not isinstance(kept, dict) or not isinstance(kept.get("payload"), dict):
        return None
    payload = dict(kept["payload"])
    document = payload.get("document")
    if isinstance(document, dict):
        if not record.get("media_id"):
            return None
        payload["message"] = document_body(payload.get("message") or {}, str(record["media_id"]),
                                           str(document.get("filename") or "document.pdf"), document.get("caption"),
                                           str(document.get("mime_type") or ""))
        payload["document"] = None
    return Envelope.model_validate({**kept, "payload": payload})
