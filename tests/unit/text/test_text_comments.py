"""Reader comments in a text dump: a thread of signed, dated comments with reply controls after
the article goes; posts that come first (a forum) and a story's own byline stay."""

import cleanarticle

ARTICLE = [
    "Why we stopped tilling the vegetable beds",
    "By Jill Morgan",
    "March 11, 2019",
    "For twenty years we turned the soil every spring, because that is what my father did and "
    "what every gardening book on our shelf told us to do before the first seeds went in.",
    "Three summers ago a wet April kept the tiller in the shed, and the beds we never dug gave "
    "us the best tomatoes we had grown, with fewer weeds and soil that held its water in July.",
    "So we tried it on purpose: a thick layer of compost in the autumn, straw over the winter, "
    "and nothing more than a hand fork to open a row where the onions and the garlic would go.",
    "The worms did the digging for us. By the second year the soil was dark and crumbly a foot "
    "down, and the clay at the bottom of the slope no longer cracked in the August heat at all.",
    "It is not for every garden, and a new bed on lawn still needs one good dig to begin with, "
    "but if your back aches every spring it is worth giving one bed a season without the tiller.",
    "We kept notes all three years: the dates we sowed, the first and the last picking, how "
    "often we watered and how many hours of weeding each bed took us from May to September.",
    "The untilled beds needed less water every single year, and by the third summer we spent "
    "about half the time weeding them that we spent on the two beds we still turned in spring.",
    "Our neighbour, who has farmed the valley for forty years, laughed at the straw the first "
    "winter. Last autumn he asked for two bales of it and a load of our compost for his garden.",
    "If you try it, start small, keep the soil covered all year round, and give the worms the "
    "time they need: the first season is the hardest, and the beds get better every year after.",
]
COMMENTS = [
    "3 Comments",
    "Sharon says",
    "July 14, 2015 at 3:53 pm",
    "We did the same with our potatoes last year and the harvest was twice what we usually get.",
    "Reply",
    "Tom Becker says",
    "July 17, 2015 at 8:28 am",
    "Does the straw not bring slugs? Ours were eaten to the ground in a week when we tried it.",
    "Reply",
    "Amy says",
    "November 24, 2016 at 4:32 pm",
    "Mine too, the cabbage and the cauliflower were enormous after a winter under the straw.",
    "Reply",
]
FOOTER = ["About", "Contact", "Privacy Policy", "© 2024 The Back Forty"]


def _clean(lines):
    return cleanarticle.clean("\n".join(lines), kind="text")


def test_a_comment_thread_after_the_article_goes():
    text = _clean([*ARTICLE, *COMMENTS, *FOOTER]).text
    assert "The worms did the digging" in text and "giving one bed a season" in text
    for line in ("3 Comments", "Sharon says", "twice what we usually get", "bring slugs",
                 "cauliflower were enormous"):
        assert line not in text


def test_one_dated_reply_is_no_thread():
    # (without the "3 Comments" count above it: a comment count is a page notice of its own)
    lines = [*ARTICLE, *COMMENTS[1:5], *FOOTER]
    assert "twice what we usually get" in _clean(lines).text


def test_posts_that_come_first_are_the_content():
    # a thread with no article above it: the posts are what the page is
    longer = ("We did the same with our potatoes last year and the harvest was twice what we "
              "usually get, from the same seed potatoes and the same beds as every year before it.")
    posts = [longer if line.startswith("We did") else line for line in COMMENTS[1:]]
    text = _clean(["Gardening forum", *posts, *FOOTER]).text
    assert "twice what we usually get" in text


def test_heads_with_name_and_date_on_one_line_count_too():
    comments = ["2 comments:",
                "Amy September 11, 2008 at 2:06 PM",
                "Very useful perspective for a first-time gardener with heavy clay and little time.",
                "Reply",
                "Raj Patel September 12, 2008 at 9:15 AM",
                "We stopped tilling too and the weeds came back less every year since, thank you.",
                "Reply"]
    text = _clean([*ARTICLE, *comments, *FOOTER]).text
    assert "giving one bed a season" in text
    assert "first-time gardener" not in text and "weeds came back" not in text


BARE = ["4 Comments", "Oldest", "Newest Most Voted",
        "MK", "1 year ago", "So incredibly helpful, we moved the sofa the same evening.", "10",
        "Sara", "1 year ago", "Can we have a follow-up post with pictures of the beds in June?", "47",
        "Melissa", "1 year ago", "Reply to Sara", "Yes, I would love to see how the straw held up!", "9",
        "JRS", "1 year ago", "Our clay needed two winters of compost before it would crumble.", "23"]


def test_a_thread_without_reply_controls_goes_on_an_article():
    article = [*ARTICLE[:3], "Gardening · Soil · 6 min read", *ARTICLE[3:]]
    page = _clean([*article, *BARE, *FOOTER])
    assert page.page_type == "article", page.page_type_evidence
    assert "giving one bed a season" in page.text
    assert "incredibly helpful" not in page.text and "two winters of compost" not in page.text


SAYS = ["Jenny says", "Great projects, I will be featuring this at our Monday link party tonight!",
        "Agnes says", "We just moved into a new home and the drill organizer is exactly what we need.",
        "Tom Becker says", "Does the straw not bring slugs? Ours were eaten to the ground in a week.",
        "Norberto says", "Have you ever thought about writing an ebook on these garden projects?"]


