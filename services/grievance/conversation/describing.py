"""Words enough to begin a complaint they describe ("rasta bhanga, boro gorto", "রাস্তায় বড় গর্ত"), typed at the
complaints' start as the same words sent from the main menu begin one."""
from __future__ import annotations

from services.grievance.conversation import fresh, remark
from services.grievance.conversation.wants import refuses

DESCRIBING_WORDS = 3


def describes(text: str) -> bool:
    """Words that say what is wrong, enough to begin a complaint with ("rasta bhanga, gorto", "রাস্তায় বড় গর্ত"):
    three words or more, in letters, or fewer that tell a problem as the main menu reads one ("rasta kharap", "jol
    nei": ``fresh.tells_problem``); not a word or two that tell none ("hello", "water problem"), nor words that want no
    complaint ("obhijog korbo na", "cancel my complaint")."""
    if fresh.tells_problem(text):
        return True
    return len(text.split()) >= DESCRIBING_WORDS and remark.says_words(text) and not refuses(text)
