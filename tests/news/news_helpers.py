"""Helpers shared by the news and home-page tests: pages and images inside the current portal schema.

Call them inside ``tenant_context(portal)``.
"""

import datetime
import io

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model

from portal.core.models import HomePage


def news_index():
    from portal.news.models import NewsIndexPage

    return NewsIndexPage.objects.get(section_key="tin-tuc")


def notice_index():
    from portal.news.models import NoticeIndexPage

    return NoticeIndexPage.objects.get(section_key="thong-bao")


def home():
    return HomePage.objects.get()


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def make_image(title="Ảnh thử", size=(800, 450), colour=(11, 79, 138)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="JPEG")
    image = get_image_model()(title=title, description=f"Mô tả {title}")
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="anh-thu.jpg")
    image.save()
    return image


def make_article(title, *, slug=None, date=None, parent=None, **fields):
    from portal.news.models import NewsArticlePage
    from portal.text import ascii_slug

    page = NewsArticlePage(
        title=title,
        slug=slug or ascii_slug(title),
        date=date or timezone.localdate(),
        summary=fields.pop("summary", f"Tóm tắt: {title}"),
        body=fields.pop("body", paragraphs(f"Nội dung bài {title}.")),
        **fields,
    )
    return publish(parent or news_index(), page)


def make_event(title, *, start=None, end=None, date=None, parent=None, **fields):
    from portal.news.models import EventPage
    from portal.text import ascii_slug

    start = start or timezone.now() + datetime.timedelta(days=7)
    page = EventPage(
        title=title,
        slug=fields.pop("slug", ascii_slug(title)),
        date=date or timezone.localdate(),
        start_at=start,
        end_at=end,
        place=fields.pop("place", "Hội trường nhà trường"),
        summary=fields.pop("summary", f"Tóm tắt: {title}"),
        body=fields.pop("body", paragraphs(f"Nội dung sự kiện {title}.")),
        **fields,
    )
    return publish(parent or news_index(), page)


def make_notice(title, *, date=None, pinned_until=None, parent=None, **fields):
    from portal.news.models import NoticePage
    from portal.text import ascii_slug

    page = NoticePage(
        title=title,
        slug=fields.pop("slug", ascii_slug(title)),
        date=date or timezone.localdate(),
        pinned_until=pinned_until,
        summary=fields.pop("summary", ""),
        body=fields.pop("body", paragraphs(f"Nội dung {title}.")),
        **fields,
    )
    return publish(parent or notice_index(), page)
