"""Demo banner (a drawn image, active from today for a month) and the sector systems of the hub page.

The hub lists the portal's system links (portal.core), so the demo adds the systems a school uses besides
the defaults, shown only on the hub ("hub" placement). Idempotent: matched by title and address.
"""

import datetime

from django.utils import timezone
from wagtail.models import Site

from demo.news.images import banner_image
from portal.banners.models import Banner
from portal.core.models.system_links import SystemLink, SystemLinkSettings

SYSTEMS = [
    (
        "SMAS - Quản lý nhà trường",
        "https://smas.edu.vn",
        SystemLink.Group.SCHOOL,
        "Quản lý học sinh, điểm, hồ sơ nhà trường.",
    ),
    ("Học trực tuyến (LMS)", "https://lms.ptdm.edu.vn", SystemLink.Group.LMS, "Lớp học và bài giảng trực tuyến."),
    (
        "Quản lý văn bản và điều hành",
        "https://eoffice.binhduong.gov.vn",
        SystemLink.Group.OFFICE,
        "Văn bản đến, văn bản đi.",
    ),
    (
        "Phổ cập giáo dục - xóa mù chữ",
        "https://pcgd.moet.gov.vn",
        SystemLink.Group.PCGD,
        "Hệ thống thông tin PCGD-XMC.",
    ),
]


def seed_banners(portal, demo, rng):
    title = "Ngày hội đọc sách năm 2026"
    if not Banner.objects.filter(title=title).exists():
        Banner.objects.create(
            title=title,
            image=banner_image(f"Banner: {title}", "Sự kiện", "banner-ngay-hoi-doc-sach", rng),
            position=Banner.Position.TOP,
            starts_on=timezone.localdate(),
            ends_on=timezone.localdate() + datetime.timedelta(days=30),
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    setting = SystemLinkSettings.for_site(site)
    start = setting.links.count()
    for offset, (label, url, group, description) in enumerate(SYSTEMS):
        if not setting.links.filter(url=url).exists():
            SystemLink.objects.create(
                setting=setting,
                label=label,
                url=url,
                group=group,
                description=description,
                placement=SystemLink.Placement.HUB,
                sort_order=start + offset,
            )
