"""Admin and home wiring of the polls: XLSX export of the results, its button, the home box."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.widgets import Button

from portal.core.hooks import HOME_BOX, HomeBox
from portal.polls.home import open_poll_data
from portal.polls.models import PollPage
from portal.text.spreadsheets import xlsx_bytes

HEADER = ["Phương án", "Số lượt chọn", "Tỉ lệ (%)"]


def results_lines(poll):
    ballots, rows = poll.tally()
    lines = [["Câu hỏi", poll.question, ""], ["Số phiếu", ballots, ""], ["", "", ""], HEADER]
    lines += [[choice.label, votes, percent] for choice, votes, percent in rows]
    return lines


def export_view(request, page_id):
    poll = get_object_or_404(PollPage, pk=page_id)
    if not poll.permissions_for_user(request.user).can_edit():
        raise PermissionDenied("Bạn không có quyền xem kết quả thăm dò này.")
    data = xlsx_bytes(results_lines(poll), sheet_title="Kết quả", title=poll.question)
    response = HttpResponse(data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    stamp = timezone.localdate().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="ket-qua-{poll.slug}-{stamp}.xlsx"'
    response["Cache-Control"] = "private, no-store"
    return response


@hooks.register("register_admin_urls")
def polls_admin_urls():
    return [path("binh-chon/<int:page_id>/ket-qua.xlsx", export_view, name="polls_export")]


def export_button(page, user, priority):
    if page.specific_class is PollPage and page.permissions_for_user(user).can_edit():
        yield Button(
            "Xuất kết quả (XLSX)", reverse("polls_export", args=[page.pk]), icon_name="download", priority=priority
        )


@hooks.register("register_page_header_buttons")
def export_header_button(page, user, view_name=None, next_url=None):
    yield from export_button(page, user, priority=20)


@hooks.register("register_page_listing_more_buttons")
def export_listing_button(page, user, next_url=None):
    yield from export_button(page, user, priority=20)


@hooks.register(HOME_BOX)
def poll_box(page, request):
    """The newest open poll's question with a link (the form itself stays on the poll's page)."""
    data = open_poll_data()
    if data is None:
        return None
    return HomeBox("polls/includes/home_box.html", order=160, context={"open_poll": data})
