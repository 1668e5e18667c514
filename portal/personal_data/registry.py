"""The register of personal data: every model holding data about a person declares itself here.

Why a registry: the public register page ("Dữ liệu cá nhân"), the export of everything held about a
person, the erasure on request and the daily retention job must cover *every* app, including apps
written later, without this layer importing them (docs/architecture.md, layers). A feature app calls
:func:`declare` once, in its ``AppConfig.ready``::

    from portal.personal_data.registry import declare

    declare(
        "enrollment.Candidate",
        data="Họ tên, ngày sinh, giới tính, trường cũ, kết quả của trẻ dự tuyển",
        purpose="Công khai danh sách dự tuyển, xét tuyển đầu cấp",
        retention="Đến hết ngày gỡ danh sách + 365 ngày, rồi xóa",
        audience="Cán bộ tuyển sinh của trường; công chúng thấy họ tên và tháng/năm sinh đến ngày gỡ",
        name_field="full_name",
        birth_field="birth_date",
    )

What a declaration gives the layer:

- the register's row (``data``, ``purpose``, ``retention``, ``audience``, ``children``, ``public``);
- how to find a person's records: ``name_field`` + ``birth_field`` (a child by full name and date of
  birth), ``code_field`` (a reference code the person holds), ``contact_fields`` (a phone or e-mail
  the person gave); or a custom ``find(subject) -> queryset``;
- how to export one record (``export(obj) -> dict``, default: every declared-visible field with its
  Vietnamese label) and erase it (``erase(obj, reason=..., user=...)``, default: the model's own
  ``erase`` method when it has one, else ``delete()``; files and dependent rows are the model's job);
- ``expires_field``: a date field after which the retention job erases the record;
- ``pages(obj)``: pages whose public text or search entry shows the record (re-indexed after erasure).

Functions taking a *subject* receive a :class:`Subject` (who a data-subject request is about).
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Lower, Replace

from portal.text import nfc


@dataclass(frozen=True)
class Subject:
    """Who a request is about: the child (name and date of birth) and the parent who asks."""

    full_name: str = ""
    birth_date: datetime.date | None = None
    parent_name: str = ""
    contacts: tuple = ()  # phone numbers or e-mail addresses the parent gave
    codes: tuple = ()  # reference codes (hồ sơ, câu hỏi, đăng ký) the parent holds


@dataclass(frozen=True)
class Declaration:
    model_label: str
    data: str
    purpose: str
    retention: str
    audience: str
    children: bool = True
    public: bool = False
    name_field: str = ""
    birth_field: str = ""
    code_field: str = ""
    contact_fields: tuple = ()
    expires_field: str = ""
    find: Callable | None = None
    export: Callable | None = None
    erase: Callable | None = None
    pages: Callable | None = None
    exclude_fields: tuple = field(default_factory=tuple)

    @property
    def model(self):
        return apps.get_model(self.model_label)

    @property
    def verbose_name(self):
        return str(self.model._meta.verbose_name_plural)

    # --- a person's records ------------------------------------------------------------------------

    def records(self, subject):
        """This model's records about ``subject`` (none when the subject gives nothing to match on)."""
        if self.find is not None:
            return self.find(subject)
        condition = Q(pk__in=[])
        name = " ".join(nfc(subject.full_name or "").split())
        if self.name_field and self.birth_field and name and subject.birth_date:
            condition |= Q(**{f"{self.name_field}__iexact": name, self.birth_field: subject.birth_date})
        if self.code_field and subject.codes:
            condition |= Q(**{f"{self.code_field}__in": list(subject.codes)})
        queryset = self.model._default_manager.all()
        contacts = [bare_contact(contact) for contact in subject.contacts if bare_contact(contact)]
        for number, field_name in enumerate(self.contact_fields if contacts else ()):
            alias = f"_contact_{number}"
            queryset = queryset.alias(**{alias: bare_contact_expression(field_name)})
            condition |= Q(**{f"{alias}__in": contacts})
        return queryset.filter(condition)

    def export_record(self, obj):
        if self.export is not None:
            return self.export(obj)
        return model_values(obj, exclude=self.exclude_fields)

    def erase_record(self, obj, *, reason, user=""):
        if self.erase is not None:
            self.erase(obj, reason=reason, user=user)
        elif callable(getattr(obj, "erase", None)):
            obj.erase(reason=reason, user=user)
        else:
            obj.delete()

    def pages_of(self, obj):
        return list(self.pages(obj)) if self.pages is not None else []

    def expired(self, today):
        if not self.expires_field:
            return self.model._default_manager.none()
        return self.model._default_manager.filter(**{f"{self.expires_field}__lt": today})