def test_a_thread_of_says_heads_whose_dates_the_dump_lost_goes_on_an_article():
    article = [*ARTICLE[:3], "Gardening · Soil · 6 min read", *ARTICLE[3:]]
    page = _clean([*article, "4 Comments", *SAYS, *FOOTER])
    assert page.page_type == "article", page.page_type_evidence
    assert "giving one bed a season" in page.text
    assert "link party" not in page.text and "writing an ebook" not in page.text


def test_a_story_quoting_someone_who_says_keeps_the_quote():
    quoted = [*ARTICLE[:5], "Our neighbour says", "the straw is the best thing we ever did.",
              *ARTICLE[5:]]
    text = _clean([*quoted, *FOOTER]).text
    assert "the straw is the best thing we ever did" in text


REPUBLISH = [
    "Republish This Story",
    "We are happy for our stories to be shared, and we encourage you to republish our articles "
    "for your audience, online or in print, under our Creative Commons license.",
    "Please credit us and our writers, and include a link back to the article on our site at "
    "the top of every story you republish from us.",
    "Articles must be republished in their entirety. It is fine to change references to time, "
    "such as today to yesterday, or to the location of the events.",
    "You have no rights to sell, license or syndicate our material, or to represent yourself "
    "as its authorised owner to any third parties at all.",
]
FORM = ["Your email address will not be published.", "Comment *", "Name *", "Email *", "Website",
        "Post Comment"]


def test_the_comment_section_ends_an_article_however_much_prose_follows():
    # A republishing modal's guidelines, written out after the comment form, outweigh the
    # form's short lines: the span alone would run on through them.
    for opener in ("Leave a Reply Cancel reply", "1 Comment", "Kommentar schreiben", "Comments",
                   "3 thoughts on “No-till vegetable beds”"):
        page = _clean([*ARTICLE, opener, *FORM, *REPUBLISH, *FOOTER])
        assert page.page_type == "article", page.page_type_evidence
        assert "giving one bed a season" in page.text and "the beds get better" in page.text
        assert "republish" not in page.text.lower(), opener


def test_a_comment_count_under_the_headline_does_not_end_the_article():
    page = _clean([*ARTICLE[:3], "12 Comments", *ARTICLE[3:], *FOOTER])
    assert "the beds get better every year after" in page.text


def test_on_a_forum_the_posts_after_a_comment_count_stay():
    # (five posts: an article's worth of prose above the count)
    posts = [f"Post {k}: {ARTICLE[3 + k % 5]} {ARTICLE[4 + k % 5]}" for k in range(8)]
    lines = ["Forum › Gardening › Soil", "No-till beds: who has tried it?", *posts[:5],
             "2 Comments", *posts[5:], *FOOTER]
    page = cleanarticle.clean("\n".join(lines), kind="text",
                              url="https://forum.example.org/t/no-till-beds/1234")
    assert page.page_type == "forum", page.page_type_evidence
    assert posts[6] in page.text


def test_the_comment_heading_that_repeats_the_headline_is_not_the_headline():
    # WordPress heads its thread "3 thoughts on “<headline>”": the byline and date stand under
    # the page's headline, not under that heading.
    heading = f"3 thoughts on “{ARTICLE[0]}”"
    page = _clean([*ARTICLE, heading, *COMMENTS[1:], *FOOTER])
    assert page.author == "Jill Morgan" and page.date == "2019-03-11"
    assert "twice what we usually get" not in page.text


SHORT_POST = [
    "Home", "About", "Recipes", "Garden", "Contact",
    "A rhubarb cordial for the first warm evenings",
    "May 2, 2021",
    "Every May the rhubarb at the back of the garden grows faster than we can eat it, so this "
    "year I boiled the thinner stalks with sugar and lemon peel and bottled the syrup for later.",
    "Strain it through a clean tea towel, keep it in the fridge, and mix one part of it with "
    "four of cold sparkling water: it turns a pale pink and tastes of the first days of summer.",
    "Share this:", "Facebook", "Pinterest",
]
LONG_THREAD = ["Comments"]
for _name, _day in (("Sharon", 3), ("Tom Becker", 4), ("Amy", 6), ("Paul", 9), ("Rita", 12)):
    LONG_THREAD += [
        f"{_name} says",
        f"May {_day}, 2021 at 3:53 pm",
        f"{_name} here: we made a batch of this the same afternoon with the stalks from our own "
        "allotment, added a thumb of ginger to the pot and a few strawberries at the end, and the "
        "children drank the whole bottle before the weekend was over, so a double batch is next.",
        "I had never thought of keeping the peel in the syrup overnight, it gives it a much "
        "brighter taste than the recipe my grandmother used, which was only sugar and water.",
        "Reply",
    ]


def test_a_short_post_under_a_long_thread_is_the_article():
    # the thread holds more prose than the post: the span found there is sought again above it
    text = _clean([*SHORT_POST, *LONG_THREAD, *FOOTER]).text
    assert "boiled the thinner stalks" in text and "four of cold sparkling water" in text
    assert "thumb of ginger" not in text and "Sharon says" not in text


def test_a_thread_without_its_section_heading_keeps_its_span():
    # no "Comments" heading over the heads (a forum's posts): the page's span stands
    text = _clean([*SHORT_POST, *LONG_THREAD[1:], *FOOTER]).text
    assert "thumb of ginger" in text
