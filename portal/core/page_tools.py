""" "Lưu" (save) of any page as one self-contained HTML file (TT 32/2017/TT-BTTTT Art. 16).

``?luu=html`` renders the page in print mode (the unit's heading, the content, where it came from)
and hands it over as a download: the stylesheets it links are copied into the file and a ``<base>``
points relative links and images at the portal, so the copy reads the same offline and in ten
years. Printing to PDF is the browser's own "Lưu dưới dạng PDF" (``?in=1``); no external service.
"""

import re

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template.response import SimpleTemplateResponse
from django.templatetags.static import static
from django.utils.html import escape

from portal.core.context_processors import is_save_request

STYLESHEET_LINK = re.compile(r'<link rel="stylesheet" href="([^"]+)">')
MAX_FILENAME = 80


def _stylesheet_text(url):
    prefix = static("")
    if not url.startswith(prefix):
        return None
    name = url[len(prefix) :]
    if staticfiles_storage.exists(name):
        with staticfiles_storage.open(name) as handle:
            return handle.read().decode("utf-8")
    path = finders.find(name)
    if path:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    return None


def self_contained(html, base_url):
    """``html`` with its local stylesheets inlined and a ``<base href>`` for the rest."""

    def inline(match):
        text = _stylesheet_text(match.group(1))
        return match.group(0) if text is None else f"<style>\n{text}\n</style>"

    html = STYLESHEET_LINK.sub(inline, html)
    return html.replace("<head>", f'<head>\n  <base href="{escape(base_url)}">', 1)


def saved_copy(page, request, serve_args, serve_kwargs):
    """``before_serve_page`` hook: on ``?luu=html``, the page as a download; otherwise nothing."""
    if not is_save_request(request) or request.method not in ("GET", "HEAD"):
        return None
    response = page.serve(request, *serve_args, **serve_kwargs)
    if not isinstance(response, SimpleTemplateResponse) or response.status_code != 200:
        return response
    response.render()
    html = self_contained(response.content.decode("utf-8"), page.get_full_url(request))
    response.content = html.encode("utf-8")
    filename = (page.slug or "trang")[:MAX_FILENAME]
    response["Content-Disposition"] = f'attachment; filename="{filename}.html"'
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-cache"
    return response
