"""Video embeds from an allow-list of providers, built by the portal itself (no oEmbed call).

Why an allow-list and our own player address: the page's Content-Security-Policy lets frames come only
from the origins in ``PORTAL_CSP_FRAME_SOURCES``; an address from anywhere else would be a blank box at
best and a tracking or phishing frame at worst. The portal parses the video id from what the editor
pastes and writes the player address itself, so nothing the editor typed reaches the ``src`` verbatim and
no autoplay parameter can slip in.

Providers: YouTube (played from ``www.youtube-nocookie.com``: no cookie until the visitor presses play)
and Vimeo (``player.vimeo.com`` with ``dnt=1``). Facebook is not offered: its player needs Facebook's
SDK script and sets cookies for every visitor, which a school portal should not impose.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError

NOT_ALLOWED = (
    "Chỉ nhúng được video từ YouTube hoặc Vimeo (ví dụ https://www.youtube.com/watch?v=… hoặc "
    "https://vimeo.com/…). Video ở nơi khác, hãy tải tệp video lên."
)
NOT_A_VIDEO = "Không nhận ra mã video trong địa chỉ này; hãy dán địa chỉ trang xem video."

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^\d{1,12}$")


@dataclass(frozen=True)
class Embed:
    provider: str
    video_id: str

    @property
    def player_url(self):
        if self.provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?rel=0"
        return f"https://player.vimeo.com/video/{self.video_id}?dnt=1"

    @property
    def provider_label(self):
        return {"youtube": "YouTube", "vimeo": "Vimeo"}[self.provider]


def _youtube_id(parts):
    if parts.hostname == "youtu.be":
        return parts.path.strip("/").split("/")[0]
    if parts.path == "/watch":
        return (parse_qs(parts.query).get("v") or [""])[0]
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) >= 2 and segments[0] in {"embed", "shorts", "live", "v"}:
        return segments[1]
    return ""


def _vimeo_id(parts):
    segments = [s for s in parts.path.split("/") if s]
    if parts.hostname == "player.vimeo.com" and len(segments) >= 2 and segments[0] == "video":
        return segments[1]
    return segments[0] if segments else ""


def parse_embed(url):
    """The :class:`Embed` of a pasted address, or ``ValidationError`` in Vietnamese."""
    text = (url or "").strip()
    parts = urlsplit(text if "://" in text else f"https://{text}")
    host = (parts.hostname or "").lower()
    if parts.scheme not in {"http", "https"} or host not in YOUTUBE_HOSTS | VIMEO_HOSTS:
        raise ValidationError(NOT_ALLOWED, code="provider")
    if host in YOUTUBE_HOSTS:
        provider, video_id, pattern = "youtube", _youtube_id(parts), YOUTUBE_ID
    else:
        provider, video_id, pattern = "vimeo", _vimeo_id(parts), VIMEO_ID
    if not pattern.match(video_id or ""):
        raise ValidationError(NOT_A_VIDEO, code="video_id")
    return Embed(provider, video_id)


def validate_embed_url(url):
    if url:
        parse_embed(url)
