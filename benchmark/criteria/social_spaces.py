"""Social criteria on the site's own conversation spaces: a blog, comments, a community."""

from __future__ import annotations

from benchmark.criteria.base import criterion
from benchmark.criteria.sections import worded_heading, worded_link
from benchmark.criteria.services import form_of_kind
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.gather.urls import host_of, matching_vendor, path_of, site_host, url_segments
from benchmark.lexicon import find, normalise, vendor_entries, words
from benchmark.model import Evidence, Outcome, Target
from benchmark.sites import same_site
from benchmark.social.platforms import classify


def hosted_blog(site: SiteView) -> Evidence | None:
    """A link to a blog on a blog platform (medium.com/@acme, acme.over-blog.com), not to
    the platform's own home page ('Powered by WordPress.com')."""
    hosts = vendor_entries("blog")
    for page, link in site.links():
        href = link["href"]
        platform = matching_vendor(href, hosts)
        if platform is None:
            continue
        if path_of(href).strip("/") or site_host(host_of(href)) != platform:
            return Evidence(href, clean(f"link '{link.get('text', '')}' on {page['url']}"))
    return None


@criterion(id="blog", dimension="social", title="Has a blog", failure_title="No blog",
           measures="Whether the organisation runs a blog: a 'Blog' link or page address on "
                    "its site, a 'Blog' heading, or a blog on a blog platform (Medium, "
                    "Over-blog, Blogger...).",
           needs=("pages", "links", "headings"))
def blog(site: SiteView, target: Target) -> Outcome:
    key = "features.blog"
    evidence = worded_link(site, key) or hosted_blog(site) or worded_heading(site, key)
    return Outcome.boolean(evidence is not None, evidence or site.absent("blog link or heading"))


def named_space(site: SiteView) -> Evidence | None:
    """A link whose whole text, or a same-site URL part, names a forum or community space
    ('Forum', '/communaute/'); 'Forum de l'emploi 2026' is an event, not a forum."""
    names = {normalise(word) for word in words("features.community")}
    slugs = {normalise(slug) for slug in words("features.community", for_urls=True)}
    for page, link in site.links():
        href, text = link["href"], link.get("text", "")
        if classify(href).platform:  # 'Notre communauté' pointing to Facebook
            continue
        if normalise(text) in names or (
                same_site(href, site.home_url) and slugs & set(url_segments(href))):
            return Evidence(href, clean(f"link '{text}' on {page['url']}"))
    return None


def comment_link(site: SiteView) -> Evidence | None:
    """A link from an article list to an article's comments ('3 commentaires' or a bare
    count -> #comments, 'Leave a comment' -> #respond): comments are open even if the form
    is on another page."""
    anchors = set(words("features.comments.anchors"))
    for page, link in site.links():
        href, text = link["href"], link.get("text", "")
        if "#" not in href or not same_site(href, site.home_url):
            continue
        if href.rsplit("#", 1)[1].lower() in anchors or find("features.comments", text):
            return Evidence(href, clean(f"link '{text}' on {page['url']}"))
    return None


@criterion(id="community", dimension="social", title="Hosts comments or a community",
           failure_title="No comments or community space",
           measures="Whether visitors can take part on the site: a comment form or links to "
                    "the comments of articles, a comment service (Disqus...), a forum or "
                    "community space, or a community platform (Discourse, Discord...). The word "
                    "'forum' naming an event does not count.",
           needs=("pages", "forms", "links", "embeds"))
def community(site: SiteView, target: Target) -> Outcome:
    evidence = (form_of_kind(site, "comment") or comment_link(site) or site.vendor("community")
                or named_space(site))
    return Outcome.boolean(evidence is not None,
                           evidence or site.absent("comment form, forum or community link"))
