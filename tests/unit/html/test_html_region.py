"""choose_region: the container of the article, whole when it is split over sibling containers,
without the sidebar, header or rails next to it."""

from trees import P1, P2, P3, P4, blocks_of, by_id, tree

from cleanarticle.html.region import choose_region, region_prose, within_container
from cleanarticle.rules.prose import prose_chars

SIDEBAR = """
<div id="sidebar" class="widget-area">
  <h2>Most Popular</h2>
  <ul><li><a href="/1">County Budget Vote Delayed After a Tie on the Board</a> <span>Jan. 17, 2024</span></li>
      <li><a href="/2">The Old Mill Bridge Will Close for Six Months</a> <span>Jan. 16, 2024</span></li>
      <li><a href="/3">A Diner That Serves Breakfast Until Midnight</a> <span>Jan. 16, 2024</span></li>
      <li><a href="/4">Orchards Brace for a Late Frost as Temperatures Drop</a> <span>Jan. 15, 2024</span></li>
  </ul>
  <p>The Valley Ledger is an independent newsroom covering the towns of the upper valley since 1921.
  We are funded by readers and answer to no owner but them.</p>
</div>"""
HEADER = """<div id="top"><a href="/">The Valley Ledger</a> <a href="/local">Local</a>
<a href="/food">Food</a></div>"""


def _region(html: str, hint: str | None = None):
    root = tree(html)
    body, blocks, elements = blocks_of(root)
    return root, choose_region(blocks, elements, body, hint)


def _texts_under(el) -> str:
    return " ".join(el.text_content().split())


def test_split_article_comes_out_whole_and_the_sidebar_stays_out():
    html = f"""{HEADER}
    <div id="layout">
      <div id="story">
        <div class="part" id="part1"><p>{P1}</p><p>{P2}</p></div>
        <div class="ad-slot"><p>Advertisement</p></div>
        <div class="part" id="part2"><p>{P3}</p><p>{P4}</p></div>
      </div>
      {SIDEBAR}
    </div>"""
    root, region = _region(html)
    assert region is by_id(root, "story")
    text = _texts_under(region)
    assert all(p in text for p in (P1, P2, P3, P4))
    assert "Most Popular" not in text and "independent newsroom" not in text


def test_article_element_is_preferred_over_its_page_wrapper():
    html = f"""{HEADER}<div id="page"><article id="post"><h1>Seeds</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>
    </article>{SIDEBAR}</div>"""
    root, region = _region(html)
    assert region is by_id(root, "post")


def test_link_list_next_to_a_short_article_does_not_win():
    links = "".join(f'<li><a href="/{i}">Headline number {i} about the valley and its towns</a></li>'
                    for i in range(20))
    html = f"""<div id="rail"><ul>{links}</ul></div><div id="story"><p>{P1}</p><p>{P2}</p></div>"""
    root, region = _region(html)
    assert region is by_id(root, "story")


def test_page_without_prose_gives_the_body():
    root, region = _region(HEADER + SIDEBAR.replace("<p>The Valley", "<p><a href='/about'>The Valley")
                           .replace("them.</p>", "them.</a></p>"))
    assert region is root.find("body")


def test_prose_chars_counts_only_prose():
    _, blocks, _ = blocks_of(tree(f"<p>{P1}</p><ul><li><a href='/x'>{P2}</a></li></ul><p>Short.</p>"))
    assert prose_chars(blocks) == len(P1)


def test_an_article_is_narrowed_to_its_own_container_holding_its_prose():
    html = f"""{HEADER}<div id="wrap"><article id="post"><h1>Seeds</h1><p>{P1}</p><p>{P2}</p>
    </article><section id="quotes"><p>{P3}</p><p>{P4}</p></section></div>"""
    root = tree(html)
    body, blocks, elements = blocks_of(root)
    wrap = by_id(root, "wrap")
    assert within_container(blocks, elements, wrap, by_id(root, "post"),
                            region_prose(blocks, elements, wrap)) is by_id(root, "post")


def test_a_header_only_article_container_leaves_the_region_whole():
    # <article> holding the headline and the lead; the body stands beside it
    html = f"""{HEADER}<div id="wrap"><article id="head"><h1>Seeds</h1><p>Short lead.</p></article>
    <div id="text"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>"""
    root = tree(html)
    body, blocks, elements = blocks_of(root)
    wrap = by_id(root, "wrap")
    assert within_container(blocks, elements, wrap, by_id(root, "head"),
                            region_prose(blocks, elements, wrap)) is wrap
    # and a container outside the region is no narrowing either
    assert within_container(blocks, elements, by_id(root, "text"), by_id(root, "head"),
                            region_prose(blocks, elements, by_id(root, "text"))) \
        is by_id(root, "text")
