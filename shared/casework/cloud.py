"""The permit and NOC chats' messages: the shared builders of ``gateway.outbound.fitted``, which shorten
words from data to Meta's limits instead of having the message refused."""
from __future__ import annotations

from gateway.outbound.fitted import Row, buttons, buttons_or_parts, document, fit, page_of, template, text
from gateway.outbound.fitted import fit_block as cut
from gateway.outbound.fitted import rows_list as rows

__all__ = ["Row", "buttons", "buttons_or_parts", "cut", "document", "fit", "page_of", "rows", "template", "text"]
