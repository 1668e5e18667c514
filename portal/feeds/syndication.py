"""Outgoing RSS 2.0 and Atom feeds of a portal, and the district's combined feed of all schools.

Built on django.contrib.syndication (https://docs.djangoproject.com/en/5.2/ref/contrib/syndication/).
``get_object`` returns a per-request :class:`Channel` (portal, base URL, entries) so the shared Feed
instance holds no request state. Links are absolute on the portal's own domain (the dev host when
browsing ``*.localhost``). The combined feed reads the public-schema projection
(``tenants.projections``): one query, never a loop over the schools' schemas.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape

from portal.feeds.selection import KINDS, Entry, page_entries
from portal.search.analysis import clean_text
from tenants.projections import latest

COMBINED_LIMIT = 30


@dataclass
class Channel:
    title: str
    link: str
    description: str
    entries: list


def _portal(request):
    portal = getattr(request, "tenant", None)
    if portal is None or not hasattr(portal, "public_url"):
        raise Http404("Không có cổng thông tin cho tên miền này.")
    return portal


class PortalFeed(Feed):
    """RSS 2.0 feed of one kind (news, notices, documents) of the requesting portal."""

    feed_type = Rss201rev2Feed
    kind = "news"
    is_portal_feed = True  # portal.feeds.internal may call it in-process for our own hosts

    def get_object(self, request, *args, **kwargs):
        portal = _portal(request)
        base_url = portal.public_url(request)
        return Channel(
            title=f"{KINDS[self.kind]} - {portal.name}",
            link=base_url,
            description=f"{KINDS[self.kind]} mới nhất trên cổng thông tin điện tử {portal.name}.",
            entries=page_entries(self.kind, base_url),
        )

    def title(self, channel):
        return clean_text(channel.title)

    def link(self, channel):
        return channel.link

    def description(self, channel):
        return clean_text(channel.description)

    subtitle = description

    def items(self, channel):
        return channel.entries

    def item_title(self, entry: Entry):
        return clean_text(entry.title)

    def item_description(self, entry: Entry):
        return escape(clean_text(entry.description))

    def item_link(self, entry: Entry):
        return entry.link

    def item_guid(self, entry: Entry):
        return entry.link

    def item_guid_is_permalink(self, entry: Entry):
        return True

    def item_pubdate(self, entry: Entry):
        return entry.published

    def item_updateddate(self, entry: Entry):
        return entry.updated

    def item_author_name(self, entry: Entry):
        return clean_text(entry.author) or None

    def item_categories(self, entry: Entry):
        return entry.categories


class PortalAtomFeed(PortalFeed):
    feed_type = Atom1Feed


class SchoolsNewsFeed(PortalFeed):
    """The district's feed of the latest news of every active school, labelled with the school."""

    def get_object(self, request, *args, **kwargs):
        portal = _portal(request)
        if not portal.is_district:
            raise Http404("Chỉ cổng thông tin của Phòng GD&ĐT có nguồn tin tổng hợp các trường.")
        entries = [
            Entry(
                title=item.title,
                link=item.url_for(request),
                description=item.summary,
                published=item.published_at,
                updated=max(item.published_at, item.updated_at),
                author=item.portal.display_short_name,
                categories=(item.portal.display_short_name,),
            )
            for item in latest("news", COMBINED_LIMIT, schools_only=True)
        ]
        return Channel(
            title=f"Tin tức các trường - {portal.name}",
            link=portal.public_url(request),
            description=f"Tin tức mới nhất của các cơ sở giáo dục trực thuộc {portal.name}.",
            entries=entries,
        )


class SchoolsNewsAtomFeed(SchoolsNewsFeed):
    feed_type = Atom1Feed


def feed_view(kind, atom=False):
    cls = PortalAtomFeed if atom else PortalFeed
    view = type(f"{kind.title()}{'Atom' if atom else 'Rss'}Feed", (cls,), {"kind": kind})()
    return view
