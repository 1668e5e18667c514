"""The "Tin tức - Sự kiện" section: a paginated, filterable list of articles and events."""

from django.core.paginator import Paginator
from django.utils.functional import SimpleLazyObject
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from portal.core.models import BasePage, MandatedSectionMixin
from portal.news.models.category import NewsCategory
from portal.news.queries import load_news_pages, news_rows

NEWS_PER_PAGE = 10
PAGE_PARAM = "trang"
CATEGORY_PARAM = "chuyen-muc"


def paginate(request, items, per_page=NEWS_PER_PAGE):
    """Django's Paginator on ``?trang=N``; a bad or out-of-range number gives the nearest page."""
    paginator = Paginator(items, per_page)
    return paginator.get_page(request.GET.get(PAGE_PARAM))


class NewsIndexPage(MandatedSectionMixin, BasePage):
    """Lists the articles and events below it, newest first, 10 per page."""

    intro = RichTextField(
        "giới thiệu chuyên mục",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Một đoạn ngắn hiển thị phía trên danh sách tin.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["news.NewsArticlePage", "news.EventPage"]

    class Meta:
        verbose_name = "chuyên mục tin tức - sự kiện"
        verbose_name_plural = "chuyên mục tin tức - sự kiện"

    def listing(self, request):
        categories = list(NewsCategory.objects.all())
        wanted = request.GET.get(CATEGORY_PARAM, "")
        category = next((c for c in categories if c.slug == wanted), None)
        page_obj = paginate(request, news_rows(parent=self, category=category))
        return {
            "categories": categories,
            "category": category,
            "unknown_category": bool(wanted) and category is None,
            "page_obj": page_obj,
            "items": load_news_pages(page_obj.object_list),
        }

    def get_context(self, request, *args, **kwargs):
        """The list is computed lazily: the template caches its markup per portal stamp and filter
        (``{% portalcache %}``), and a cached render must not run the list's queries."""
        context = super().get_context(request, *args, **kwargs)
        listing = SimpleLazyObject(lambda: self.listing(request))
        for name in ("categories", "category", "unknown_category", "page_obj", "items"):
            context[name] = SimpleLazyObject(lambda name=name: listing[name])
        wanted, number = request.GET.get(CATEGORY_PARAM, ""), request.GET.get(PAGE_PARAM, "")
        context.update(
            page_param=PAGE_PARAM,
            category_param=CATEGORY_PARAM,
            listing_key=f"{wanted}|{number}",  # what the cached list varies on
            listing_noindex=bool(wanted) or number not in ("", "1"),  # filtered or later pages
        )
        return context
