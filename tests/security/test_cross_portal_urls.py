"""Issue 9, hole 4: cross-portal links come from the registry, never from a school's own Site record.

A school admin can edit the school's Wagtail ``Site`` (hostname, port). The district's home page and its
combined RSS list the schools' news from the public-schema projection; if the projection stored
``get_full_url()`` (built from that Site), the district would link wherever the school pointed it.
Rows store paths; the host comes from ``tenants.Portal``'s primary domain.
"""

import io

from django.core.files.images import ImageFile
from django.utils import timezone
from django_tenants.utils import tenant_context
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Site

from portal.news.models import NewsArticlePage, NewsIndexPage

EVIL = "evil.example"


def publish_news_with_image(title, slug):
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 450), (11, 79, 138)).save(buffer, format="JPEG")
    image = get_image_model()(title="Ảnh", description="Ảnh minh họa")
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="anh.jpg")
    image.save()
    page = NewsArticlePage(title=title, slug=slug, date=timezone.localdate(), summary="Tóm tắt.", featured_image=image)
    NewsIndexPage.objects.get(section_key="tin-tuc").add_child(instance=page)
    page.save_revision().publish()
    return page


def test_school_site_hostname_cannot_redirect_district_links(
    district, school_a, portal_client, django_capture_on_commit_callbacks
):
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        site = Site.objects.get(is_default_site=True)
        site.hostname, site.port = EVIL, 443
        site.save()  # what a school admin could do in Settings > Sites
        page = publish_news_with_image("Tin của trường bị sửa Site", "tin-bi-sua-site")
        assert EVIL in page.full_url  # the school's own record really points elsewhere

    home = portal_client(district).get("/").content.decode()
    assert "Tin của trường bị sửa Site" in home
    assert 'href="http://thcschuvanantdm.edu.vn/tin-tuc/tin-bi-sua-site/"' in home
    assert 'src="http://thcschuvanantdm.edu.vn/media/thcschuvanantdm/images/' in home
    assert EVIL not in home

    feed = portal_client(district).get("/rss/tin-cac-truong/")
    assert feed.status_code == 200
    body = feed.content.decode()
    assert "<link>http://thcschuvanantdm.edu.vn/tin-tuc/tin-bi-sua-site/</link>" in body
    assert EVIL not in body
    atom = portal_client(district).get("/rss/tin-cac-truong/atom/").content.decode()
    assert 'href="http://thcschuvanantdm.edu.vn/tin-tuc/tin-bi-sua-site/"' in atom and EVIL not in atom
