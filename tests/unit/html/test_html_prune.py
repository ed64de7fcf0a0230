"""DomPruner: navigation, asides, hidden elements and share/audio/accessibility widgets go in one
walk; the guard keeps a wrapper that holds the article whatever its class says."""

import pytest
from trees import P1, P2, P3, P4, tree

from cleanarticle.html.prune import DomPruner

PAGE = f"""
<div class="screen-reader-text">Please ensure Javascript is enabled for purposes of website accessibility</div>
<a class="skip-link" href="#content">Skip to content</a>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div id="masthead" role="banner"><a href="/">The Valley Ledger</a></div>
<div id="content">
  <article>
    <div class="share-buttons"><span>Share</span> <a href="#">Facebook</a> <a href="#">Tweet</a></div>
    <div class="trinity-tts-pb">Getting your Trinity Audio player ready...</div>
    <p>{P1}</p>
    <div style="display: none">Send this to a friend</div>
    <div hidden>Thanks for signing up!</div>
    <div aria-hidden="true">Icon label</div>
    <div class="newsletter-signup">Sign up for our morning newsletter</div>
    <p>{P2}</p>
    <script>var tracking = "no text";</script>
    <style>p {{ color: red }}</style>
  </article>
  <aside><h2>Popular</h2><a href="/1">Orchards Brace for a Late Frost</a></aside>
</div>
<footer><p>© 2024 The Valley Ledger</p></footer>
"""


def _prune(html: str, **kw):
    root = tree(html)
    removals = DomPruner(**kw)(root)
    return " ".join(root.find("body").text_content().split()), removals


def test_chrome_is_dropped_and_article_kept():
    text, _ = _prune(PAGE)
    assert P1 in text and P2 in text
    for gone in ("Please ensure Javascript", "Skip to content", "Home News", "The Valley Ledger",
                 "Share", "Tweet", "Trinity Audio", "Send this to a friend", "Thanks for signing up",
                 "Icon label", "morning newsletter", "tracking", "color: red", "Popular",
                 "Orchards Brace", "©"):
        assert gone not in text, gone


def test_every_drop_is_recorded_with_a_reason():
    _, removals = _prune(PAGE)
    assert all(r.filter == "dom" and r.reason for r in removals)
    by_text = {r.text: r.reason for r in removals}
    assert "share" in by_text["Share Facebook Tweet"]
    assert "audio" in by_text["Getting your Trinity Audio player ready..."]
    assert by_text["Send this to a friend"] == "hidden element"
    assert by_text["Home News"] == "<nav> element"


def test_hidden_elements_can_be_kept_by_option():
    text, _ = _prune(PAGE, drop_hidden=False)
    assert "Send this to a friend" in text and "Thanks for signing up" in text


def test_hidden_panel_holding_prose_is_kept():
    # Tabs and accordions hide article text until a click.
    text, _ = _prune(f"<article><p>{P1}</p><div class='tab-panel' hidden><p>{P2}</p><p>{P3}</p></div></article>")
    assert P2 in text and P3 in text


def test_hidden_twin_of_the_article_is_dropped():
    # A template that keeps an older layout of the post hidden ("hide" class) under the one
    # shown: the article would come out twice.
    html = f"""<div class="post-body"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
    <main class="post-main hide"><article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></main>"""
    text, removals = _prune(html)
    for p in (P1, P2, P3):
        assert text.count(p) == 1
    assert [r.reason for r in removals] == ["hidden copy of the page's text"]


def test_hidden_copies_are_kept_when_hidden_elements_are():
    html = f"""<div><p>{P1}</p><p>{P2}</p></div><div class="post hide"><p>{P1}</p><p>{P2}</p></div>"""
    text, _ = _prune(html, drop_hidden=False)
    assert text.count(P1) == 2


def test_hidden_markdown_source_of_the_article_is_dropped():
    # A Markdown copy of the post for crawlers, its links and emphasis written out.
    md = f"# Headline\n\n{P1.replace('the', '[the](https://example.com/x)', 1)}\n\n**{P2}**\n\n> {P3}"
    html = f"""<article><h1>Headline</h1><p>{P1}</p><p>{P2}</p><blockquote>{P3}</blockquote></article>
    <pre class="source" aria-hidden="true" hidden>{md}</pre>"""
    text, removals = _prune(html)
    assert text.count(P2) == 1 and "https://example.com" not in text
    assert any(r.reason == "hidden copy of the page's text" for r in removals)


