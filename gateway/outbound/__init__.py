"""Typed WhatsApp Cloud API outbound messages that enforce Meta's limits when built, and the one check
(``validate_body``) they and the simulator share."""
from gateway.outbound.base import OutboundMessage, to_request
from gateway.outbound.check import validate_body
from gateway.outbound.choices import Button, Buttons, ListMessage, Row, Section
from gateway.outbound.messages import Document, ReadReceipt, Template, Text
from gateway.outbound.problems import CODES, Problem

__all__ = ["CODES", "Button", "Buttons", "Document", "ListMessage", "OutboundMessage", "Problem", "ReadReceipt",
           "Row", "Section", "Template", "Text", "to_request", "validate_body"]
