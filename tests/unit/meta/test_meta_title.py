"""Title reconciliation: head titles against the visible headline, site names stripped."""

import lxml.html

from cleanarticle.meta import extract_html_metadata
from cleanarticle.meta.title import choose_title, clean_title, split_pieces, strip_site


def test_site_suffix_is_stripped_when_the_h1_agrees():
    title, _ = choose_title(["Rain expected all week | Daily Planet"],
                            ["Rain expected all week"], ["Daily Planet"])
    assert title == "Rain expected all week"


def test_site_prefix_is_stripped():
    title, _ = choose_title(["Daily Planet – Rain expected all week"], [], ["Daily Planet"])
    assert title == "Rain expected all week"


def test_short_tail_pieces_are_dropped_without_a_known_site_name():
    assert strip_site("How to repair a bicycle chain at home - Fix It Blog", set()) == \
        "How to repair a bicycle chain at home"


def test_h1_that_is_the_site_logo_is_not_the_title():
    title, _ = choose_title(["Rain expected all week – Daily Planet"],
                            ["Daily Planet", "Rain expected all week"], ["Daily Planet"])
    assert title == "Rain expected all week"
    title, _ = choose_title(["Rain expected all week – Daily Planet"], ["Daily Planet"],
                            ["dailyplanet.com", "dailyplanet"])
    assert title == "Rain expected all week"


def test_visible_headline_spelling_wins_over_head_title_punctuation():
    title, _ = choose_title(["Mobile design - the ultimate guide | Site"],
                            ["Mobile design: the ultimate guide"], ["Site"])
    assert title == "Mobile design: the ultimate guide"


def test_kicker_before_the_headline_is_dropped():
    title, _ = choose_title(["Markets rally after the rate decision"],
                            ["Economy: Markets rally after the rate decision"], [])
    assert title == "Markets rally after the rate decision"


def test_lone_h1_wins_over_a_different_seo_title():
    title, _ = choose_title(["Best 10 Widgets 2025 – Top Picks | Shop"],
                            ["Ten widgets we tested this spring"], ["Shop"])
    assert title == "Ten widgets we tested this spring"


def test_no_candidates_give_no_title():
    assert choose_title([], [], []) == (None, None)


def test_clean_title_removes_marks():
    assert clean_title("  Working with forms¶ ") == "Working with forms"
    assert clean_title("## Heading text") == "Heading text"
    assert clean_title("Full &#038; Part Time") == "Full & Part Time"  # escaped twice by the site


def test_headline_cut_short_gives_way_to_the_full_one():
    full = "How we rebuilt the old mill (and what the river taught us about patience)"
    cut = "How we rebuilt the old mill (and what the river taught us about"
    title, _ = choose_title([cut, full + " | Mill Blog"], [full], ["Mill Blog"])
    assert title == full
    title, _ = choose_title(["Ferries resume after the storm, harbour...",
                             "Ferries resume after the storm, harbour master says"], [], [])
    assert title == "Ferries resume after the storm, harbour master says"


def test_a_title_that_only_looks_cut_is_kept():
    # nothing longer goes on past it
    title, _ = choose_title(["Wait for it..."], [], [])
    assert title == "Wait for it..."
    # "..." against "…" adds no letters
    title, _ = choose_title(["All things in their time...", "All things in their time…"], [], [])
    assert title == "All things in their time..."


def test_question_naming_the_site_is_not_a_site_name():
    title, _ = choose_title(["What is Tauri?", "What is Tauri? | Tauri"], ["What is Tauri?"],
                            ["Tauri", "tauri"])
    assert title == "What is Tauri?"
    assert strip_site("Tauri Blog | Release notes for version 2", {"tauri"}) == \
        "Release notes for version 2"


def test_description_in_the_h1_is_not_a_lone_headline():
    desc = ("Learn which garden tools are worth buying and which ones you can skip, with tips "
            "from gardeners on how to care for them so that they last for many seasons in any "
            "weather.")
    title, _ = choose_title(["The 12 Garden Tools Worth Buying | Garden Blog"], [desc],
                            ["Garden Blog"])
    assert title == "The 12 Garden Tools Worth Buying"


