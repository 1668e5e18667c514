from django.apps import AppConfig


class TimetablesConfig(AppConfig):
    """Thời khóa biểu, Lịch thi - kiểm tra (issue 18): per class and week, imported from a spreadsheet."""

    name = "portal.timetables"
    label = "timetables"
    verbose_name = "Thời khóa biểu"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.timetables import receivers  # noqa: F401  (scaffolds the pages of every school)
