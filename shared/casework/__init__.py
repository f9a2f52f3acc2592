"""Casework: records a citizen follows by number on WhatsApp — a building-permission application, a trade
NOC — and the signed document each one ends in.

The permit and NOC services differ in what they record (a plot, a trade) and in their words, not in how a
person follows them: send the number, see the status (all of it only from the registered mobile), list
one's own, download the document once it is issued; nor in how an office moves them: create, update,
move through the same statuses, approve with a memo, reject or revoke with a reason, import a batch.
That common part lives here once; a service declares its ``Kind`` (models, number format, letter, events)
and gets the chat (``desk``), the store access (``cases``) and the back office (``office``).

Reading order: ``mobile`` and ``show`` (small values), ``case`` (the record and its lifecycle, pure),
``kind`` (what a service declares), ``cases`` (store), ``issuing`` (the document), ``answers``, ``missing``,
``by_serial`` and ``desk`` (chat),
``office`` (back office), ``moving`` (a holder's new WhatsApp number), ``demo``.
"""
from shared.casework.case import Case, GramPanchayat, Issue, Refused, StatusChange
from shared.casework.kind import Kind, NumberFormat
from shared.casework.mobile import mobile_key, same_mobile

__all__ = ["Case", "GramPanchayat", "Issue", "Kind", "NumberFormat", "Refused", "StatusChange", "mobile_key",
           "same_mobile"]