def test_when_every_piece_names_the_site_the_exact_site_name_goes():
    assert strip_site("Ten Years of example.net — example.net", {"examplenet"}) == \
        "Ten Years of example.net"
    title, _ = choose_title(["The Harbour Times Blog - Harbour Times"], [], ["Harbour Times"])
    assert title == "The Harbour Times Blog"


def test_site_name_in_brackets_or_as_a_domain_in_front_is_stripped():
    keys = {"lwnnet", "millnotesorg", "millnotes"}
    assert strip_site("Welcome to LWN.net [LWN.net]", keys) == "Welcome to LWN.net"
    assert strip_site("Rebuilding the wheel (Mill Notes)", keys) == "Rebuilding the wheel"
    assert strip_site("millnotes.org Rebuilding the wheel", keys) == "Rebuilding the wheel"
    # a bracket that is not the site, and a domain followed by a separator, stay as they are
    assert strip_site("Rebuilding the wheel (part 2)", keys) == "Rebuilding the wheel (part 2)"
    assert strip_site("millnotes.org - Notes from the old mill", keys) == \
        "Notes from the old mill"


def test_slogan_h1_gives_way_to_agreeing_head_titles():
    # og:title and <title> agree; the lone h1 is a marketing line sharing no word with them
    title, source = choose_title(
        ["Cybersecurity Consulting Services", "Cybersecurity Consulting Services | Acme"],
        ["Elevate maturity and move from reactive to ready"], ["Acme"])
    assert (title, source) == ("Cybersecurity Consulting Services", "head")


def test_lone_h1_sharing_words_with_the_head_title_stays():
    title, _ = choose_title(["Best hubs of 2026 | Acme", "Best hubs of 2026 | Acme"],
                            ["The smart home hubs we tested"], ["Acme"])
    assert title == "The smart home hubs we tested"


def test_h1_that_a_head_title_adds_to_another_is_the_sites_name():
    title, source = choose_title(["The lean startup", "Lessons Learned: The lean startup"],
                                 ["Lessons Learned"], ["startuplessons.example"])
    assert (title, source) == ("The lean startup", "head")


def test_h1_headline_beside_a_head_title_that_is_the_site_name_stays():
    # og:title gives the site's name alone; the h1 is the headline the head title holds
    title, _ = choose_title(["Mowers Inc", "Which mower for which lawn? | Mowers Inc"],
                            ["Which mower for which lawn?"], ["Mowers Inc"])
    assert title == "Which mower for which lawn?"


def test_soft_hyphens_and_zero_width_spaces_are_not_part_of_the_title():
    # a narrow layout hyphenates the h1 with &shy;; the head title has none
    title, _ = choose_title(["Home Repair Assistance Program | City of Example"],
                            ["Home Repair Assis\u00adtance\u200b Program"], ["City of Example"])
    assert title == "Home Repair Assistance Program"


def test_front_page_keeps_the_site_name_in_front_of_what_it_offers():
    heads = ["Talkwell - Online Therapy With A Licensed Therapist"]
    slogan = ["You deserve to feel better"]
    title, source = choose_title(heads, slogan, ["Talkwell"], front_page=True)
    assert (title, source) == ("Talkwell - Online Therapy With A Licensed Therapist", "head")
    # an inner page of the same site: the name is a site piece, stripped
    title, _ = choose_title(heads, [], ["Talkwell"])
    assert title == "Online Therapy With A Licensed Therapist"


def test_front_page_named_home_keeps_the_site_name():
    title, _ = choose_title(["Home", "Home - Ohio Makers Collective"], ["Support Small, Buy Local"],
                            ["Ohio Makers Collective"], front_page=True)
    assert title == "Home - Ohio Makers Collective"


def test_front_page_tagline_before_the_site_name_is_still_stripped():
    title, _ = choose_title(["Build Enterprise-ready Workflows | Tablely"], [], ["Tablely"],
                            front_page=True)
    assert title == "Build Enterprise-ready Workflows"


def test_front_page_h1_that_repeats_the_tagline_is_the_title():
    title, source = choose_title(["Chatter - Group Chat That's All Fun & Games"],
                                 ["Group chat that's all fun & games"], ["Chatter"],
                                 front_page=True)
    assert (title, source) == ("Group chat that's all fun & games", "h1")


