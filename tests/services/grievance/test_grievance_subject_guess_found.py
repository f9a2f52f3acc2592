"""The subject guessed from a problem's words looks for each clue only where its first word is said. It looked at
every word of the text for every one of some 300 clues, each against 29 endings: 4.5 million comparisons, a second
of the complaints service's CPU for one 4,000-character description. The guess is the same as that plain reading's,
checked here against it on generated texts."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from services.grievance.domain import subject
from services.grievance.domain.subject import _CLUES, _ENDINGS, _words, guess

KEYS = sorted(_CLUES)
VOCABULARY = sorted({word for clues in _CLUES.values() for clue in clues for word in _words(clue)}
                    | {"the", "is", "near", "school", "না", "নেই", "kharap", "and"})


def plain_guess(text: str, offered: list[str]) -> str | None:
    """The guess as first written: every clue looked for at every word."""
    words = _words(text)

    def spans(clue: list[str]) -> list[tuple[int, int]]:
        last = len(clue) - 1
        return [(start, start + last + 1) for start in range(len(words) - last)
                if words[start:start + last] == clue[:last]
                and any(words[start + last] == clue[last] + ending for ending in _ENDINGS)]

    said = [(key, span) for key in offered for clue in map(_words, _CLUES[key]) for span in spans(clue)]
    return subject.named(words, said)  # what they name, read as the guess reads it


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(VOCABULARY), st.sampled_from(("",) * 4 + _ENDINGS)), min_size=1,
                max_size=14),
       st.lists(st.sampled_from(KEYS), min_size=1, unique=True))
def test_the_guess_is_the_plain_readings(said, offered):
    text = " ".join(word + ending for word, ending in said)
    assert guess(text, offered) == plain_guess(text, offered)


def test_known_problems_keep_their_subjects():
    assert [guess(text, KEYS) for text in ("no water in the tube well", "rastar batti jole na", "jol jome ache",
                                           "রাস্তায় বড় গর্ত", "drain is blocked and the road is broken")] == [
        "water", "lights", "drainage", "roads", None]
    assert subject._TABLE  # every category's clues are held with the forms of their last word
