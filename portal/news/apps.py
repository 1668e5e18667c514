from django.apps import AppConfig


class NewsConfig(AppConfig):
    """News articles, events and notices: two mandated sections and the home page's latest items."""

    name = "portal.news"
    label = "news"
    verbose_name = "Tin tức, sự kiện và thông báo"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.core.models.home import register_home_context
        from portal.core.sections import SectionSpec, register_section
        from portal.news import projection  # noqa: F401  (connects the publish/unpublish receivers)
        from portal.news.home import home_context

        register_section(
            SectionSpec(
                "tin-tuc",
                "Tin tức - Sự kiện",
                "tin-tuc",
                "Tin tức, sự kiện về hoạt động của đơn vị.",
                model="news.NewsIndexPage",
            )
        )
        register_section(
            SectionSpec("thong-bao", "Thông báo", "thong-bao", "Thông báo của đơn vị.", model="news.NoticeIndexPage")
        )
        register_home_context(home_context)
