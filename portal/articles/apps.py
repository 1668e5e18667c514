from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    """Topic sections of letter III.3 items 9-10: legal education, accreditation, universal education."""

    name = "portal.articles"
    label = "articles"
    verbose_name = "Chuyên mục bài viết (pháp luật, kiểm định, phổ cập)"
    default_auto_field = "django.db.models.BigAutoField"
