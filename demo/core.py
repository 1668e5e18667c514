"""Demo content of the core: home page texts and an introduction for each section."""

from portal.core.models import HomePage, PortalSettings, SectionPage

SECTION_BODIES = {
    "gioi-thieu": (
        "<p>{name} được thành lập theo quyết định của Ủy ban nhân dân thành phố Thủ Dầu Một, "
        "là đơn vị sự nghiệp giáo dục công lập chịu sự quản lý trực tiếp của {supervisor}.</p>"
        "<p>Đơn vị có chức năng tổ chức hoạt động giáo dục theo chương trình của Bộ Giáo dục và Đào tạo; "
        "quản lý cán bộ, giáo viên, nhân viên và người học; quản lý, sử dụng cơ sở vật chất đúng quy định.</p>"
    ),
    "van-ban": "<p>Tra cứu văn bản chỉ đạo của Bộ, Sở, Phòng GD&ĐT và quy định nội bộ của đơn vị.</p>",
    "thu-tuc-bieu-mau": (
        "<p>Mẫu đơn xin nghỉ học, đơn xin chuyển trường, đơn đề nghị phúc khảo và hồ sơ tuyển sinh.</p>"
    ),
    "lay-y-kien": "<p>Đơn vị lấy ý kiến góp ý của cha mẹ học sinh về kế hoạch năm học. Thời hạn nhận ý kiến: "
    "trước ngày 30/9 hằng năm.</p>",
    "cong-khai": "<p>Báo cáo thường niên, công khai điều kiện đảm bảo chất lượng và tài chính theo "
    "Thông tư 09/2024/TT-BGDĐT.</p>",
    "tuyen-sinh": "<p>Kế hoạch tuyển sinh năm học 2026-2027: đối tượng, chỉ tiêu, hồ sơ và thời gian nhận hồ sơ.</p>",
    "thong-ke": "<p>Số lớp, số giáo viên, số học sinh và cơ sở vật chất của {name} trong 5 năm học gần nhất.</p>",
    "phap-luat": "<p>Tuyên truyền Luật Giáo dục 2019, Luật An ninh mạng 2018 và các chính sách đối với "
    "nhà giáo, người học.</p>",
    "kiem-dinh": "<p>Kết quả tự đánh giá và đánh giá ngoài; đơn vị đạt kiểm định chất lượng giáo dục cấp độ 2.</p>",
    "pho-cap": "<p>Kết quả phổ cập giáo dục, xóa mù chữ trên địa bàn phường năm 2025.</p>",
    "tai-nguyen": "<p>Kho học liệu số, bài giảng e-learning, sách điện tử dùng chung của Phòng GD&ĐT và Bộ GD&ĐT.</p>",
    "tra-cuu": "<p>Tra cứu kết quả học tập, kết quả các kỳ thi và sổ gốc cấp văn bằng, chứng chỉ.</p>",
    "lien-he": "<p>Mọi ý kiến, câu hỏi xin gửi về {name}: {address}; điện thoại {phone}; thư điện tử {email}.</p>",
}


def _set(page, **values):
    """Update fields and publish only when something changed (keeps seed_demo idempotent)."""
    changed = {key: value for key, value in values.items() if getattr(page, key) != value}
    if changed:
        for key, value in changed.items():
            setattr(page, key, value)
        page.save_revision().publish()


def seed_core(portal, demo, rng):
    home = HomePage.objects.first()
    supervisor = portal.supervisor_name or "Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một"
    values = {
        "name": portal.name,
        "supervisor": supervisor,
        "address": portal.address,
        "phone": portal.phone,
        "email": portal.email,
    }
    if portal.is_district:
        welcome = "Cổng thông tin điện tử ngành Giáo dục và Đào tạo thành phố Thủ Dầu Một"
    else:
        welcome = f"Chào mừng quý phụ huynh và các em học sinh đến với cổng thông tin của {portal.name}"
    _set(home, welcome=welcome, intro=f"<p>{portal.name} – {portal.address}.</p>")
    for section in SectionPage.objects.child_of(home):
        body = SECTION_BODIES.get(section.section_key)
        if body:
            _set(section, body=body.format(**values))
    settings_row = PortalSettings.objects.first()
    if settings_row is not None:
        settings_row.supervisor_name = "" if portal.is_district else supervisor
        title = "Trưởng phòng" if portal.is_district else "Hiệu trưởng"
        settings_row.responsible_person = f"{demo.principal}, {title}"
        settings_row.save()
