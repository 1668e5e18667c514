"""Approving a page: always through a confirmation, and through one button in the editor.

- The dashboard's "Đang chờ bạn duyệt" panel offers Wagtail's plain "Phê duyệt", which publishes on a
  single click from a dropdown; every action there now opens its dialog (optional comment, then a
  confirm button), and each action is offered once.
- In the editor, a moderator of a page waiting for approval saw "Xuất bản" next to "Phê duyệt và xuất
  bản": the first publishes but leaves the workflow hanging. The plain publish is hidden while the page
  waits for an approval the user can give.
"""

from wagtail import hooks
from wagtail.admin.action_menu import PublishMenuItem, WorkflowMenuItem
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

ACTION_LABELS = {"approve": "Phê duyệt và xuất bản…", "reject": "Yêu cầu chỉnh sửa…"}


def confirmed_actions(actions):
    """One entry per action name, each opening Wagtail's confirmation dialog."""
    chosen = {}
    for name, label, _modal in actions:
        chosen.setdefault(name, (name, ACTION_LABELS.get(name, label), True))
    return list(chosen.values())


class ConfirmedApprovalsPanel(WorkflowObjectsToModeratePanel):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            state["actions"] = confirmed_actions(state["actions"])
        return context


@hooks.register("construct_homepage_panels")
def confirm_dashboard_approvals(request, panels):
    for index, panel in enumerate(panels):
        if type(panel) is WorkflowObjectsToModeratePanel:
            panels[index] = ConfirmedApprovalsPanel()


@hooks.register("construct_page_action_menu")
def one_way_to_publish_a_page_under_review(menu_items, request, context):
    can_approve = any(isinstance(item, WorkflowMenuItem) and item.name == "approve" for item in menu_items)
    if can_approve:
        menu_items[:] = [item for item in menu_items if not isinstance(item, PublishMenuItem)]
