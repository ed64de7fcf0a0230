"""Site boilerplate learned across pages: what repeats on a site's pages is not its articles.

    from cleanarticle.site import SiteProfile, SiteProfiles
    profile = SiteProfile.learn(pages_of_the_site, host="example.com")
    article = cleanarticle.clean(page, url, site=profile)

    profiles = SiteProfiles.learn((page, url) for page, url in crawl)   # one per host
    profiles.save("profiles/"); profiles = SiteProfiles.load("profiles/")
    article = cleanarticle.clean(page, url, site=profiles)

See ``fingerprint`` (what is counted), ``sample`` (bounded, order-independent sampling),
``profile`` (the values and their files) and ``cleanarticle.filters.site`` (what is dropped).
"""

from .fingerprint import folder_site, page_site, url_host
from .profile import ProfileError, SiteProfile, SiteProfiles
from .sample import MAX_PAGES, MIN_PAGES, PageSample, SiteSampler, sample_page

__all__ = [
    "MAX_PAGES",
    "MIN_PAGES",
    "PageSample",
    "ProfileError",
    "SiteProfile",
    "SiteProfiles",
    "SiteSampler",
    "folder_site",
    "page_site",
    "sample_page",
    "url_host",
]
