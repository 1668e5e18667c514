"""Old NukeViet addresses answer 301 to the imported pages (mapping table of the requesting portal).

Why a URL pattern and not Wagtail's redirects: an article is reachable under every category it was in
(``/news/<any cat>/<alias>-<id>.html``) and under the renamed module (``/tin-tuc/...``), so the id is
what counts; the mapping table already holds it. A path that is not an imported item falls through to
Wagtail's ``serve``, so a school page with a similar path still answers.
"""

from django.http import HttpResponsePermanentRedirect
from wagtail.models import Page
from wagtail.views import serve

from nukeviet_import.models import ImportedItem


def _redirect(request, path, **lookup):
    item = ImportedItem.objects.filter(**lookup).order_by("-id").first()
    page = Page.objects.filter(pk=item.target_id).live().first() if item else None
    url = page.get_url(request) if page else None
    if not url:
        return serve(request, path)
    return HttpResponsePermanentRedirect(url)


def news_article(request, path, source_id):
    return _redirect(request, path, source_table="news_rows", source_id=source_id)


def law(request, path, source_id):
    return _redirect(request, path, source_table="laws_row", source_id=source_id)


def static_page(request, path, alias):
    return _redirect(request, path, source_table="page", source_alias=alias)
