import json

import pytest

from cleanarticle.sniff import not_a_page

PROSE = "\n".join([
    "Council approves the library budget",
    "By Jane Doe",
    "The council approved the budget for the new library after a long debate on Tuesday.",
    "Construction is expected to start next year and to last eighteen months, officials said.",
    "Residents welcomed the decision, though some asked why the pool came second.",
    "Share this article",
])


@pytest.mark.parametrize("text, name, expected", [
    (PROSE, "story.txt", None),
    (PROSE, None, None),
    ("<html><body><p>A page</p></body></html>", "page", None),
    ('<?xml version="1.0"?><!DOCTYPE html><html><body><p>x</p></body></html>', None, None),
    (json.dumps({"title": "x", "body": "y"}), "expected.json", "JSON data"),
    (json.dumps([{"a": 1}, {"a": 2}]), "download", "JSON data"),
    ("id,title,views\n1,Ferry,30\n2,Pier,12\n3,Quay,7\n4,Dock\n", "export", "CSV data"),
    ("import os\n\n\nclass A:\n    def f(self):\n        return os.sep\n\n    x = [\n"
     "        1,\n    ]\n", "tool", "program source"),
    ('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>', "feed", "XML data"),
    (PROSE, "style.css", "a style sheet"),
])
def test_what_is_no_page(text, name, expected):
    assert not_a_page(text, name) == expected
