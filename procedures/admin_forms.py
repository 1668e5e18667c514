"""Admin form of the online-form page: Wagtail's form-builder checks plus the portal's page-form fixes."""

from wagtail.contrib.forms.forms import WagtailAdminFormPageForm

from portal.core.forms import BasePageForm


class OnlineFormAdminForm(WagtailAdminFormPageForm, BasePageForm):
    """Duplicate field labels refused (Wagtail) and the empty slug / tab-error fixes (``BasePageForm``)."""
