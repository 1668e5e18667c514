"""Admin form of the admission notice page."""

from portal.core.forms import BasePageForm

QUOTA_NEGATIVE = "Chỉ tiêu không được là số âm."


class AdmissionNoticeForm(BasePageForm):
    """The notice's admin form: the quota's lower bound speaks the same Vietnamese as the model."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "quota" in self.fields:
            self.fields["quota"].error_messages["min_value"] = QUOTA_NEGATIVE
