"""The grievance conversation state is the shared kind (``shared.runtime.chats``): a step and a draft per person."""
from __future__ import annotations

from shared.runtime.chats import COLLECTION, Chat, Chats

__all__ = ["COLLECTION", "Chat", "Chats"]
