from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    """Topic sections of letter III.3 items 9-10: legal education, accreditation, universal education."""

    name = "portal.articles"
    label = "articles"
    verbose_name = "Chuyên mục bài viết (pháp luật, kiểm định, phổ cập)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.core.sections import SectionSpec, register_section

        for spec in [
            SectionSpec(
                "phap-luat",
                "Tuyên truyền, phổ biến pháp luật",
                "tuyen-truyen-phap-luat",
                "Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chính sách, chế độ.",
                model="articles.LegalEducationIndexPage",
            ),
            SectionSpec(
                "kiem-dinh",
                "Kiểm định chất lượng giáo dục",
                "kiem-dinh-chat-luong",
                "Tự đánh giá, đánh giá ngoài, cấp độ kiểm định và công nhận đạt chuẩn quốc gia.",
                model="articles.AccreditationIndexPage",
            ),
            SectionSpec(
                "pho-cap",
                "Phổ cập giáo dục, xóa mù chữ",
                "pho-cap-giao-duc",
                "Kết quả phổ cập giáo dục, xóa mù chữ.",
                model="articles.UniversalEducationIndexPage",
            ),
        ]:
            register_section(spec)