def test_dash_or_slash_between_numbers_is_no_separator():
    # a season range and a score are part of the headline, the spaced bar is not
    assert split_pieces("Events in Europe 2026 / 2027 | Confs")[0] == \
        ["Events in Europe 2026 / 2027", "Confs"]
    title, _ = choose_title(["Arsenal 2 - 1 Leeds: late winner settles it - Match Weekly"], [],
                            ["Match Weekly"])
    assert title == "Arsenal 2 - 1 Leeds: late winner settles it"
    # a dash between a number and a word still parts the pieces
    assert split_pieces("Top 10 - Our picks")[0] == ["Top 10", "Our picks"]


def test_page_whose_head_title_holds_a_year_range():
    # no h1: the listing's heading is a styled div
    page = lxml.html.fromstring(
        "<html><head><title>Tech conferences in Europe 2026 / 2027 | Confs</title>"
        "<meta property='og:site_name' content='Confs'></head><body>"
        "<header><a class='logo' href='/'>Confs</a></header>"
        "<main><div class='page-heading'>Tech conferences in Europe</div>"
        "<ul><li>Devoxx, Antwerp</li><li>JSConf, Berlin</li></ul></main></body></html>")
    assert extract_html_metadata(page, "https://confs.example/eu/tech").title == \
        "Tech conferences in Europe 2026 / 2027"


def test_piece_in_front_stays_when_another_head_title_shows_the_site_suffix():
    # a forum: og:title is the topic's title, <title> adds the category and the site
    heads = ["New to Birding – Best First Binoculars?",
             "New to Birding – Best First Binoculars? - Gear Talk - Birding"]
    title, _ = choose_title(heads, [], ["Birding", "forum.birding.example", "birding"])
    assert title == "New to Birding – Best First Binoculars?"
    # without the longer head title the piece that names the site in front is stripped
    title, _ = choose_title(heads[:1], [], ["Birding", "forum.birding.example", "birding"])
    assert title == "Best First Binoculars?"


def test_forum_topic_page_without_h1_keeps_its_whole_topic_title():
    page = lxml.html.fromstring(
        "<html><head><title>New to Birding – Best First Binoculars? - Gear Talk - Birding"
        "</title><meta property='og:title' content='New to Birding – Best First Binoculars?'>"
        "<meta property='og:site_name' content='Birding'></head><body>"
        "<div class='topic-title'><a href='/t/1555'>New to Birding – Best First Binoculars?"
        "</a></div><div class='post'><p>I am new and looking for a first pair.</p></div>"
        "</body></html>")
    md = extract_html_metadata(page, "https://forum.birding.example/t/new-to-birding/1555")
    assert md.title == "New to Birding – Best First Binoculars?"


def test_site_name_abbreviated_in_capitals_is_a_site_piece():
    keys = {"northernbikeworkscom", "northernbikeworks"}
    assert strip_site("Steel Touring Frames | NBW", keys) == "Steel Touring Frames"
    # capitals that are not the site's initials stay ("USB" is no abbreviation of it)
    assert strip_site("Steel Touring Frames | USB", keys) == "Steel Touring Frames | USB"
    title, _ = choose_title(["Steel Touring Frames | NBW"], [""],
                            ["northernbikeworks.com", "northernbikeworks"])
    assert title == "Steel Touring Frames"


def test_h1_that_repeats_the_title_bar_is_stripped_like_it():
    bar = "How to help toddlers sleep through the night | Patient Education | Valley Children's"
    title, _ = choose_title([bar], [bar], ["health.valley.example", "valley"])
    assert title == "How to help toddlers sleep through the night"
    # one bar, or dashes, in an h1 that the head title repeats: the headline as it stands
    one = "Best Movers in Austin 2025 | Top 12 Companies"
    assert choose_title([one], [one], ["movers.example"])[0] == one
    dashes = "Sazerac - the cocktail classic - a short history"
    assert choose_title([dashes], [dashes], ["bar.example"])[0] == dashes


