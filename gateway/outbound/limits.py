"""Meta's published limits for the message bodies this project sends, in one place.

Numbers are characters (code points), the unit WhatsApp counts in; a Bengali sentence is measured the same
way as an English one. ``check`` reads these and nothing else, so a limit Meta changes is changed here.
"""
from __future__ import annotations

TEXT_BODY = 4096

BUTTONS_MIN, BUTTONS_MAX = 1, 3
BUTTON_ID = 256
BUTTON_TITLE = 20
BUTTONS_BODY = 1024

LIST_BUTTON = 20
SECTIONS_MIN, SECTIONS_MAX = 1, 10
SECTION_TITLE = 24
ROWS_MIN, ROWS_MAX = 1, 10  # across all sections together
ROW_ID = 200
ROW_TITLE = 24
ROW_DESCRIPTION = 72
LIST_BODY = 4096

HEADER_TEXT = 60
FOOTER_TEXT = 60

CALLBACK_DATA = 512  # biz_opaque_callback_data, echoed back in the message's status webhooks

CAPTION = 1024
FILENAME = 240

TEMPLATE_NAME = 512
TEMPLATE_NAME_PATTERN = r"^[a-z0-9_]+$"
LANGUAGE_PATTERN = r"^[a-z]{2,3}(_[A-Z]{2})?$"
TEMPLATE_BODY = 1024  # a template's body, as registered and as the person reads it with its parameters in
TEMPLATE_PARAM = 1024  # a template body is at most 1024 characters, so no one parameter can be longer
TEMPLATE_BUTTONS_MAX = 10
TEMPLATE_PAYLOAD = BUTTON_ID  # kept equal to a reply-button id, so one reply id works in both
TEMPLATE_PARAM_SPACES = 4  # Meta refuses parameters with new lines, tabs or more than 4 spaces in a row
