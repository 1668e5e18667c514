"""Admin form of the organization page: checks the chart across its inline rows.

Why here and not only in ``OrganizationPage.clean``: Wagtail validates the page
before the inline formsets are applied to it, so the page sees its old rows.
https://docs.wagtail.org/en/stable/reference/pages/panels.html#customising-generated-forms
"""

from portal.core.forms import BasePageForm
from portal.organization.tree import tree_errors, unit_key


def kept_rows(formset):
    """Cleaned data of the forms of a valid formset that are not marked for deletion."""
    return [
        form.cleaned_data
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not formset._should_delete_form(form)
    ]


class OrganizationPageForm(BasePageForm):
    def clean(self):
        cleaned_data = super().clean()
        units = self.formsets.get("org_units")
        if units is None or not units.is_valid():
            return cleaned_data
        rows = kept_rows(units)
        for message in tree_errors([(row.get("name", ""), row.get("parent_name", "")) for row in rows]):
            self.add_error(None, message)
        known = {unit_key(row.get("name")) for row in rows}
        members = self.formsets.get("org_members")
        if members is not None and members.is_valid():
            for form in members.forms:
                data = getattr(form, "cleaned_data", None)
                if not data or members._should_delete_form(form):
                    continue
                if unit_key(data.get("unit_name")) not in known:
                    form.add_error("unit_name", f"Không có đơn vị “{data.get('unit_name')}” trong sơ đồ tổ chức.")
        return cleaned_data
