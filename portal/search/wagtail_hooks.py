"""The search index's own upkeep (run by the worker), and the synonym groups' admin in the district.

Synonym groups (``SearchSynonym``) live in the public schema and apply to every portal, so only the
district's staff edit them: the menu item and the views exist in every portal's admin, but the
permission policy allows them only in the district portal, to its superusers and to holders of
``tenants.change_portal`` (group "Quản lý cơ sở giáo dục", who also manage the schools).
https://docs.wagtail.org/en/stable/extending/generic_views.html
"""

from django.db import connection
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from portal.core.hooks import PERIODIC_TASK, PeriodicTask
from portal.search.models import SearchSynonym
from portal.search.worker import ensure_indexes, prune_done


@hooks.register(PERIODIC_TASK)
def search_upkeep():
    return [
        PeriodicTask("search.ensure_indexes", 600, ensure_indexes),
        PeriodicTask("search.prune_done", 3600, prune_done),
    ]


class DistrictStaffPolicy(ModelPermissionPolicy):
    """Every action for district staff in the district portal; nothing anywhere else."""

    def _allowed(self, user):
        tenant = getattr(connection, "tenant", None)
        if not (getattr(tenant, "is_district", False) and user.is_active):
            return False
        return user.is_superuser or user.has_perm("tenants.change_portal")

    def user_has_permission(self, user, action):
        return self._allowed(user)

    def user_has_any_permission(self, user, actions):
        return self._allowed(user)


register_permission_policy(SearchSynonym, DistrictStaffPolicy(SearchSynonym))


class SearchSynonymViewSet(ModelViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = "Từ đồng nghĩa tìm kiếm"
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["phrases", "note", "is_active", "updated_at"]
    list_filter = ["is_active"]
    search_fields = ["phrases", "note"]
    panels = [FieldPanel("phrases"), FieldPanel("note"), FieldPanel("is_active")]


@hooks.register("register_admin_viewset")
def register_search_synonyms():
    return SearchSynonymViewSet("search_synonyms")