def test_noscript_copy_of_the_article_is_dropped_and_a_crawler_only_one_kept():
    shown = f"<article><p>{P1}</p><p>{P2}</p></article>"
    text, removals = _prune(f"{shown}<noscript><div><p>{P1}</p><p>{P2}</p></div></noscript>")
    assert text.count(P1) == 1 and removals[0].reason == "hidden copy of the page's text"
    # a forum that writes its posts out only for crawlers
    text, _ = _prune(f"<div id='app'></div><noscript><div class='post'><p>{P3}</p></div></noscript>")
    assert P3 in text


def test_hidden_copies_of_text_shown_nowhere_else_are_kept():
    # Two hidden variants (a phone and a desktop layout) and no visible one: a reader of
    # either sees the text, and a tab whose text is its own is kept too.
    html = f"""<div class="layout-a" hidden><p>{P1}</p><p>{P2}</p></div>
    <div class="layout-b" hidden><p>{P1}</p><p>{P2}</p></div>
    <div class="tab-panel" hidden><p>{P3}</p><p>{P4}</p></div>"""
    text, removals = _prune(html)
    assert text.count(P1) == 2 and P3 in text and P4 in text
    assert not removals


def test_hidden_code_tabs_in_other_languages_are_kept():
    # The tabs of a quickstart share their comment lines and lead sentence with the tab shown;
    # their code is their own.
    lead = "Create a new file anywhere on your machine and paste in the following code, then run it:"
    note = "Find your Account SID and Auth Token in the console and set them as environment variables."
    python = ("import os\nfrom sms.rest import Client\naccount = os.environ['ACCOUNT_SID']\n"
              "client = Client(account, os.environ['AUTH_TOKEN'])\n"
              "message = client.messages.create(body='Hello from Python', to='+15558675310')\n"
              "print(message.sid, message.status, message.date_created)")
    node = ("const client = require('sms')(process.env.ACCOUNT_SID, process.env.AUTH_TOKEN);\n"
            "client.messages.create({ body: 'Hello from Node', to: '+15558675310' })\n"
            "  .then(message => console.log(message.sid, message.status, message.dateCreated));")
    ruby = ("require 'sms-ruby'\n@client = Sms::REST::Client.new(ENV['ACCOUNT_SID'], ENV['AUTH_TOKEN'])\n"
            "message = @client.messages.create(body: 'Hello from Ruby', to: '+15558675310')\n"
            "puts message.sid, message.status, message.date_created")

    def tab(code, hidden):
        return f"""<div class="tab-panel"{' hidden' if hidden else ''}><p>{lead}</p>
        <pre><code># {note}\n{code}</code></pre></div>"""

    html = f"<article><p>{P1}</p>{tab(python, False)}{tab(node, True)}{tab(ruby, True)}</article>"
    text, removals = _prune(html)
    assert "Hello from Node" in text and "Hello from Ruby" in text
    assert not removals


def test_a_hidden_panel_repeating_what_the_pruner_drops_is_kept():
    # Text that stands elsewhere only inside dropped chrome is not shown to a reader there.
    html = f"""<article><p>{P4}</p></article><aside class="related"><p>{P1}</p><p>{P2}</p></aside>
    <div class="tab-panel" hidden><p>{P1}</p><p>{P2}</p></div>"""
    text, _ = _prune(html, guard_share=1.0)
    assert P1 in text and P2 in text


def test_guard_keeps_a_sidebar_wrapper_holding_the_article():
    html = f"""<nav><a href="/">Home</a></nav>
    <div class="sidebar"><div class="post"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>
    <div class="sidebar-widgets"><a href="/x">Archive</a></div>"""
    text, _ = _prune(html)
    assert P1 in text and P2 in text and P3 in text


def test_guard_keeps_a_chrome_wrapper_holding_most_of_the_text():
    # A theme that wraps the whole page in an off-canvas container, or the article in <aside>.
    # Two paragraphs: fewer than a class-named widget needs to count as an article wrapper,
    # so only the share guard keeps it.
    html = f"""<div class="offcanvas"><div class="post"><p>{P1}</p><p>{P2}</p></div></div>
    <aside class="pull"><p>{P4}</p></aside><p>Footer line</p>"""
    guarded, _ = _prune(html)
    assert P1 in guarded and P2 in guarded
    assert P4 not in guarded  # the small aside is still chrome
    unguarded, _ = _prune(html, guard_share=1.0)
    assert P1 not in unguarded


def test_class_named_widget_wrapping_article_paragraphs_is_kept():
    # "sharing container" or "has-ads" sections around the text: a wrapper, not a widget.
    html = f"""<div class="article__sharingContainer"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
    <div class="share-bar"><a href="/s">Share</a></div>"""
    text, _ = _prune(html, guard_share=1.0)
    assert P1 in text and P3 in text and "Share" not in text


def test_state_words_do_not_name_a_widget():
    html = f"""<section class="o-section o-section--has-ads"><p>{P1}</p></section>
    <div class="ad-slot">Advertisement</div>"""
    text, _ = _prune(html, guard_share=1.0)
    assert P1 in text and "Advertisement" not in text