def bare_contact(value):
    """``0987 654 321`` and ``0987.654.321`` are one phone number; e-mail addresses in lower case."""
    return "".join(ch for ch in (value or "").lower() if ch not in " .-()")


def bare_contact_expression(field_name):
    """:func:`bare_contact` in SQL, so a stored ``0987 654 321`` matches a typed ``0987654321``."""
    expression = Lower(field_name)
    for char in " .-()":
        expression = Replace(expression, Value(char), Value(""))
    return expression


def model_values(obj, exclude=()):
    """``{Vietnamese label: value}`` of a record's own fields (what an export shows a parent)."""
    values = {}
    for model_field in obj._meta.concrete_fields:
        if model_field.primary_key or model_field.name in exclude or not model_field.editable:
            continue
        if isinstance(model_field, models.ForeignKey):
            related = getattr(obj, model_field.name, None)
            value = str(related) if related is not None else ""
        else:
            value = getattr(obj, model_field.attname)
            if model_field.choices:
                value = getattr(obj, f"get_{model_field.name}_display")()
        values[str(model_field.verbose_name)] = value
    return values


_REGISTRY: dict[str, Declaration] = {}


def declare(model_label, **kwargs):
    """Declare that ``model_label`` ("app_label.ModelName") holds personal data (once, in ``ready``)."""
    declaration = Declaration(model_label=model_label, **kwargs)
    if model_label in _REGISTRY and _REGISTRY[model_label] != declaration:
        raise ImproperlyConfigured(f"{model_label} is declared twice as holding personal data.")
    for name in (declaration.name_field, declaration.birth_field, declaration.code_field, declaration.expires_field):
        if name:
            declaration.model._meta.get_field(name)  # a typo fails at start-up, not in a parent's request
    _REGISTRY[model_label] = declaration
    return declaration


def declarations():
    """Every declaration, in declaration order (the register's order)."""
    return list(_REGISTRY.values())


def get(model_label):
    return _REGISTRY[model_label]


def declare_own_models():
    """The layer's own records: consent, requests, erasure and access logs hold personal data too."""
    declare(
        "personal_data.ConsentRecord",
        data="Họ tên cha mẹ/người giám hộ, ngày sinh của trẻ, nội dung và phiên bản lời đồng ý, thời điểm đồng ý",
        purpose="Chứng minh sự đồng ý xử lý dữ liệu cá nhân của trẻ (Luật 91/2025/QH15)",
        retention="Cùng thời hạn với hồ sơ kèm theo (cùng mã hồ sơ); xóa cùng hồ sơ",
        audience="Cán bộ tiếp nhận hồ sơ của đơn vị",
        code_field="reference_code",
        find=_consent_records,
    )
    declare(
        "personal_data.DataSubjectRequest",
        data="Họ tên, ngày sinh của trẻ; họ tên, điện thoại/thư điện tử của người yêu cầu; nội dung yêu cầu",
        purpose="Giải quyết yêu cầu xem, sửa, xóa dữ liệu cá nhân",
        retention="3 năm kể từ khi giải quyết xong, rồi xóa",
        audience="Quản trị cổng và người được phân công xử lý",
        name_field="child_name",
        birth_field="child_birth_date",
        code_field="code",
        contact_fields=("contact",),
        expires_field="erase_after",
        erase=_erase_request,
    )


def _consent_records(subject):
    from portal.personal_data.models import ConsentRecord

    condition = Q(pk__in=[])
    if subject.codes:
        condition |= Q(reference_code__in=list(subject.codes))
    if subject.birth_date and subject.parent_name.strip():
        parent = " ".join(nfc(subject.parent_name).split())
        condition |= Q(child_birth_date=subject.birth_date, parent_name__iexact=parent)
    if subject.birth_date and subject.full_name.strip():
        child = " ".join(nfc(subject.full_name).split())
        condition |= Q(child_birth_date=subject.birth_date, child_name__iexact=child)
    return ConsentRecord.objects.filter(condition)


def _erase_request(obj, *, reason, user=""):
    """An erased request keeps its code, kind and dates (the log of what was done), not the person."""
    obj.anonymise()


__all__ = ["Declaration", "Subject", "declarations", "declare", "get", "model_values"]
