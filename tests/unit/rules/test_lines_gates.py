"""The one-match test of the whole-block phrase lists never hides a text one list accepts."""

import random

from cleanarticle.filters.notices import Notices
from cleanarticle.model import PARAGRAPH, Block
from cleanarticle.rules import lines
from cleanarticle.rules.phrases import read_phrases

LISTS = ("notices", "comment_section", "share_rows", "media_controls", "form_labels",
         "page_controls")
PREDICATES = (lines.is_notice, lines.is_share_row, lines.is_media_control, lines.is_form_label,
              lines.is_page_control)


def _phrases() -> list[str]:
    # wildcards and numbers written out as a site would fill them in
    return [p.replace("{n}", "12").replace("*", "our team") for name in LISTS
            for p in read_phrases(name)]


def _texts(seed: int, n: int) -> list[str]:
    """Each phrase alone, in capitals, and runs of two or three joined as rows are."""
    rng = random.Random(seed)
    phrases = _phrases()
    out = list(phrases) + [p.upper() for p in phrases] + [p.title() for p in phrases]
    for _ in range(n):
        sep = rng.choice((" ", " · ", " | ", ": ", ", ", ". ", " / ", " – "))
        out.append(sep.join(rng.sample(phrases, rng.randint(2, 3))))
    return out


def test_every_text_a_list_accepts_is_a_chrome_run():
    accepted = 0
    for text in _texts(15, 3000):
        if any(predicate(text) for predicate in PREDICATES):
            accepted += 1
            assert lines.is_chrome_run(text), text
    assert accepted > 1000


def test_prose_is_no_chrome_run():
    assert not lines.is_chrome_run("The council voted on Tuesday to close the bridge.")


def test_notices_give_the_same_reason_as_the_five_tests_in_turn():
    def reference(text: str) -> str | None:
        for predicate, reason in zip(PREDICATES, (
                "page notice", "share or follow row", "player or gallery control",
                "form label or message", "control (shop button, sort or filter, Q&A prompt)"),
                strict=True):
            if predicate(text):
                return reason
        return None

    notices = Notices()
    judged = 0
    for text in _texts(16, 1000):
        blocks = [Block(text, PARAGRAPH, 0, tag="p")]
        got = notices.check(blocks, 0, None)
        want = reference(text)
        if want is not None:
            judged += 1
            assert got == want, text
    assert judged > 500