def test_trademark_signs_only_the_h1_sets_are_left_out():
    title, _ = choose_title(["Trailstar - Carbon Frame Kit - Official Store"],
                            ["Trailstar™ - Carbon Frame Kit"], ["trailstar.example"])
    assert title == "Trailstar - Carbon Frame Kit"
    # when the head title keeps the sign too, the visible spelling stands
    title, _ = choose_title(["Trailstar® Carbon Frame Kit | Shop"], ["Trailstar® Carbon Frame Kit"],
                            ["Shop"])
    assert title == "Trailstar® Carbon Frame Kit"


def test_front_page_slogan_h1_gives_way_to_agreeing_head_titles():
    heads = ["Email & SMS Marketing Platform | Postbox", "Email & SMS Marketing Platform | Postbox"]
    slogan = ["Data-driven marketing without the complexity"]
    title, source = choose_title(heads, slogan, ["Postbox", "postbox.example"], front_page=True)
    assert (title, source) == ("Email & SMS Marketing Platform", "head")
    # on an inner page the same h1 is the headline (it shares a word with the head titles)
    title, _ = choose_title(heads, slogan, ["Postbox", "postbox.example"])
    assert title == slogan[0]
    # an h1 that words most of the head title stays the front page's title
    close = ["The AI-native API Platform"]
    title, _ = choose_title(["Postbox: The leading API Platform"] * 2, close,
                            ["Postbox", "postbox.example"], front_page=True)
    assert title == close[0]


def test_head_title_cut_inside_a_word_gives_way_to_the_full_h1():
    h1 = "How to set up a standing desk: monitor, keyboard and chair (checklist)"
    page = f"""<html><head>
      <title>How to set up a standing desk: monitor, keyboard and ch | Woodshop.example</title>
      </head><body><article><h1>{h1}</h1><p>Start with the chair.</p></article></body></html>"""
    md = extract_html_metadata(lxml.html.fromstring(page), "https://woodshop.example/blog/desk")
    assert md.title == h1
    # a head title cut at a word's end is the shorter of the two, as before
    title, _ = choose_title(["How to set up a standing desk: monitor, keyboard and chair | Shop"],
                            [h1], ["Shop"])
    assert title == "How to set up a standing desk: monitor, keyboard and chair"


def test_site_name_shortened_by_its_last_word_is_stripped():
    sites = ["Harbor Web Design Agency", "harborweb.example"]
    title, _ = choose_title(["Restaurant Website Projects | Harbor Web Design"] * 2,
                            ["Our work"], sites)
    assert title == "Restaurant Website Projects"
    # a two-word name is not shortened ("Wine" is no name of "Wine Folly")
    title, _ = choose_title(["Pairing Guide | Wine"], [], ["Wine Folly"])
    assert title == "Pairing Guide | Wine"


def test_one_h1_of_several_in_the_head_titles_words_is_the_headline():
    heads = ["A Beginner's Guide to Sourdough Starters 2025 | Crumb Kitchen"]
    h1s = ["A Beginner's Guide to Sourdough Starters in 2025", "Get our free baking course"]
    title, source = choose_title(heads, h1s, ["Crumb Kitchen"])
    assert (title, source) == (h1s[0], "h1")
    # an h1 that leaves out a word of the head title is no copy of it
    title, _ = choose_title(heads, ["Guide to Sourdough Starters", h1s[1]], ["Crumb Kitchen"])
    assert title == "A Beginner's Guide to Sourdough Starters 2025"
    # nor is one under a first h1 of other words (a banner's, a section's)
    title, _ = choose_title(heads, [h1s[1], h1s[0]], ["Crumb Kitchen"])
    assert title == "A Beginner's Guide to Sourdough Starters 2025"


def test_front_page_whose_h1_names_the_site_takes_the_site_named_head_title():
    sites = ["harborpaints.example", "harborpaints"]
    h1s = ["Harbor Paints Homepage", "Linen White Enamel, 2.5 l"]
    title, source = choose_title(["Harbor Paints Supply"], h1s, sites, front_page=True)
    assert (title, source) == ("Harbor Paints Supply", "head")
    # off the front page the product's h1 is the headline, as before
    title, _ = choose_title(["Harbor Paints Supply"], h1s, sites)
    assert title == h1s[1]
