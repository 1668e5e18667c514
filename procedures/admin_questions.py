"""Admin of the Q&A channel (assign, answer, publish) and of consultation comments (moderation).

No "add" view: questions come from the public form. Saving refreshes the district's timeliness
snapshot and the Q&A page's search entry (``procedures.questions.after_staff_change``).
https://docs.wagtail.org/en/stable/extending/generic_views.html
"""

from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from portal.personal_data.access import logged
from procedures.models import AdmissionApplication, ConsultationComment, ExamCandidate, Question
from procedures.questions import after_staff_change


class QuestionEditView(generic.EditView):  # logged below (personal data)
    def save_instance(self):
        instance = super().save_instance()
        after_staff_change(instance)
        return instance


class QuestionViewSet(ModelViewSet):
    model = Question
    icon = "help"
    menu_label = "Hỏi đáp"
    menu_order = 335
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_view_class = logged(QuestionEditView)
    inspect_view_class = logged(generic.InspectView)
    list_display = ["code", "topic", "status", "received_at", "due_date", "is_overdue", "assigned_to", "publish_answer"]
    list_filter = ["status", "publish_answer"]
    search_fields = ["code", "topic", "body", "name"]
    panels = [
        HelpPanel(template="procedures/admin/question_panel.html"),
        FieldPanel("status"),
        FieldPanel("assigned_to"),
        FieldPanel("answer"),
        FieldPanel("publish_answer"),
    ]
    inspect_view_fields = ["code", "name", "contact", "topic", "body", "received_at", "due_date", "status", "answer"]


class CommentViewSet(ModelViewSet):
    """Moderation of consultation comments: nothing is shown on the portal before it is "Đã đăng"."""

    model = ConsultationComment
    edit_view_class = logged(generic.EditView)
    icon = "comment"
    menu_label = "Góp ý (duyệt)"
    menu_order = 336
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    list_display = ["name", "page", "created_at", "status"]
    list_filter = ["status", "page"]
    search_fields = ["name", "body"]
    panels = [FieldPanel("status"), FieldPanel("body"), FieldPanel("name"), FieldPanel("organization")]


class ApplicationViewSet(ModelViewSet):
    """Staff decide admission applications: received, accepted, rejected with a reason."""

    model = AdmissionApplication
    edit_view_class = logged(generic.EditView)
    inspect_view_class = logged(generic.InspectView)
    icon = "user"
    menu_label = "Hồ sơ xét tuyển"
    menu_order = 337
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["code", "child_name", "birth_date", "page", "submitted_at", "status"]
    list_filter = ["status", "page"]
    search_fields = ["code", "child_name", "parent_name", "phone"]
    panels = [FieldPanel("status"), FieldPanel("reason")]
    inspect_view_fields = [
        "code", "child_name", "birth_date", "gender", "address", "previous_school", "parent_name",
        "parent_relation", "phone", "email", "submitted_at", "status", "reason", "erase_after",
    ]  # fmt: skip


class CandidateViewSet(ModelViewSet):
    """Staff confirm exam candidates and set candidate numbers and rooms (or number them all at once)."""

    model = ExamCandidate
    edit_view_class = logged(generic.EditView)
    icon = "list-ol"
    menu_label = "Thí sinh đăng ký thi"
    menu_order = 338
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    list_display = ["code", "full_name", "birth_date", "school", "page", "status", "candidate_number", "room"]
    list_filter = ["status", "page"]
    search_fields = ["code", "full_name", "candidate_number"]
    panels = [FieldPanel("status"), FieldPanel("candidate_number"), FieldPanel("room")]
