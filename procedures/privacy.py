"""What personal data the procedures app holds, declared to the privacy layer (``portal.personal_data``).

Called once from ``ProceduresConfig.ready``. The register page, the export and erasure of a person's data,
and the daily retention job (``personal_data.expire``) all come from these declarations.
"""

from django.db.models import Q, TextField
from django.db.models.functions import Cast

from portal.personal_data.consent import erase_consent
from portal.personal_data.models import ConsentRecord
from portal.personal_data.registry import Subject, declare
from portal.text import nfc

STAFF = "Cán bộ được giao tiếp nhận hồ sơ (người có quyền sửa trang tương ứng) và quản trị cổng"


def submission_subject(submission):
    """The subject of one submission: its code (the export of one submission's data)."""
    return Subject(codes=(submission.reference_code,))


def _submissions(subject):
    from procedures.models import OnlineFormSubmission

    codes = set(subject.codes)
    if subject.birth_date:
        consents = ConsentRecord.objects.filter(child_birth_date=subject.birth_date)
        names = Q(pk__in=[])
        if subject.parent_name.strip():
            names |= Q(parent_name__iexact=" ".join(nfc(subject.parent_name).split()))
        if subject.full_name.strip():
            names |= Q(child_name__iexact=" ".join(nfc(subject.full_name).split()))
        codes |= set(consents.filter(names).values_list("reference_code", flat=True))
    condition = Q(reference_code__in=codes)
    name = " ".join(nfc(subject.full_name or "").split())
    if name and subject.birth_date:
        # A form's own fields may hold the child's name and date of birth (stored as ISO text in the JSON).
        matching = (
            OnlineFormSubmission.objects.annotate(text=Cast("form_data", TextField()))
            .filter(text__icontains=name)
            .filter(text__contains=subject.birth_date.isoformat())
        )
        condition |= Q(pk__in=matching.values("pk"))
    return OnlineFormSubmission.objects.filter(condition)


def _export_submission(submission):
    return {
        "Mã hồ sơ": submission.reference_code,
        "Biểu mẫu": submission.page.title,
        "Thời gian nộp": submission.submit_time,
        "Dữ liệu": submission.form_data,
        "Tệp đính kèm": [item.original_name for item in submission.files.all()],
        "Xóa sau ngày": submission.erase_after,
    }


def _erase_submission(submission, *, reason, user=""):
    """The files (from storage too), the consent records, the submission."""
    for item in submission.files.all():
        item.delete()
    erase_consent(submission.reference_code)
    submission.delete()


def _page(obj):
    return [obj.page]


def declare_personal_data():
    declare(
        "procedures.OnlineFormSubmission",
        data="Các ô của biểu mẫu (thường: họ tên, ngày sinh, lớp của học sinh; họ tên, liên hệ của cha mẹ) "
        "và tệp đính kèm",
        purpose="Giải quyết thủ tục hành chính, hồ sơ nộp trực tuyến",
        retention="Theo thời hạn lưu của từng biểu mẫu (mặc định 365 ngày từ ngày nộp), rồi xóa cùng tệp đính kèm",
        audience=STAFF + "; hộp thư công vụ tiếp nhận",
        code_field="reference_code",
        expires_field="erase_after",
        find=_submissions,
        export=_export_submission,
        erase=_erase_submission,
    )
    declare(
        "procedures.AdmissionApplication",
        data="Họ tên, ngày sinh, giới tính, nơi ở, trường đang học của trẻ; họ tên, quan hệ, điện thoại, "
        "thư điện tử của cha mẹ",
        purpose="Xét tuyển đầu cấp trực tuyến; tra cứu kết quả bằng mã hồ sơ và ngày sinh",
        retention="Theo thời hạn lưu của trang đăng ký (mặc định 365 ngày), rồi xóa",
        audience=STAFF + "; công chúng thấy họ tên kèm tháng/năm sinh của trẻ trúng tuyển đến ngày gỡ danh sách",
        public=True,
        name_field="child_name",
        birth_field="birth_date",
        code_field="code",
        contact_fields=("phone", "email"),
        expires_field="erase_after",
        pages=_page,
    )
    declare(
        "procedures.ExamCandidate",
        data="Họ tên, ngày sinh, trường, lớp của thí sinh; điện thoại liên hệ; số báo danh, phòng thi",
        purpose="Tổ chức thi, công khai số báo danh và phòng thi",
        retention="Theo thời hạn lưu của trang đăng ký thi (mặc định 365 ngày), rồi xóa",
        audience=STAFF + "; công chúng thấy họ tên, số báo danh, phòng thi đến ngày gỡ danh sách",
        public=True,
        name_field="full_name",
        birth_field="birth_date",
        code_field="code",
        contact_fields=("phone",),
        expires_field="erase_after",
        pages=_page,
    )
    declare(
        "procedures.ExamResult",
        data="Số báo danh, họ tên, ngày sinh, phòng thi, điểm, kết quả",
        purpose="Tra cứu kết quả thi bằng hai thông tin (số báo danh và ngày sinh), không bao giờ hiện danh sách",
        retention="Đến khi nhà trường xóa trang tra cứu hoặc nhập lại dữ liệu",
        audience=STAFF + "; người tra cứu biết đúng cả số báo danh và ngày sinh",
        name_field="full_name",
        birth_field="birth_date",
    )
    declare(
        "procedures.Diploma",
        data="Số hiệu văn bằng, số vào sổ gốc, họ tên, ngày sinh, năm tốt nghiệp, xếp loại",
        purpose="Tra cứu văn bằng (sổ gốc cấp văn bằng) bằng hai thông tin",
        retention="Lâu dài, như sổ gốc cấp văn bằng",
        audience=STAFF + "; người tra cứu biết đúng cả số hiệu và ngày sinh",
        name_field="full_name",
        birth_field="birth_date",
    )
    declare(
        "procedures.Question",
        data="Họ tên và điện thoại/thư điện tử của người hỏi; câu hỏi",
        purpose="Trả lời câu hỏi của người dân (Hỏi đáp); chỉ câu hỏi và trả lời được công khai, không kèm tên",
        retention="Hai năm sau khi trả lời (câu hỏi chưa trả lời: đến khi trả lời), rồi xóa",
        audience=STAFF,
        children=False,
        code_field="code",
        contact_fields=("contact",),
        expires_field="erase_after",
        pages=_page,
    )
    declare(
        "procedures.ConsultationComment",
        data="Họ tên, đơn vị/địa chỉ, điện thoại/thư điện tử của người góp ý; ý kiến",
        purpose="Lấy ý kiến về dự thảo; ý kiến đã duyệt hiện kèm họ tên",
        retention="Hai năm sau ngày gửi, rồi xóa",
        audience=STAFF + "; công chúng thấy họ tên và ý kiến đã duyệt",
        children=False,
        public=True,
        contact_fields=("contact",),
        expires_field="erase_after",
        pages=_page,
    )
