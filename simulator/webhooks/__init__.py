"""Meta-shaped webhook payloads, signed as Meta signs them: what the simulator posts and tests build.

``payload(messages=[text("919800000001", "hi")], names={...})`` is a whole webhook body;
``signed(body, app_secret)`` gives the bytes and headers to POST to ``/webhook``.
"""
from simulator.webhooks.envelope import (
    PHONE_NUMBER_ID,
    SIGNATURE_HEADER,
    WABA_ID,
    failed,
    payload,
    sign,
    signed,
    status,
)
from simulator.webhooks.messages import (
    BUSINESS_NUMBER,
    button_reply,
    contact_card,
    contacts,
    flow_reply,
    list_reply,
    location,
    media,
    message,
    reaction,
    template_button,
    text,
    unsupported,
    voice,
    wamid,
)

__all__ = ["BUSINESS_NUMBER", "PHONE_NUMBER_ID", "SIGNATURE_HEADER", "WABA_ID", "button_reply", "contact_card",
           "contacts", "failed", "flow_reply", "list_reply", "location", "media", "message", "payload",
           "reaction", "sign", "signed", "status", "template_button", "text", "unsupported", "voice", "wamid"]