def test_wrapper_holding_main_is_guarded():
    html = f"""<div class="navigation"><main><p>{P1}</p></main></div><p>{P2}</p><p>{P3}</p><p>{P4}</p>"""
    text, _ = _prune(html)
    assert P1 in text


def test_a_footer_holding_most_of_the_text_is_still_a_footer():
    # A shop whose products are drawn by script: the served page is its menus and footer.
    columns = "".join(
        f"<h5>{head}</h5><ul>" + "".join(f'<li><a href="/{head}/{i}">{head} link {i}</a></li>'
                                         for i in range(12)) + "</ul>"
        for head in ("Help", "Shop", "Company", "Legal"))
    html = f"""<div id="root"><p>Loading…</p></div>
    <footer><div class="site-footer">{columns}<p>© 2025 Example Store</p></div></footer>"""
    text, removals = _prune(html)
    assert "Help link 3" not in text and "Example Store" not in text
    assert any(r.reason == "<footer> element" for r in removals)


def test_navigation_left_open_around_the_page_is_kept():
    # An unclosed <nav>: the parser nests the headline and the article inside the menu.
    html = f"""<nav class="navbar"><a href="/">Home</a> <a href="/news">News</a>
    <h1>Orchards brace for a late frost</h1><p>{P1}</p><p>{P2}</p></nav>"""
    text, _ = _prune(html)
    assert "Orchards brace" in text and P1 in text and P2 in text
    # The same menu closed before the article is dropped as navigation.
    closed, _ = _prune(html.replace("<h1>", "</nav><h1>").replace("</p></nav>", "</p>"))
    assert "News" not in closed and P1 in closed


def test_content_class_wins_over_boilerplate_words():
    html = f"""<div class="share-wrap entry-content"><p>{P1}</p></div><p>{P2}</p><p>{P3}</p>"""
    text, _ = _prune(html)
    assert P1 in text


@pytest.mark.parametrize("taxonomy", ["tag-social-media", "tag-advertising", "category-cookies"])
def test_wordpress_taxonomy_classes_do_not_name_a_widget(taxonomy):
    menu = "".join(f"<li><a href='/c/{i}'>Category number {i} of the site menu</a></li>" for i in range(30))
    html = f"""<nav><ul>{menu}</ul></nav>
    <article class="post-77 post type-post status-publish {taxonomy} category-tech">
      <h1>Teens and their phones</h1><p>{P1}</p><p>{P2}</p></article>
    <footer><ul>{menu}</ul></footer>"""
    text, _ = _prune(html)
    assert P1 in text and P2 in text


def test_hidden_consent_dialog_holding_prose_is_dropped():
    # A hidden panel of prose is kept as a tab, but not when its role names a dialog.
    html = f"""<article><p>{P1}</p><p>{P4}</p><p>{P1}</p><p>{P4}</p></article>
    <div role="dialog" aria-hidden="true"><h2>Your privacy settings</h2><p>{P2}</p><p>{P3}</p></div>"""
    text, removals = _prune(html)
    assert P1 in text and P2 not in text
    assert any(r.reason == "role=dialog" for r in removals)


def test_forum_signatures_and_member_stats_are_dropped():
    posts = "".join(
        f"""<div class="post"><div class="postbody"><p>{p}</p></div>
        <dl class="user-info"><dd>Posts: 4032</dd><dd>Joined: Dec 2021</dd></dl>
        <div class="signature">Member of the night watch since {i}.</div></div>"""
        for i, p in enumerate((P1, P2, P3)))
    text, _ = _prune(posts)
    assert P1 in text and P2 in text and P3 in text
    assert "Posts: 4032" not in text and "night watch" not in text


@pytest.mark.parametrize("cls", ["cmp-text", "cmp-container container-5dcac2", "kt-adv-heading12"])
def test_component_prefixes_do_not_name_cookie_or_ad_widgets(cls):
    # Adobe Experience Manager prefixes components with "cmp-"; page builders abbreviate
    # "advanced" to "adv": neither is a consent box or an advert.
    html = f"""<div class="{cls}"><p>{P1}</p></div><div class="cookie-banner">We use cookies.</div>"""
    text, _ = _prune(html, guard_share=1.0)
    assert P1 in text and "We use cookies" not in text


@pytest.mark.parametrize("cls", ["grid-items hide-read-more-ad", "card show-related", "list disable-share"])
def test_a_state_word_before_a_widget_word_names_no_widget(cls):
    html = f"""<div class="{cls}"><p>{P1}</p></div><div class="hide">Hidden label</div>"""
    text, _ = _prune(html, guard_share=1.0)
    assert P1 in text and "Hidden label" not in text


