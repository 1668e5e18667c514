from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "portal.articles"
    label = "articles"
    verbose_name = "Chuyên mục bài viết (pháp luật, kiểm định, phổ cập)"
    default_auto_field = "django.db.models.BigAutoField"
