"""Banners shown by position within their dates; the hub lists the system links grouped and ordered."""

import datetime
import io

from django.core.files.images import ImageFile
from django.utils import timezone
from django_tenants.utils import tenant_context
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Site

from portal.banners.models import Banner
from portal.core.models.system_links import SystemLink, SystemLinkSettings


def picture():
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 30), (11, 79, 138)).save(buffer, format="PNG")
    image = get_image_model()(title="Banner", description="Ảnh banner")
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="banner.png")
    image.save()
    return image


def test_banners_follow_their_dates_and_position(school_a, school_b, portal_client):
    today = timezone.localdate()
    with tenant_context(school_a):
        image = picture()
        Banner.objects.create(title="Ngày hội đọc sách", image=image, url="https://example.org/doc-sach")
        Banner.objects.create(title="Banner cuối trang", image=image, position=Banner.Position.BOTTOM)
        Banner.objects.create(title="Banner hết hạn", image=image, ends_on=today - datetime.timedelta(days=1))
        Banner.objects.create(title="Banner sắp tới", image=image, starts_on=today + datetime.timedelta(days=1))
        Banner.objects.create(title="Banner đã tắt", image=image, active=False)
    html = portal_client(school_a).get("/").content.decode()
    assert 'alt="Ngày hội đọc sách"' in html and 'href="https://example.org/doc-sach"' in html
    assert html.index("Ngày hội đọc sách") < html.index('id="tin-moi"') < html.index("Banner cuối trang")
    assert "hết hạn" not in html and "sắp tới" not in html and "đã tắt" not in html
    assert "Ngày hội đọc sách" not in portal_client(school_b).get("/").content.decode()


def test_hub_lists_system_links_grouped_in_order_hub_only_links_stay_off_the_footer(school_a, portal_client):
    with tenant_context(school_a):
        setting = SystemLinkSettings.for_site(Site.objects.get(is_default_site=True))
        SystemLink.objects.create(
            setting=setting,
            label="Học trực tuyến LMS",
            url="https://lms.example.vn",
            group="lms",
            placement="hub",
            sort_order=90,
        )
        SystemLink.objects.create(
            setting=setting,
            label="Phổ cập giáo dục",
            url="https://pcgd.example.vn",
            group="pcgd",
            placement="hub",
            sort_order=91,
        )
    html = portal_client(school_a).get("/he-thong-thong-tin-nganh/").content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert (
        main.index("Cơ sở dữ liệu ngành")
        < main.index("Dạy học trực tuyến (LMS)")
        < main.index("Phổ cập giáo dục, xóa mù chữ")
    )
    assert "Học trực tuyến LMS" in main and "Hệ thống quản lý trường học (CSDL ngành)" in main
    footer = html.split('class="site-footer"', 1)[1]
    assert "Học trực tuyến LMS" not in footer and "Hệ thống quản lý trường học (CSDL ngành)" in footer
