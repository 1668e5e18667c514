"""Keep the health snapshot current: any publish or unpublish in a school changes "last published"."""

from wagtail.signals import page_published, page_unpublished


def _changed(sender, instance, **kwargs):
    from monitoring.health import refresh_current

    if getattr(instance, "depth", 0) > 2:  # the home page itself is covered by the projection
        refresh_current()


def connect():
    page_published.connect(_changed, dispatch_uid="monitoring_published")
    page_unpublished.connect(_changed, dispatch_uid="monitoring_unpublished")
