"""Small HTML trees for the DOM-stage tests, and the blocks the segmenter makes of them."""

from __future__ import annotations

import lxml.html

from cleanarticle.html.segment import segment

P1 = ("In a back room of the public library, between the tax forms and the returned audiobooks, "
      "stands an old oak card catalog. Its drawers no longer hold index cards. They hold seeds.")
P2 = ("Anyone with a library card can take up to ten packets of beans, squash or tomatoes each "
      "spring, free of charge, if they bring some seeds back in the fall.")
P3 = ("Seed libraries have spread to several hundred public libraries across the country, "
      "according to a directory kept by volunteers, and most of them are small.")
P4 = ("The returned seeds are not always what the label promises: squash cross-pollinate easily, "
      "and one borrower grew a pumpkin that looked like a zucchini.")


def tree(body_html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head><title>t</title></head><body>{body_html}</body></html>")


def blocks_of(root: lxml.html.HtmlElement):
    body = root.find("body")
    blocks, elements = segment(body)[:2]
    return body, blocks, elements


def by_id(root: lxml.html.HtmlElement, ident: str) -> lxml.html.HtmlElement:
    found = root.get_element_by_id(ident)
    assert found is not None
    return found
