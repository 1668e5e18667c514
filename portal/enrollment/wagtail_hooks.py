"""Admin wiring of the enrollment app: the candidate list view and the buttons leading to it."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from portal.core.hooks import PORTAL_SECTION
from portal.enrollment import views
from portal.enrollment.models import AdmissionNoticePage


@hooks.register("register_admin_urls")
def register_candidate_urls():
    return [path("tuyen-sinh/<int:page_id>/danh-sach-du-tuyen/", views.candidates, name="enrollment_candidates")]


def candidate_button(page, user, priority):
    if page.specific_class is AdmissionNoticePage and page.permissions_for_user(user).can_edit():
        yield Button(
            "Danh sách dự tuyển",
            reverse("enrollment_candidates", args=[page.pk]),
            icon_name="table",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def candidate_header_button(page, user, view_name=None, next_url=None):
    yield from candidate_button(page, user, priority=25)


@hooks.register("register_page_listing_more_buttons")
def candidate_listing_button(page, user, next_url=None):
    yield from candidate_button(page, user, priority=25)


@hooks.register(PORTAL_SECTION)
def claim_enrollment_section():
    return {"tuyen-sinh": "enrollment.EnrollmentIndexPage"}
