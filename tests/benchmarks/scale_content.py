"""Realistic content of the scale benchmark's schools (not a benchmark itself): 40 news, 20 documents.

Generated once, in the template schema of the benchmark's throw-away database, so every school provisioned
afterwards by the real ``provision_portal`` (a clone of the template, data included) carries it: 500 schools
with content cost 500 clones, not 30 000 page saves. The files of the documents are written once to the
template's media folder and copied into each school's folder (``copy_media``), as a restore would.
"""

import datetime
import random
import shutil

from django.conf import settings

# News titles: (what, when) pairs give 40 distinct, believable titles of a school's year.
NEWS_SUBJECTS = [
    "Lễ khai giảng năm học mới",
    "Hội thi giáo viên dạy giỏi cấp trường",
    "Hội nghị cán bộ, công chức, viên chức",
    "Ngày hội đọc sách",
    "Chuyên đề đổi mới phương pháp dạy học môn Toán",
    "Tập huấn chuyển đổi số cho giáo viên",
    "Hội khỏe Phù Đổng",
    "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
    "Tuyên truyền an toàn giao thông cho học sinh",
    "Ngày hội trải nghiệm sáng tạo",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học",
    "Hội thi vẽ tranh “Em yêu quê hương”",
    "Tổng kết phong trào kế hoạch nhỏ",
    "Khám sức khỏe định kỳ cho học sinh",
    "Họp phụ huynh học sinh đầu năm",
    "Diễn tập phòng cháy, chữa cháy",
    "Hội thi tiếng Anh “English Festival”",
    "Trao học bổng cho học sinh vượt khó",
    "Ra quân giữ gìn vệ sinh trường lớp",
    "Tổng kết năm học và tuyên dương học sinh xuất sắc",
]
NEWS_WHEN = ["học kỳ I", "học kỳ II"]
NEWS_BODY = [
    "Sáng nay, {name} tổ chức {what} {when} năm học 2026-2027 với sự tham gia của {n} học sinh cùng toàn thể "
    "cán bộ, giáo viên, nhân viên nhà trường.",
    "Phát biểu tại buổi lễ, Hiệu trưởng nhà trường nhấn mạnh ý nghĩa của hoạt động đối với việc nâng cao chất "
    "lượng giáo dục toàn diện, rèn luyện kỹ năng sống và xây dựng trường học an toàn, thân thiện.",
    "Hoạt động nằm trong kế hoạch thực hiện nhiệm vụ năm học của nhà trường, được Ban đại diện cha mẹ học sinh "
    "đồng hành và hỗ trợ kinh phí.",
]
DOCUMENT_KINDS = [
    ("KH", "Kế hoạch", "cong-tac-chung"),
    ("QĐ", "Quyết định", "to-chuc-can-bo"),
    ("TB", "Thông báo", "cong-tac-chung"),
    ("BC", "Báo cáo", "giao-duc-tieu-hoc"),
]
DOCUMENT_SUBJECTS = [
    "thực hiện nhiệm vụ năm học 2026-2027",
    "tổ chức kiểm tra đánh giá cuối học kỳ I",
    "phân công chuyên môn giáo viên",
    "ban hành quy chế chi tiêu nội bộ năm 2026",
    "thành lập Ban biên tập cổng thông tin điện tử",
    "tuyển sinh vào lớp đầu cấp năm học 2026-2027",
    "công khai chất lượng giáo dục",
    "phòng, chống dịch bệnh trong trường học",
    "bồi dưỡng thường xuyên giáo viên",
    "tổ chức các hoạt động ngoại khóa",
]
NEWS_COUNT = 40
DOCUMENT_COUNT = 20
SCHOOL_NAME = "Trường Tiểu học Mẫu"
CODE = "THM"


def news_items(count=NEWS_COUNT):
    """``count`` (title, slug, date) of news, newest first."""
    from portal.text import ascii_slug

    start = datetime.date(2026, 11, 30)
    items = []
    for index in range(count):
        what = NEWS_SUBJECTS[index % len(NEWS_SUBJECTS)]
        when = NEWS_WHEN[(index // len(NEWS_SUBJECTS)) % len(NEWS_WHEN)]
        title = f"{what} {when}"
        items.append((title, ascii_slug(title)[:80], start - datetime.timedelta(days=4 * index)))
    return items


def seed_template_content(template):
    """Add the news and documents to the (benchmark database's) template schema; returns (news, documents)."""
    from demo.documents import create_document
    from demo.documents.register import DemoDocument
    from demo.news.content import CATEGORIES
    from documents.models import DocumentIndexPage
    from documents.models.issuers import ensure_default_issuers
    from portal.core.models import HomePage
    from portal.news.models import NewsArticlePage, NewsCategory, NewsIndexPage
    from tenants.provisioning import inside_portal

    rng = random.Random(15)  # nosec - benchmark content only
    with inside_portal(template):
        home = HomePage.objects.first()
        news_index = NewsIndexPage.objects.child_of(home).first()
        categories = [
            NewsCategory.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})[0]
            for order, (name, slug) in enumerate(CATEGORIES)
        ]
        for index, (title, slug, date) in enumerate(news_items()):
            what, _, when = title.rpartition(" học kỳ ")
            fill = {"name": SCHOOL_NAME, "what": what.lower(), "when": f"học kỳ {when}", "n": rng.randint(120, 900)}
            body = [{"type": "paragraph", "value": "<p>" + text.format(**fill) + "</p>"} for text in NEWS_BODY]
            page = NewsArticlePage(
                title=title,
                slug=slug,
                date=date,
                summary=f"{SCHOOL_NAME} tổ chức {what.lower()} học kỳ {when}.",
                body=body,
                category=categories[index % len(categories)],
                author="Ban Biên tập",
            )
            news_index.add_child(instance=page)
            page.save_revision().publish()
        document_index = DocumentIndexPage.objects.filter(section_key="van-ban").first()
        ensure_default_issuers(extra=[(SCHOOL_NAME, CODE, 90)])
        for index in range(DOCUMENT_COUNT):
            symbol, label, field = DOCUMENT_KINDS[index % len(DOCUMENT_KINDS)]
            subject = DOCUMENT_SUBJECTS[index % len(DOCUMENT_SUBJECTS)]
            day = datetime.date(2026, 9, 1) + datetime.timedelta(days=4 * index)
            create_document(
                document_index,
                DemoDocument(
                    f"{index + 101}/{symbol}-{CODE}",
                    f"{label} {subject}",
                    day.strftime("%d/%m/%Y"),
                    SCHOOL_NAME,
                    field,
                    signer="Hiệu trưởng Nguyễn Văn An",
                    body=(f"{label} {subject} của {SCHOOL_NAME}.", NEWS_BODY[1].format()),
                ),
            )
        return NewsArticlePage.objects.live().count(), document_index.get_children().live().count()


def copy_media(template_schema, schema_name):
    """The template's files (the documents' PDFs) into a school's media folder."""
    source = settings.MEDIA_ROOT / template_schema
    if source.exists():
        shutil.copytree(source, settings.MEDIA_ROOT / schema_name, dirs_exist_ok=True)


def folder_bytes(path):
    """Bytes on disk of every file under ``path`` (0 when missing)."""
    if not path.exists():
        return 0
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())
