"""The webhook around messages and statuses (``whatsapp_business_account`` → entry → changes → value),
status entries, and Meta's ``X-Hub-Signature-256``."""
from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping, Sequence
from typing import Any

from simulator.webhooks.messages import BUSINESS_NUMBER, now

PHONE_NUMBER_ID = "106540352242922"
WABA_ID = "102290129340398"
SIGNATURE_HEADER = "X-Hub-Signature-256"


def status(message_id: str, recipient: str, state: str, *, timestamp: str | None = None,
           errors: list[dict[str, Any]] | None = None, callback_data: str | None = None) -> dict[str, Any]:
    """A ``statuses`` entry: sent, delivered, read or failed, for a message the business sent; Meta echoes
    the message's ``biz_opaque_callback_data`` in each."""
    whom = "recipient_id" if recipient.isdigit() else "recipient_user_id"  # a number, or a business-scoped id
    found: dict[str, Any] = {"id": message_id, "status": state, "timestamp": timestamp or now(), whom: recipient}
    if callback_data is not None:
        found["biz_opaque_callback_data"] = callback_data
    if state in ("sent", "delivered", "read"):
        found["conversation"] = {"id": "c" + message_id[-16:].replace("=", ""), "origin": {"type": "service"}}
        found["pricing"] = {"billable": False, "pricing_model": "PMP", "category": "service"}
    if errors:
        found["errors"] = errors
    return found


def failed(message_id: str, recipient: str, code: int = 131026, title: str = "Message undeliverable",
           details: str = "Message failed to send because the recipient could not be reached.",
           **kw: Any) -> dict[str, Any]:
    """A ``failed`` status with Meta's error list (how an undeliverable message is reported later)."""
    return status(message_id, recipient, "failed", errors=[{
        "code": code, "title": title, "message": title, "error_data": {"details": details}}], **kw)


def payload(messages: Sequence[Mapping[str, Any]] = (), statuses: Sequence[Mapping[str, Any]] = (), *,
            names: Mapping[str, str] | None = None, phone_number_id: str = PHONE_NUMBER_ID,
            display_phone_number: str = BUSINESS_NUMBER, waba_id: str = WABA_ID) -> dict[str, Any]:
    """The whole webhook body; ``names`` gives each sender's profile name (default "WhatsApp User")."""
    value: dict[str, Any] = {"messaging_product": "whatsapp",
                             "metadata": {"display_phone_number": display_phone_number,
                                          "phone_number_id": phone_number_id}}
    senders = sorted({(m.get("from"), m.get("from_user_id")) for m in messages
                      if m.get("from") or m.get("from_user_id")}, key=str)
    if senders:
        value["contacts"] = [{"profile": {"name": (names or {}).get(str(number or user_id), "WhatsApp User")},
                              **({"wa_id": number} if number else {}), **({"user_id": user_id} if user_id else {})}
                             for number, user_id in senders]
    if messages:
        value["messages"] = [dict(m) for m in messages]
    if statuses:
        value["statuses"] = [dict(s) for s in statuses]
    return {"object": "whatsapp_business_account",
            "entry": [{"id": waba_id, "changes": [{"value": value, "field": "messages"}]}]}


def sign(app_secret: str, body: bytes) -> str:
    """``sha256=`` and the hex HMAC-SHA256 of the raw body under the app secret, as Meta signs."""
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def signed(body: Mapping[str, Any] | bytes, app_secret: str) -> tuple[bytes, dict[str, str]]:
    """The raw bytes to POST and their headers (signature and JSON content type)."""
    raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    return raw, {SIGNATURE_HEADER: sign(app_secret, raw), "Content-Type": "application/json"}
