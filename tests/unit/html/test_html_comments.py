"""Reader comments: kept apart from the text as (author, date, text), one per commenter."""

from __future__ import annotations

from pathlib import Path

import cleanarticle

FIXTURE = Path(__file__).parents[2] / "fixtures" / "blog-comments" / "source.html"


def test_comments_come_apart_with_author_date_and_text():
    article = cleanarticle.clean(FIXTURE.read_bytes(), comments=True)
    assert [(c.author, c.date) for c in article.comments] == [
        ("Dev Patel", "2024-08-07"), ("Margaret Hale", "2024-08-07"), ("Sam O’Neill", "2024-08-09")]
    first, reply, last = article.comments
    # a reply is a comment of its own, not part of the one it answers
    assert first.text == ("Same here with my Sungolds. I had never linked it to the watering, "
                          "thank you for explaining it so clearly.")
    assert reply.text.startswith("Sungolds are the worst for it")
    assert last.text == ("Do you pinch out the side shoots on the cherry types too? Mine are a "
                         "jungle.\n\nAnd what do you mulch with in a wet year?")
    for comment in article.comments:
        assert "Reply" not in comment.text and "says" not in comment.text
        assert comment.text.split("\n\n")[0] not in article.text  # never mixed into the text
    assert article.to_dict()["comments"][0] == {"author": "Dev Patel", "date": "2024-08-07",
                                                "text": first.text}


def test_comments_only_when_asked_and_the_text_is_the_same():
    plain = cleanarticle.clean(FIXTURE.read_bytes())
    assert plain.comments == []
    assert cleanarticle.clean(FIXTURE.read_bytes(), comments=True).text == plain.text


def test_the_comment_form_is_no_comment():
    article = cleanarticle.clean(FIXTURE.read_bytes(), comments=True)
    assert all(c.author != "Name *" for c in article.comments)


def _thread(n: int, wrapper: str) -> str:
    posts = "".join(
        f"<div class='comment'><span class='comment-author'>user{i}</span>"
        f"<div class='comment-text'><p>Post number {i} in the thread: I tried the fix from the "
        f"first answer and it worked on my machine after a restart, thanks to everyone.</p></div></div>"
        for i in range(n))
    return f"<html><body><h1>Printer offline after update</h1>{wrapper.format(posts)}</body></html>"


def test_a_thread_that_is_the_content_is_not_reported_apart():
    article = cleanarticle.clean(_thread(8, "<div class='comments'>{}</div>"), comments=True)
    assert "Post number 3 in the thread" in article.text
    assert article.comments == []


def test_comments_the_pruner_drops_whole_are_found_too():
    body = "<p>" + ("The new timetable starts in June and adds two evening trains on weekdays. " * 6) + "</p>"
    page = ("<html><body><article>" + body + "</article><aside><div class='comments'>"
            "<div class='comment'><span class='comment-author'>Rita</span><time datetime='2024-06-02'>"
            "2 June</time><p>Finally, a late train home!</p></div></div></aside></body></html>")
    article = cleanarticle.clean(page, comments=True)
    assert [(c.author, c.date, c.text) for c in article.comments] == [
        ("Rita", "2024-06-02", "Finally, a late train home!")]
    assert "late train home" not in article.text


def test_a_recent_comments_widget_lists_no_comments_of_this_page():
    body = "<p>" + ("The new timetable starts in June and adds two evening trains on weekdays. " * 6) + "</p>"
    page = ("<html><body><article>" + body + "</article><aside class='widget widget_recent_comments'>"
            "<ul id='recentcomments'><li class='recentcomments'><span class='comment-author-link'>"
            "Tim</span> on <a href='/other/'>Another post</a></li></ul></aside></body></html>")
    assert cleanarticle.clean(page, comments=True).comments == []


def test_an_author_marker_holding_a_bio_is_no_name():
    bio = "Ines writes about bread and has baked in three countries over twenty years. " * 2
    page = ("<html><body><article><p>" + "Plain words of the article body go on here. " * 8
            + "</p></article><div class='comments'><div class='comment'><div class='author-bio'>"
            + bio + "</div><p>Nice post!</p></div></div></body></html>")
    assert all(c.author is None or len(c.author) <= 80 for c in cleanarticle.clean(page, comments=True).comments)
