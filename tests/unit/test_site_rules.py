"""User rules: CSS selectors to prune or keep, phrases to drop, a forced page type, per host."""

from __future__ import annotations

import pickle

import pytest

import cleanarticle
from cleanarticle import Rules, RulesError, load_rules
from cleanarticle.explain import explain

PROSE = ("The harbour board met on Tuesday to decide the future of the old ferry pier, which has "
         "been closed since the storm in January damaged its pilings beyond a quick repair. ")
PAGE = f"""<html><head><title>Pier decision</title></head><body>
<header class="top"><a href="/">Coast News</a></header>
<article class="story">
<h1>Harbour board saves the old pier</h1>
<p>{PROSE * 2}</p>
<div class="wx-tile"><p>Tide table sponsored by Bayside Marine: high tide 06:42, low tide 12:55,
call 555-0100 for charters and bait, open every day of the week from dawn.</p></div>
<p>{PROSE}</p>
<div class="pull-facts"><p>Fact box: the pier is 212 metres long.</p></div>
<p>Read more on Coast News Plus: the full minutes of the meeting.</p>
<p>{PROSE}</p>
</article>
<aside class="sidebar"><p>Corrections policy: we fix errors in our reporting promptly and say so
below the story, with the date of the change and what was changed.</p></aside>
</body></html>"""
URL = "https://www.coastnews.example/2024/05/pier/"


def _clean(rules=None, url=URL, **kw):
    return cleanarticle.clean(PAGE, url, rules=rules, **kw)


def test_prune_drops_the_selected_structure_and_names_the_rule():
    assert "Tide table" in _clean().text
    article = _clean(Rules(prune=(".wx-tile",)))
    assert "Tide table" not in article.text
    [removal] = [r for r in article.removals if "Tide table" in r.text]
    assert removal.filter == "rules"
    assert removal.reason == "user rule: prune '.wx-tile' (all pages)"


def test_keep_pins_blocks_that_filters_would_drop():
    assert "Corrections policy" not in _clean().text  # an <aside>, pruned
    article = _clean(Rules(keep=("aside.sidebar",)))
    assert "Corrections policy" in article.text
    [block] = [b for b in article.blocks if b.text.startswith("Corrections policy")]
    assert block.pinned == "keep 'aside.sidebar' (all pages)"


def test_keep_wins_over_prune():
    article = _clean(Rules(prune=("article .pull-facts",), keep=(".pull-facts",)))
    assert "Fact box" in article.text


def test_drop_phrases_drop_blocks_holding_them():
    article = _clean(Rules(drop_phrases=("read more on coast news plus",)))
    assert "Read more on Coast News Plus" not in article.text
    [removal] = [r for r in article.removals if r.filter == "rules"]
    assert removal.reason == "user rule: drop phrase 'read more on coast news plus' (all pages)"


def test_host_sections_apply_to_the_host_and_its_subdomains_only():
    rules = Rules(hosts={"coastnews.example": Rules(prune=(".wx-tile",))})
    assert "Tide table" not in _clean(rules).text  # www.coastnews.example
    assert "Tide table" not in _clean(rules, url="https://m.coastnews.example/x").text
    assert "Tide table" in _clean(rules, url="https://othernews.example/x").text
    assert "Tide table" in _clean(rules, url=None).text
    [removal] = [r for r in _clean(rules).removals if r.filter == "rules"]
    assert removal.reason.endswith("(coastnews.example)")


def test_forced_page_type_decides_listing():
    short = ("<html><body><main><div class='teasers'><h2><a href='/a'>First teaser</a></h2>"
             "<p>One line about it.</p><h2><a href='/b'>Second teaser</a></h2><p>Another line.</p>"
             "</div></main></body></html>")
    explained = explain(short, "https://site.example/", rules=Rules(page_type="article"))
    assert explained.listing is False
    assert explain(short, "https://site.example/").listing is True
    assert explain(PAGE, URL, rules=Rules(page_type="listing")).listing is True


def test_explain_names_the_rule():
    exp = explain(PAGE, URL, rules=Rules(prune=(".wx-tile",), drop_phrases=("coast news plus",)))
    fates = [(f.filter, f.reason) for f in exp.blocks if f.filter == "rules"]
    assert ("rules", "user rule: prune '.wx-tile' (all pages)") in fates
    assert ("rules", "user rule: drop phrase 'coast news plus' (all pages)") in fates
    assert exp.counts()["rules"] == 2


def test_text_pages_take_drop_phrases():
    text = "Pier decision\n\n" + PROSE * 3 + "\n\nRead more on Coast News Plus today\n\n" + PROSE
    article = cleanarticle.clean(text, URL, kind="text", rules=Rules(drop_phrases=("coast news plus",)))
    assert "Coast News Plus" not in article.text
    assert any(r.filter == "rules" for r in article.removals)


def test_rules_file(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('drop_phrases = ["coast news plus"]\n\n'
                    '[hosts."coastnews.example"]\nprune = [".wx-tile"]\npage_type = "article"\n',
                    encoding="utf-8")
    rules = load_rules(path)
    article = _clean(rules)
    assert "Tide table" not in article.text and "Coast News Plus" not in article.text


@pytest.mark.parametrize("toml, message", [
    ('prune = ["div[["]', "bad CSS selector"),
    ('remove = [".x"]', "unknown key"),
    ('page_type = "blog"', "page_type must be one of"),
    ('[hosts."a.example"]\nprune = 3', "must be a list"),
    # a host section's mistake names the host, not every page
    ('[hosts."a.example"]\nprune = ["div[["]', r"bad CSS selector 'div\[\[' \(prune 'div\[\[' \(a\.example\)\)"),
    ('[hosts."a.example"]\npage_type = "blog"', r"^a\.example: page_type must be one of"),
    ("prune = [", "not valid TOML"),
])
def test_bad_rules_files_say_what_is_wrong(tmp_path, toml, message):
    path = tmp_path / "r.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(RulesError, match=message):
        load_rules(path)


def test_missing_rules_file():
    with pytest.raises(RulesError, match="cannot read rules file"):
        load_rules("/nonexistent/rules.toml")


def test_rules_pickle_for_worker_processes():
    rules = Rules(prune=(".wx-tile",), hosts={"coastnews.example": Rules(drop_phrases=("plus",))})
    again = pickle.loads(pickle.dumps(rules))
    assert _clean(again).text == _clean(rules).text
    assert again.hosts["coastnews.example"].for_url(None).phrases == \
        rules.hosts["coastnews.example"].for_url(None).phrases


def test_rules_must_be_rules():
    with pytest.raises(TypeError):
        cleanarticle.clean(PAGE, rules={"prune": [".x"]})


def test_the_callers_page_and_rules_are_untouched():
    rules = Rules(prune=(".wx-tile",))
    page = PAGE.encode()
    before = bytes(page)
    _clean(rules)
    cleanarticle.clean(page, URL, rules=rules)
    assert page == before and rules.prune == (".wx-tile",)


def test_explain_shows_which_keep_rule_kept_a_block():
    exp = explain(PAGE, URL, rules=Rules(keep=("aside.sidebar",)))
    pinned = [b for b in exp.to_dict()["blocks"] if b["pinned"]]
    assert [b["pinned"] for b in pinned] == ["keep 'aside.sidebar' (all pages)"]
    assert pinned[0]["kept"] and pinned[0]["text"].startswith("Corrections policy")
