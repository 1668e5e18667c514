"""A throwaway tenant app of the scale benchmark (``tests.benchmarks.scale_settings``, ``SCALE_EXTRA_APP=1``)."""

from django.db import models


class ScaleMarker(models.Model):  # noqa: DJ008  (never shown)
    label = models.CharField(max_length=100)

    class Meta:
        app_label = "scale_app"
