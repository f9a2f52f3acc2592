"""The grievance chat's messages: the shared builders of ``gateway.outbound.fitted``, which shorten words from
data to Meta's limits instead of having the message refused."""
from __future__ import annotations

from gateway.outbound.fitted import (
    ROWS_MAX,
    Row,
    buttons,
    buttons_or_parts,
    document,
    fit,
    fit_block,
    image,
    page_of,
    pieces,
    rows_list,
    template,
    text,
    text_parts,
)

__all__ = ["ROWS_MAX", "Row", "buttons", "buttons_or_parts", "document", "fit", "fit_block", "image", "page_of",
           "pieces", "rows_list", "template", "text", "text_parts"]