def test_class_words_are_read_per_token_in_page_order():
    # Whole tokens first ("share-tools" names share before "related-story" names related),
    # then words; a content token anywhere wins; one token's state words stay its own.
    from cleanarticle.rules.vocab import concept_of, is_content_attr

    assert concept_of("related-story share-tools") == "related"
    assert concept_of("box sharedaddy relatedposts") == "share"
    assert concept_of("story-related-links social-bar") == "related"
    assert concept_of("has-ads sidebar-item") is None
    assert concept_of("has-ads sponsored-box") == "ads"
    assert concept_of("entry-content share") is None and is_content_attr("x entry-content")
    assert concept_of("hidden md:block") is None and concept_of("hidden") == "hidden"


def test_taxonomy_classes_name_topics_not_widgets():
    # WordPress post_class() on the article: its tags and categories are no widgets (the
    # taxonomy search runs only on strings holding "tag-", "cat" or "topic-").
    from cleanarticle.rules.vocab import concept_of

    assert concept_of("post type-post tag-cookies category-advertising") is None
    assert concept_of("post post_tag-share cat-newsletter topic-ads") is None
    assert concept_of("tag-cookies cookie-banner") == "cookie"
    assert concept_of("catalog share-bar") == "share"


@pytest.mark.parametrize("depth", [1, 5, 400])
def test_text_lengths_worked_out_when_asked_are_the_whole_table(depth):
    # Widgets nested in widgets that each hold the page (all guarded): the lengths asked for
    # one by one, inside out and outside in, are those of the one-pass table.
    from cleanarticle.html.prune import TextLengths, text_lengths

    html = "".join(f'<div class="share-{k}"> x{k} <a href="#">l</a>' for k in range(depth))
    html = f"<p>{P1}</p>{html}<p> {P2} </p><!-- c -->tail{'</div> t ' * depth}"
    body = tree(html).find("body")
    table = text_lengths(body)
    elements = [el for el in body.iter() if isinstance(el.tag, str)]
    for order in (elements, elements[::-1]):
        lengths = TextLengths(body)
        assert [lengths[el] for el in order] == [table[el] for el in order]
    removals = DomPruner()(tree(html))
    assert len(removals) <= depth


@pytest.mark.parametrize("cls", ["pre-footer wp-block-template-part", "preFooter", "prefooter container"])
def test_the_band_above_the_footer_is_site_chrome(cls):
    # Themes put site-wide cards and trust boxes in a "pre-footer" band under every post.
    cards = "".join(f"<div class='card'><h3>Best gear of the year, part {i}</h3>"
                    f"<p>Our picks for the trail, tested by the team.</p></div>" for i in range(6))
    html = f"""<article><h1>Packing list</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>
    <div class="{cls}"><h2>Why trust us?</h2>{cards}</div>"""
    text, _ = _prune(html, guard_share=1.0)
    assert P1 in text and P3 in text
    assert "Why trust us" not in text and "Best gear" not in text


def test_a_small_footer_holding_a_heading_one_is_dropped():
    # Only a footer that swallowed the page is kept for its h1; a footer's own h1 is chrome.
    html = f"""<h1>Orchards brace for a late frost</h1><p>{P1}</p><p>{P2}</p>
    <footer><h1>Want to learn more?</h1><p>Call your local office.</p></footer>"""
    text, _ = _prune(html)
    assert P1 in text and "Want to learn more" not in text


def test_text_around_removed_junk_is_one_text_node_again():
    # A script, an icon or a button inside a sentence leaves the words before and after it;
    # once the junk goes they are one text again, for a query of text nodes as for itertext
    # (the pruner's text lengths read text nodes).
    from cleanarticle.html.prune import _TEXT_NODES, TextLengths, strip_junk, text_lengths

    html = f"""<p>Call <svg><path d="M0"/></svg> us <button>Copy</button> today</p>
    <div><script>var x = 1;</script> Opening hours <input type="text"> and
    <select><option>A</option></select><style>p {{}}</style> more <b>bold</b> end</div>
    <ul><li><span><button><svg></svg> Share</button> </span> after</li></ul>
    <p>{P1}<iframe src="x"></iframe>  {P2}</p>"""
    root = tree(html)
    body = root.find("body")
    strip_junk(root, body)
    assert body.find(".//script") is None and body.find(".//svg") is None
    for el in body.iter():
        assert _TEXT_NODES(el) == list(el.itertext())
    p = body.find("p")
    assert _TEXT_NODES(p) == ["Call  us  today"]
    table = text_lengths(body)
    lengths = TextLengths(body)
    assert [lengths[el] for el in body.iter()] == [table[el] for el in body.iter()]
