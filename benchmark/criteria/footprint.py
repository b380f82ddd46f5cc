"""Footprint criteria: presence, audience, activity and backlinks of the social accounts."""

from __future__ import annotations

from datetime import date
from typing import Any

from benchmark.criteria.base import criterion
from benchmark.criteria.scales import count_score, log_score, recency
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.model import Evidence, Outcome, Status, Target

PLATFORMS_FOR_FULL_SCORE = 4
AUDIENCE_LOW = 100  # followers scoring 0
AUDIENCE_HIGH = 1_000_000  # followers scoring 1 (log scale in between)
AUDIENCE_PASS = 1_000
ACTIVE_FULL_DAYS = 7  # newest post this recent: full score
ACTIVE_ZERO_DAYS = 365
ACTIVE_PASS_DAYS = 90
NO_ACCOUNTS = "no social accounts listed"
NEEDS = ("profiles",)


def accounts(site: SiteView, target: Target) -> list[dict[str, Any]]:
    """Accounts listed in the targets file, discovered on the site or supplied by hand."""
    return [p for p in site.profiles if p.get("platform") in target.accounts
            or p.get("origin") in ("discovered", "manual")]


def fetched_profiles(site: SiteView, target: Target) -> list[dict[str, Any]]:
    """Accounts whose page or API could be read."""
    return [p for p in accounts(site, target) if p.get("fetched")]


def named(profile: dict[str, Any]) -> str:
    """'x', or 'bluesky (discovered)' for an account found on the site, not listed."""
    return profile["platform"] + (" (discovered)" if profile.get("origin") == "discovered"
                                  else "")


def unread(site: SiteView, target: Target, field: str) -> str:
    """'; unknown: x (login_wall)' for the accounts that show no `field`, with why."""
    missing = [f"{p['platform']} ({p.get('account_status') or 'not read'})"
               for p in accounts(site, target) if p.get(field) is None]
    missing += sorted(set(target.accounts) - {p.get("platform") for p in site.profiles})
    return f"; unknown: {', '.join(missing)}" if missing else ""


def not_listed(site: SiteView) -> Outcome:
    return Outcome(Status.UNKNOWN, "", None, Evidence(site.home_url, NO_ACCOUNTS))


@criterion(id="social-presence", dimension="footprint", title="Present on social media",
           failure_title="No social media presence", needs=NEEDS,
           measures=f"Number of platforms where the organisation's listed accounts could be "
                    f"opened. One passes; {PLATFORMS_FOR_FULL_SCORE} or more get the full score.")
def social_presence(site: SiteView, target: Target) -> Outcome:
    if not accounts(site, target) and not target.accounts:
        return Outcome(Status.FAIL, "0", 0.0, Evidence(site.home_url, NO_ACCOUNTS))
    fetched = fetched_profiles(site, target)
    platforms = sorted({p["platform"] for p in fetched})
    shown = sorted({named(p) for p in fetched})
    states = {p["platform"]: p.get("account_status") for p in accounts(site, target)}
    failed = [f"{name} ({states[name]})" if states.get(name) else name
              for name in sorted((set(target.accounts) | set(states)) - set(platforms))]
    snippet = f"opened: {', '.join(shown) or 'none'}"
    snippet += f"; could not open: {', '.join(failed)}" if failed else ""
    evidence = Evidence(fetched[0]["final_url"] if fetched else site.home_url, clean(snippet))
    return Outcome(Status.PASS if platforms else Status.FAIL, str(len(platforms)),
                   count_score(len(platforms), PLATFORMS_FOR_FULL_SCORE), evidence)


@criterion(id="social-audience", dimension="footprint", title="Large social audience",
           failure_title="Small social audience", needs=NEEDS,
           measures=f"Total followers (subscribers, fans) of the listed accounts, on a "
                    f"logarithmic scale from {AUDIENCE_LOW} (zero) to {AUDIENCE_HIGH:,} (full "
                    f"score); passes from {AUDIENCE_PASS:,}.")
def social_audience(site: SiteView, target: Target) -> Outcome:
    if not accounts(site, target) and not target.accounts:
        return not_listed(site)
    counted = [p for p in accounts(site, target) if isinstance(p.get("followers"), int)]
    if not counted:
        return Outcome(Status.UNKNOWN, "", None, Evidence(site.home_url, clean(
            "no follower count found on the profile pages" + unread(site, target, "followers"))))
    total = sum(p["followers"] for p in counted)
    parts = ", ".join(f"{named(p)} {p['followers']:,}" for p in counted)
    snippet = parts + unread(site, target, "followers")
    return Outcome(Status.PASS if total >= AUDIENCE_PASS else Status.FAIL, str(total),
                   log_score(total, AUDIENCE_LOW, AUDIENCE_HIGH),
                   Evidence(counted[0]["final_url"], clean(snippet)))


@criterion(id="social-activity", dimension="footprint", title="Active on social media",
           failure_title="Inactive on social media", needs=NEEDS,
           measures=f"Date of the newest post across the listed accounts. Full score within "
                    f"{ACTIVE_FULL_DAYS} days, zero after {ACTIVE_ZERO_DAYS} days; passes within "
                    f"{ACTIVE_PASS_DAYS} days.")
def social_activity(site: SiteView, target: Target) -> Outcome:
    if not accounts(site, target) and not target.accounts:
        return not_listed(site)
    dated = [(date.fromisoformat(p["last_post"]), p) for p in fetched_profiles(site, target)
             if p.get("last_post")]
    if not dated:
        return Outcome(Status.UNKNOWN, "", None, Evidence(site.home_url, clean(
            "no dated post found on the profile pages" + unread(site, target, "last_post"))))
    newest, profile = max(dated, key=lambda item: item[0])
    active = recency(newest, site.crawl_date, full_within=ACTIVE_FULL_DAYS,
                     zero_at=ACTIVE_ZERO_DAYS, pass_within=ACTIVE_PASS_DAYS)
    posts = sum(p.get("posts_90d") or 0 for _, p in dated)
    snippet = f"{named(profile)}: {active.age_days} days old; {posts} posts in 90 days"
    others = [f"{named(p)} {day.isoformat()}" for day, p in dated if p is not profile]
    snippet += f" (also {', '.join(others)})" if others else ""
    return Outcome(active.status, newest.isoformat(), active.score,
                   Evidence(profile["final_url"], clean(snippet)))


@criterion(id="social-backlinks", dimension="footprint", title="Accounts link to the site",
           failure_title="Accounts do not link to the site", needs=NEEDS,
           measures="Whether every listed account that could be opened links back to the "
                    "organisation's website (in its bio or links).")
def social_backlinks(site: SiteView, target: Target) -> Outcome:
    if not accounts(site, target) and not target.accounts:
        return not_listed(site)
    fetched = [p for p in fetched_profiles(site, target) if p.get("links_back") is not None]
    if not fetched:
        return Outcome(Status.UNKNOWN, "", None,
                       Evidence(site.home_url, "no listed account could be opened"))
    missing = [p for p in fetched if not p.get("links_back")]
    if missing:
        names = ", ".join(named(p) for p in missing)
        return Outcome.boolean(False, Evidence(missing[0]["final_url"],
                                               clean(f"no link back from: {names}")))
    first = fetched[0]
    snippet = f"all link back: {first['evidence']['links_back']}"
    return Outcome.boolean(True, Evidence(first["final_url"], clean(snippet)))
