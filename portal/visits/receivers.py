"""Saving the visit setting drops the cached home box (``portal.visits.stats``)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from portal.visits.models import VisitSettings
from portal.visits.stats import forget_box


@receiver(post_save, sender=VisitSettings, dispatch_uid="visits_setting_saved")
def setting_saved(sender, **kwargs):
    forget_box()
