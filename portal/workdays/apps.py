from django.apps import AppConfig


class WorkdaysConfig(AppConfig):
    """Working days in Vietnam: public holidays from the ``holidays`` library plus the yearly notices.

    A shared (public-schema) app: the supervising body edits one table of swapped days off and
    make-up Saturdays, and every portal's deadlines (disclosure, answers to citizens) read it.
    """

    name = "portal.workdays"
    label = "workdays"
    verbose_name = "Lịch ngày làm việc"
    default_auto_field = "django.db.models.BigAutoField"
