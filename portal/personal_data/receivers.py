"""Signal receivers of the privacy layer: a request made or changed refreshes the district's snapshot."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from portal.personal_data.models import DataSubjectRequest
from portal.personal_data.projection import schedule_privacy


@receiver(post_save, sender=DataSubjectRequest, dispatch_uid="personal_data_request_snapshot")
def request_saved(sender, instance, **kwargs):
    schedule_privacy()
