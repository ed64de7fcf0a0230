"""Pipeline: an ordered, immutable, picklable value; changed only by building a new one."""

import pickle

import pytest
from factories import PROSE, PROSE_2, make_doc, para

from cleanarticle.filters.base import BlockFilter
from cleanarticle.filters.notices import Notices
from cleanarticle.pipeline import Pipeline, default_pipeline


class DropShort(BlockFilter):
    name = "drop_short"

    def __init__(self, min_chars: int = 20) -> None:
        self.min_chars = min_chars

    def check(self, blocks, i, doc):
        return "too short" if len(blocks[i].text) < self.min_chars else None


def _run(pipeline, *texts):
    doc = pipeline.run(make_doc([para(t) for t in texts]))
    return [b.text for b in doc.blocks], doc.removals


def test_default_pipeline_has_the_block_filters_in_order():
    names = default_pipeline().names
    for name in ("region", "widgets", "notices", "metadata_lines", "rails", "credits",
                 "link_density", "dedup", "orphan_headings"):
        assert name in names
    # The user's rules first (they say what the page's own filters cannot know), then region.
    assert names.index("rules") == 0 and names.index("region") == 1
    assert names.index("notices") < names.index("rails")


def test_pipeline_is_immutable():
    p = default_pipeline()
    with pytest.raises(AttributeError):
        p._filters = ()
    with pytest.raises(AttributeError):
        p.extra = 1
    assert isinstance(p.filters, tuple)


def test_without_builds_a_new_pipeline():
    p = default_pipeline()
    q = p.without("notices")
    assert "notices" not in q.names and "notices" in p.names
    assert len(q) == len(p) - 1
    kept, _ = _run(q, "Share", PROSE)
    assert kept == ["Share", PROSE]
    kept, removals = _run(p, "Share", PROSE)
    assert kept == [PROSE]
    assert [(r.filter, r.text) for r in removals] == [("notices", "Share")]


def test_insert_after_and_before_place_the_filter():
    p = default_pipeline()
    q = p.insert_after("notices", DropShort())
    assert q.names[q.names.index("notices") + 1] == "drop_short"
    assert "drop_short" not in p.names
    r = p.insert_before("notices", DropShort())
    assert r.names[r.names.index("notices") - 1] == "drop_short"
    kept, removals = _run(q, "Tiny line", PROSE)
    assert kept == [PROSE]
    assert removals[0].filter == "drop_short" and removals[0].reason == "too short"


def test_replace_swaps_one_filter():
    p = default_pipeline()
    q = p.replace("notices", Notices(snippet_max_chars=10))
    assert q.names == p.names
    text = "So that the map shows the nearest bus stops, we use cookies."
    assert _run(p, text, PROSE)[0] == [PROSE]
    assert _run(q, text, PROSE)[0] == [text, PROSE]


@pytest.mark.parametrize("op", [
    lambda p: p.without("no_such_filter"),
    lambda p: p.insert_after("no_such_filter", DropShort()),
    lambda p: p.insert_before("no_such_filter", DropShort()),
    lambda p: p.replace("no_such_filter", DropShort()),
])
def test_unknown_name_raises_key_error(op):
    with pytest.raises(KeyError, match="no_such_filter"):
        op(default_pipeline())


def test_duplicate_names_are_refused():
    with pytest.raises(ValueError):
        default_pipeline().insert_after("notices", Notices())


def test_pipeline_pickles_with_its_parameters():
    p = default_pipeline().insert_after("notices", DropShort(min_chars=30))
    q = pickle.loads(pickle.dumps(p))
    assert q.names == p.names
    text = "Twenty-five characters ok"
    assert _run(q, text, PROSE, PROSE_2) == _run(p, text, PROSE, PROSE_2)
    assert _run(q, text, PROSE)[0] == [PROSE]


def test_filters_see_only_the_blocks_earlier_filters_kept():
    seen = []

    class Spy(BlockFilter):
        name = "spy"

        def decide(self, blocks, doc):
            seen.extend(b.text for b in blocks)
            return [None] * len(blocks)

    p = Pipeline([Notices(), Spy()])
    _run(p, "Share", PROSE)
    assert seen == [PROSE]
