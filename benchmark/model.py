"""Core value types shared by every stage: targets, statuses, evidence, outcomes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

KINDS = ("company", "listed-company", "ngo", "institution", "person")
# What a target with a `parent` is to it: its people (ceo ... executive), or a relay
# (a supporters' blog, an unofficial group, a local chapter).
ROLES = ("ceo", "chair", "dircom", "spokesperson", "executive", "relay")
DIMENSIONS = ("content", "social", "services", "tech", "footprint")

# Platform names as DESIGN.md spells them; `x` is Twitter/X.
PLATFORMS = (
    "facebook", "x", "linkedin", "youtube", "instagram", "tiktok", "pinterest", "vimeo",
    "dailymotion", "flickr", "mastodon", "bluesky", "threads", "viadeo", "xing",
    "googleplus", "vk", "weibo", "github", "whatsapp", "telegram", "snapchat",
)


class Status(StrEnum):
    """Verdict of one criterion on one target."""

    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"
    UNKNOWN = "unknown"
    ERROR = "error"


class CrawlStatus(StrEnum):
    """Outcome of crawling one target."""

    OK = "ok"
    PARTIAL = "partial"
    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    ERROR = "error"
    DISALLOWED = "disallowed"  # robots.txt forbids the home page


# The website could not be judged at all: its criteria are `unknown`, it is not ranked.
FAILED_CRAWLS = frozenset({CrawlStatus.UNREACHABLE, CrawlStatus.TIMEOUT, CrawlStatus.ERROR,
                           CrawlStatus.DISALLOWED})


@dataclass(frozen=True)
class Target:
    """One organisation or person to audit, as validated from the targets file."""

    id: str
    name: str
    kind: str
    website: str
    sector: str = ""
    country: str = ""
    accounts: dict[str, str] = field(default_factory=dict)  # platform -> profile URL
    row: int = 0  # line number in the CSV file (row in the xlsx sheet), for messages
    parent: str = ""  # id of the organisation this person or relay belongs to
    role: str = ""  # one of ROLES, or empty

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Target:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Evidence:
    """Where a verdict comes from: a URL and a short snippet or selector."""

    url: str = ""
    snippet: str = ""


@dataclass(frozen=True)
class Outcome:
    """What a criterion returns: status, raw value, score in [0, 1] or None, evidence."""

    status: Status
    value: str = ""
    score: float | None = None
    evidence: Evidence = Evidence()

    @classmethod
    def boolean(cls, found: bool, evidence: Evidence = Evidence(), *,
                good_when_found: bool = True) -> Outcome:
        """A true/false criterion: value `true`/`false`, pass when the finding is good."""
        good = found if good_when_found else not found
        return cls(Status.PASS if good else Status.FAIL, "true" if found else "false",
                   1.0 if good else 0.0, evidence)
