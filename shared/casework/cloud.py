"""The permit and NOC chats' messages: the shared builders of ``gateway.outbound.fitted``, which shorten
words from data to Meta's limits instead of having the message refused."""
from __future__ import annotations

from gateway.outbound.fitted import BUTTONS_BODY, Row, buttons, document, fit, page_of, template, text, text_parts
from gateway.outbound.fitted import fit_block as cut
from gateway.outbound.fitted import rows_list as rows

__all__ = ["BUTTONS_BODY", "Row", "buttons", "cut", "document", "fit", "page_of", "rows", "template", "text",
           "text_parts"]
