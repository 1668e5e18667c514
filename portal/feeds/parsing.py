"""Turn downloaded feed bytes into clean, bounded, NFC-normalized items.

Why the care: feed content is written by strangers and shown on school sites. Titles become plain text,
summaries are re-sanitized with nh3 (feedparser's own sanitizer is not the last word), links must be
absolute http(s), and XML entity tricks are refused before any XML parser sees the document.

``feedparser.parse`` is always given a file object, never the bytes themselves: for a ``bytes`` argument
feedparser first tries ``open(argument)``, so a hostile feed whose whole body is ``/etc/passwd`` (or any
readable path) would be parsed from the local disk instead (checked in feedparser 6.0 ``_open_resource``).
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import feedparser
import nh3

MAX_ENTRIES = 200
TITLE_MAX_CHARS = 500
AUTHOR_MAX_CHARS = 200
GUID_MAX_CHARS = 500
URL_MAX_CHARS = 2000
SUMMARY_MAX_INPUT_CHARS = 50_000

# No <img>: a remote image in a summary would make every visitor's browser call a stranger's server
# (tracking, mixed content on https) and is refused by the pages' CSP anyway. Images become links.
ALLOWED_TAGS = frozenset({"p", "br", "a", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote"})
# "*": set() switches off ammonia's default generic attributes (lang, title on every tag).
ALLOWED_ATTRIBUTES = {"*": set(), "a": {"href", "title"}}
IMAGE_LINK_LABEL = "Ảnh"
_IMG_TAG = re.compile(r"<img\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'([a-z]+)="([^"]*)"')
LINK_REL = "noopener noreferrer nofollow"

MESSAGES = {
    "empty": "Nguồn tin không có nội dung.",
    "xml_entities": "Nguồn tin chứa khai báo thực thể XML (ENTITY) nên bị từ chối để đảm bảo an toàn.",
    "malformed": "Nguồn tin không đúng định dạng RSS/Atom, không đọc được tin nào.",
    "not_a_feed": "Địa chỉ này không phải là nguồn tin RSS/Atom.",
}
WARNING_BOZO = "Nguồn tin có lỗi định dạng nhưng vẫn đọc được {count} tin."
WARNING_TRUNCATED = "Nguồn tin có hơn {limit} tin, chỉ lấy {limit} tin đầu tiên."
# Bozo reasons about the HTTP label, not the document (e.g. "text/xml" without charset, which feedparser
# reads as us-ascii per RFC 3023 and then decodes correctly): common on real sites, not worth a warning.
_LABEL_ONLY_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


@dataclass(frozen=True)
class FeedItem:
    guid: str
    title: str
    link: str
    summary_html: str
    published: datetime | None
    author: str


@dataclass(frozen=True)
class ParseResult:
    """``status`` is "ok" or "error"; on error keep the last good items (docs/architecture.md, Search and feeds)."""

    status: str
    items: tuple[FeedItem, ...] = ()
    feed_title: str = ""
    feed_link: str = ""
    warning: str | None = None
    error: str | None = None
    error_code: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def declares_entities(content: bytes) -> bool:
    """True if the document contains ``<!ENTITY`` in any encoding feedparser would accept.

    Why not only a bytes search: UTF-16/32 and EBCDIC documents hide the ASCII bytes, so those
    encodings are decoded first when the document looks like one of them.
    """
    if b"<!entity" in content.lower():
        return True
    head = content[:4]
    encodings = []
    if b"\x00" in head or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encodings += ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]
    if content.lstrip()[:4] == b"\x4c\x6f\xa7\x94":  # "<?xm" in EBCDIC
        encodings.append("cp037")
    return any("<!entity" in content.decode(enc, errors="ignore").lower() for enc in encodings)


def plain_text(value, limit: int) -> str:
    """Tags (and script/style content) removed, entities decoded, whitespace collapsed, NFC, truncated."""
    if not value:
        return ""
    text = html.unescape(nh3.clean(_nfc(str(value)), tags=set(), attributes={}, strip_comments=True))
    text = "".join(ch for ch in " ".join(text.split()) if unicodedata.category(ch) != "Cc")
    return _nfc(text)[:limit].rstrip()


def safe_url(value, base_url: str = "") -> str:
    """Absolute http(s) URL or "" (relative URLs are resolved against ``base_url`` first)."""
    if not value:
        return ""
    url = urljoin(base_url or "", str(value).strip())
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or len(url) > URL_MAX_CHARS:
        return ""
    if any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in url):
        return ""
    return url


def _images_as_links(cleaned: str) -> str:
    """``<img src=X alt=Y>`` (from nh3's output: quoted, escaped attributes) -> a link "Ảnh: Y" to X.

    The result is sanitized again by the caller, so the link gets the same URL and rel rules as any other.
    """

    def as_link(match):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        src = attributes.get("src")
        if not src:
            return ""
        alt = attributes.get("alt", "").strip()
        return f'<a href="{src}">[{IMAGE_LINK_LABEL}{": " + alt if alt else ""}]</a>'

    return _IMG_TAG.sub(as_link, cleaned)


def sanitize_html(value, base_url: str = "") -> str:
    """Allow-list sanitizing with nh3; output is NFC and stays safe if NFC-normalized again.

    Why the loop: NFC composes ``>`` + U+0338 into ``≯``. nh3 may emit a tag followed by a decoded
    ``&#x338;``, and normalizing that output later would turn ``<p>`` + U+0338 + `` onmouseover=...``
    into a live ``<p≯ onmouseover=...`` tag. Re-cleaning the normalized text until it is stable closes that.
    """
    if not value:
        return ""

    def keep_attribute(tag, attribute, attr_value):
        if (tag, attribute) in (("a", "href"), ("img", "src")):
            return safe_url(attr_value, base_url) or None
        return attr_value

    text = _images_as_links(
        nh3.clean(
            _nfc(str(value)[:SUMMARY_MAX_INPUT_CHARS]),
            tags={*ALLOWED_TAGS, "img"},
            attributes={**ALLOWED_ATTRIBUTES, "img": {"src", "alt"}},
            attribute_filter=keep_attribute,
            url_schemes={"http", "https"},
            link_rel=LINK_REL,
            strip_comments=True,
        )
    )
    for _attempt in range(3):
        cleaned = nh3.clean(
            text,
            tags=set(ALLOWED_TAGS),
            attributes=ALLOWED_ATTRIBUTES,
            attribute_filter=keep_attribute,
            url_schemes={"http", "https"},
            link_rel=LINK_REL,
            strip_comments=True,
        )
        text = _nfc(cleaned)
        if text == cleaned:
            return text.strip()
    return html.escape(plain_text(value, SUMMARY_MAX_INPUT_CHARS))


def _to_utc(struct) -> datetime | None:
    """feedparser's ``*_parsed`` values are UTC struct_time; anything unusable becomes None."""
    if not struct:
        return None
    try:
        return datetime(*struct[:6], tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _guid(entry, title: str, link: str, published: datetime | None) -> str:
    guid = _nfc(str(entry.get("id") or "")).strip() or link
    if not guid:
        raw_date = entry.get("published") or entry.get("updated") or ""
        stamp = published.isoformat() if published else str(raw_date)
        guid = "sha1:" + hashlib.sha1(f"{title}\n{stamp}".encode(), usedforsecurity=False).hexdigest()
    if len(guid) > GUID_MAX_CHARS:
        guid = "sha1:" + hashlib.sha1(guid.encode(), usedforsecurity=False).hexdigest()
    return guid


def _item(entry, base_url: str) -> FeedItem | None:
    title = plain_text(entry.get("title"), TITLE_MAX_CHARS)
    link = safe_url(entry.get("link"), base_url)
    summary = entry.get("summary") or ""
    if not summary and entry.get("content"):
        summary = entry["content"][0].get("value", "")
    summary_html = sanitize_html(summary, base_url)
    if not (title or link or summary_html):
        return None
    published = _to_utc(entry.get("published_parsed") or entry.get("updated_parsed"))
    return FeedItem(
        guid=_guid(entry, title, link, published),
        title=title,
        link=link,
        summary_html=summary_html,
        published=published,
        author=plain_text(entry.get("author"), AUTHOR_MAX_CHARS),
    )


def _failure(code: str) -> ParseResult:
    return ParseResult(status="error", error=MESSAGES[code], error_code=code)


def parse_feed(
    content: bytes, base_url: str, *, content_type: str | None = None, max_entries: int = MAX_ENTRIES
) -> ParseResult:
    """Parse RSS/Atom bytes (as returned by ``fetch_feed``); never fetches anything itself.

    ``base_url`` (the fetch's final URL) resolves relative links; ``content_type`` (the response header)
    lets feedparser honour a declared charset. Entries past ``max_entries`` are dropped with a warning,
    and entries repeating an earlier guid are dropped silently.
    """
    if not content or not content.strip():
        return _failure("empty")
    if declares_entities(content):
        return _failure("xml_entities")
    # Without a content-type feedparser flags every document as bozo; "application/xml" lets the XML
    # declaration or BOM decide the encoding, which is right for bytes of unknown origin.
    headers = {"content-location": base_url or "", "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(io.BytesIO(content), response_headers=headers, sanitize_html=True)
    entries = parsed.entries
    if not entries:
        if parsed.bozo:
            return _failure("malformed")
        if not parsed.version:
            return _failure("not_a_feed")
    warnings = []
    if parsed.bozo and not isinstance(parsed.get("bozo_exception"), _LABEL_ONLY_BOZO):
        warnings.append(WARNING_BOZO.format(count=min(len(entries), max_entries)))
    if len(entries) > max_entries:
        warnings.append(WARNING_TRUNCATED.format(limit=max_entries))
    items, seen = [], set()
    for entry in entries[:max_entries]:
        item = _item(entry, base_url)
        if item is None or item.guid in seen:
            continue
        seen.add(item.guid)
        items.append(item)
    feed = parsed.feed
    return ParseResult(
        status="ok",
        items=tuple(items),
        feed_title=plain_text(feed.get("title"), TITLE_MAX_CHARS),
        feed_link=safe_url(feed.get("link"), base_url),
        warning=" ".join(warnings) or None,
    )
