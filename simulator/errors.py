"""Meta's error answers, shaped and statused as the Graph API sends them.

Meta answers most Cloud API errors with HTTP 400 whatever their nature (rate limits included) and puts
the meaning in ``code``; only a few use another status (401 for a bad token, 500/503 for its own
trouble). Codes that are plain HTTP statuses (429, 500, 502, 503, 504) stand for an answer from in front
of the API — a load balancer or a throttle — with no Meta error body at all.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class MetaError:
    status: int
    title: str
    details: str
    type: str = "OAuthException"


ERRORS: dict[int, MetaError] = {
    1: MetaError(400, "API Unknown", "Invalid request or possible server error."),
    2: MetaError(503, "API Service", "Temporary due to downtime or due to being overloaded."),
    4: MetaError(400, "API Too Many Calls", "The app has reached its API call rate limit."),
    100: MetaError(400, "Invalid parameter", "The request included one or more unsupported or misspelled parameters."),
    190: MetaError(401, "Invalid OAuth access token - Cannot parse access token", "Your access token is not valid."),
    80007: MetaError(400, "Rate limit issues", "The WhatsApp Business Account has reached its rate limit."),
    130429: MetaError(400, "Rate limit hit", "Cloud API message throughput has been reached."),
    131000: MetaError(500, "Something went wrong", "Message failed to send due to an unknown error."),
    131008: MetaError(400, "Required parameter is missing", "The request is missing a required parameter."),
    131009: MetaError(400, "Parameter value is not valid", "One or more parameter values are invalid."),
    131016: MetaError(500, "Service unavailable", "A service is temporarily unavailable."),
    131026: MetaError(400, "Message Undeliverable", "Unable to deliver message."),
    131047: MetaError(400, "Re-engagement message", "Message failed to send because more than 24 hours have "
                                                    "passed since the customer last replied to this number."),
    368: MetaError(403, "Temporarily blocked for policies violations",
                   "The WhatsApp Business Account associated with the app has been restricted or disabled for "
                   "violating a platform policy."),
    131031: MetaError(403, "Business Account locked", "The WhatsApp Business Account associated with the app has "
                                                      "been restricted or disabled for violating a platform policy."),
    131042: MetaError(400, "Business eligibility payment issue", "Message failed to send because there were one "
                                                                 "or more errors related to your payment method."),
    131048: MetaError(400, "Spam rate limit hit", "Message failed to send because there are restrictions on how "
                                                  "many messages can be sent from this phone number."),
    131053: MetaError(400, "Media upload error", "Unable to upload the media used in the message."),
    131056: MetaError(400, "(Business Account, Consumer Account) pair rate limit hit",
                      "Message failed to send because there were too many messages sent from this phone number "
                      "to the same phone number in a short period of time."),
    132001: MetaError(404, "Template does not exist", "The template does not exist in the specified language or "
                                                      "the template has not been approved."),
    132015: MetaError(400, "Template is Paused", "Template is paused due to low quality so it cannot be sent."),
    133010: MetaError(400, "Phone number Not Registered", "Phone number is not registered on the Whatsapp Business "
                                                          "Platform."),
    132018: MetaError(400, "There was an issue with the parameters in your template.",
                      "The parameters of the template are not valid."),
}

HTTP_ONLY = frozenset({429, 500, 502, 503, 504})


def error_body(code: int, details: str | None = None, *, subcode: int | None = None) -> dict[str, Any]:
    """``{"error": {...}}`` exactly as the Graph API writes it (``error_subcode`` only when there is one)."""
    known = ERRORS.get(code, MetaError(400, "Error", "Unknown error."))
    error: dict[str, Any] = {
        "message": f"(#{code}) {known.title}",
        "type": known.type,
        "code": code,
        "error_data": {"messaging_product": "whatsapp", "details": details or known.details},
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    error["fbtrace_id"] = "A" + secrets.token_urlsafe(16)
    return {"error": error}


def error_response(code: int, details: str | None = None, *, status: int | None = None,
                   subcode: int | None = None) -> web.Response:
    """Meta's answer for ``code``; an ``HTTP_ONLY`` code not in ``ERRORS`` is a bare status page."""
    if code in HTTP_ONLY and code not in ERRORS:
        return web.Response(status=status or code, text=f"<html><body>HTTP {code}</body></html>",
                            content_type="text/html")
    known = ERRORS.get(code)
    return web.json_response(error_body(code, details, subcode=subcode),
                             status=status or (known.status if known else 400))
