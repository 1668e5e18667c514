from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and the ``seed_demo``/``demo_info`` commands (dev and test settings only)."""

    name = "demo"
    verbose_name = "Dữ liệu mẫu"
