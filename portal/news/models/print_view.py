"""Print-friendly view of an article (TT 32/2017/TT-BTTTT: print and save on every article).

``?in=1`` renders the page with a minimal template (no menu, header or footer)
that works without JavaScript; the "In bài viết" and "Lưu (PDF)" buttons call
``window.print()`` where JavaScript runs (static/news/print.js), where the
browser's "Save as PDF" destination saves the article.
"""

PRINT_PARAM = "in"
PRINT_TEMPLATE = "news/print.html"


class PrintableMixin:
    """Switches to the print template on ``?in=1``."""

    def is_print_request(self, request):
        return request is not None and request.GET.get(PRINT_PARAM) == "1"

    def get_template(self, request, *args, **kwargs):
        if self.is_print_request(request):
            return PRINT_TEMPLATE
        return super().get_template(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["print_view"] = self.is_print_request(request)
        return context
