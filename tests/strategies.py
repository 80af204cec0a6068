"""Hypothesis strategies shared by the test suite (one place, as in the house style).

Append new strategies at the end of this file; do not rewrite it.
"""

from hypothesis import strategies as st

from danetor import Answer

#: every form check() accepts for one answer, tagged with the answer it means
ANSWER_FORMS = {
    Answer.YES: [Answer.YES, True, "yes", "YES", " Yes ", "да", "ДА", "Да"],
    Answer.NO: [Answer.NO, False, "no", "No", "нет", "НЕТ", " нет"],
    Answer.UNKNOWN: [Answer.UNKNOWN, None, "unknown", "Unknown", "не знаю", "Не  знаю", "НЕ ЗНАЮ"],
}

answers = st.sampled_from(list(Answer))


def answer_form(answer: Answer):
    """Any accepted spelling of *answer*."""
    return st.sampled_from(ANSWER_FORMS[answer])


#: any printable user text, including the nasty ones a template engine would evaluate
NASTY = ["{0.__class__}", "{{7*7}}", "%s", "%(x)s", "${x}", "<b>x</b>", "<script>alert(1)</script>", "{}", "\\n"]
user_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60
    ).filter(lambda s: s.strip()),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(min_size=1, max_size=10).filter(str.strip)),
)
