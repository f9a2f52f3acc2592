"""The grievance rules, pure: the directory of places, categories, a ticket's life, and the report figures."""
from services.grievance.domain.categories import TOURISM_STAY, Categories, Category, Level
from services.grievance.domain.directory import Area, Directory
from services.grievance.domain.parts import (
    DESCRIPTION_MAX,
    Attachment,
    Booking,
    Note,
    Refused,
    Step,
    Utc,
    checked_description,
)
from services.grievance.domain.report import Figures, by_area, figures
from services.grievance.domain.show import INDIA, latin_digits, local_digits, show_date, today_in_india
from services.grievance.domain.ticket import (
    FINISHED,
    LEVELS,
    MEDIA_MAX,
    OPEN,
    REOPEN_DAYS,
    Ticket,
    last_day,
    office_deadline,
)
from shared.india import says_something  # a letter or a digit: shared with the other chats

__all__ = ["DESCRIPTION_MAX", "FINISHED", "INDIA", "LEVELS", "MEDIA_MAX", "OPEN", "REOPEN_DAYS", "TOURISM_STAY",
           "Area", "Attachment", "Booking", "Categories", "Category", "Directory", "Figures", "Level", "Note",
           "Refused", "Step", "Ticket", "Utc", "by_area", "checked_description", "figures", "latin_digits",
           "last_day", "local_digits", "office_deadline", "says_something", "show_date", "today_in_india"]
