"""Texts of the demo news, events and notices (believable, Vietnamese, fixed dates).

``{name}``, ``{short}`` and ``{principal}`` are filled per portal; ``{n}`` with a
number from the seeded random generator. School items and district items differ.
"""

import datetime

CATEGORIES = [
    ("Hoạt động nhà trường", "hoat-dong-nha-truong"),
    ("Hoạt động chuyên môn", "hoat-dong-chuyen-mon"),
    ("Hoạt động ngoại khóa", "hoat-dong-ngoai-khoa"),
    ("Chuyển đổi số", "chuyen-doi-so"),
    ("Phong trào thi đua", "phong-trao-thi-dua"),
]
DISTRICT_CATEGORIES = [
    ("Hoạt động ngành", "hoat-dong-nha-truong"),
    ("Hoạt động chuyên môn", "hoat-dong-chuyen-mon"),
    ("Hoạt động ngoại khóa", "hoat-dong-ngoai-khoa"),
    ("Chuyển đổi số", "chuyen-doi-so"),
    ("Phong trào thi đua", "phong-trao-thi-dua"),
]

D = datetime.date

SCHOOL_ARTICLES = [
    {
        "slug": "le-khai-giang-nam-hoc-2026-2027",
        "date": D(2026, 9, 5),
        "category": "hoat-dong-nha-truong",
        "title": "Lễ khai giảng năm học 2026-2027",
        "summary": "Sáng 05/9, {name} long trọng tổ chức Lễ khai giảng năm học 2026-2027 với sự tham dự của "
        "{n} học sinh cùng đông đảo cha mẹ học sinh.",
        "body": [
            "Đến dự buổi lễ có đại diện lãnh đạo Ủy ban nhân dân phường, Ban đại diện cha mẹ học sinh và các "
            "nhà hảo tâm đã đồng hành cùng nhà trường trong nhiều năm qua.",
            "Phát biểu tại buổi lễ, {principal}, Hiệu trưởng nhà trường, đã điểm lại những kết quả nổi bật của "
            "năm học trước và đề ra các nhiệm vụ trọng tâm: nâng cao chất lượng dạy và học, đẩy mạnh chuyển "
            "đổi số, xây dựng trường học an toàn, thân thiện.",
            "Trong không khí phấn khởi, hồi trống khai trường đã chính thức mở đầu năm học mới.",
        ],
        "quote": "Mỗi ngày đến trường là một ngày vui.",
    },
    {
        "slug": "hoi-thi-giao-vien-day-gioi-cap-truong",
        "date": D(2026, 10, 16),
        "category": "hoat-dong-chuyen-mon",
        "title": "Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027",
        "summary": "Hội thi thu hút {n} giáo viên tham gia với nhiều tiết dạy ứng dụng công nghệ thông tin "
        "sáng tạo, hiệu quả.",
        "body": [
            "Hội thi nhằm tạo sân chơi bổ ích để giáo viên trao đổi kinh nghiệm, đổi mới phương pháp dạy học "
            "theo hướng phát huy tính tích cực, chủ động của học sinh.",
            "Ban giám khảo đánh giá cao các tiết dạy có sử dụng học liệu số, tổ chức hoạt động nhóm hợp lý và "
            "đánh giá học sinh thường xuyên bằng nhiều hình thức.",
            "Kết thúc hội thi, nhà trường chọn các giáo viên có thành tích cao để tham dự hội thi cấp thành phố.",
        ],
    },
    {
        "slug": "ngay-hoi-doc-sach-nam-2026",
        "date": D(2026, 4, 21),
        "category": "hoat-dong-ngoai-khoa",
        "title": "Ngày hội đọc sách năm 2026",
        "summary": "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4, thư viện nhà trường tổ chức ngày hội "
        "với nhiều hoạt động hấp dẫn.",
        "body": [
            "Các em học sinh được tham gia giới thiệu sách, kể chuyện theo sách, vẽ tranh về nhân vật yêu thích "
            "và trao đổi sách cũ với bạn bè.",
            "Dịp này, thư viện tiếp nhận thêm {n} đầu sách do cha mẹ học sinh và cựu học sinh quyên góp.",
        ],
    },
    {
        "slug": "tap-huan-chuyen-doi-so",
        "date": D(2026, 8, 12),
        "category": "chuyen-doi-so",
        "title": "Tập huấn chuyển đổi số cho cán bộ, giáo viên",
        "summary": "Cán bộ, giáo viên được hướng dẫn sử dụng học bạ số, sổ điểm điện tử và khai thác kho học "
        "liệu số của ngành.",
        "body": [
            "Lớp tập huấn do tổ Tin học nhà trường phối hợp với chuyên viên Phòng Giáo dục và Đào tạo hướng dẫn, "
            "gồm {n} học viên tham dự.",
            "Nội dung tập trung vào an toàn thông tin khi sử dụng thư điện tử công vụ, quản lý tài khoản và "
            "bảo vệ dữ liệu cá nhân của học sinh.",
        ],
    },
    {
        "slug": "le-tong-ket-nam-hoc-2025-2026",
        "date": D(2026, 5, 28),
        "category": "hoat-dong-nha-truong",
        "title": "Lễ tổng kết năm học 2025-2026",
        "summary": "Nhà trường tuyên dương {n} học sinh có thành tích xuất sắc trong học tập và rèn luyện.",
        "body": [
            "Năm học 2025-2026, nhà trường hoàn thành tốt các chỉ tiêu đề ra; tỉ lệ học sinh hoàn thành chương "
            "trình đạt trên 99%.",
            "Buổi lễ khép lại bằng chương trình văn nghệ chia tay các em học sinh cuối cấp.",
        ],
    },
    {
        "slug": "ky-niem-ngay-nha-giao-viet-nam-20-11",
        "date": D(2026, 11, 20),
        "category": "phong-trao-thi-dua",
        "title": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "summary": "Tập thể sư phạm {short} tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
        "body": [
            "Buổi họp mặt có sự tham dự của các thầy cô giáo đã nghỉ hưu và đại diện Ban đại diện cha mẹ học sinh.",
            "Nhân dịp này, nhà trường khen thưởng {n} giáo viên đạt thành tích cao trong phong trào thi đua “Hai tốt”.",
        ],
    },
    {
        "slug": "tuyen-truyen-an-toan-giao-thong",
        "date": D(2026, 9, 18),
        "category": "hoat-dong-ngoai-khoa",
        "title": "Tuyên truyền an toàn giao thông đầu năm học",
        "summary": "Học sinh được hướng dẫn kỹ năng đi bộ, qua đường an toàn và đội mũ bảo hiểm đúng cách.",
        "body": [
            "Buổi tuyên truyền do Công an phường phối hợp với nhà trường tổ chức dưới cờ.",
            "Cha mẹ học sinh ký cam kết chấp hành quy định về an toàn giao thông khi đưa đón con.",
        ],
    },
    {
        "slug": "vui-tet-trung-thu-2026",
        "date": D(2026, 9, 24),
        "category": "hoat-dong-ngoai-khoa",
        "title": "Vui Tết Trung thu năm 2026",
        "summary": "Đêm hội trăng rằm mang đến cho các em niềm vui với rước đèn, phá cỗ và văn nghệ.",
        "body": [
            "Các lớp tự tay làm lồng đèn từ vật liệu tái chế và trưng bày mâm cỗ Trung thu truyền thống.",
            "Nhà trường trao {n} phần quà cho học sinh có hoàn cảnh khó khăn.",
        ],
    },
    {
        "slug": "kham-suc-khoe-dinh-ky-cho-hoc-sinh",
        "date": D(2026, 10, 8),
        "category": "hoat-dong-nha-truong",
        "title": "Khám sức khỏe định kỳ cho học sinh",
        "summary": "Trạm Y tế phường phối hợp khám sức khỏe định kỳ cho {n} học sinh.",
        "body": [
            "Các em được đo chiều cao, cân nặng, khám răng miệng, mắt và tư vấn dinh dưỡng.",
            "Kết quả khám được gửi đến cha mẹ học sinh qua sổ liên lạc điện tử.",
        ],
    },
    {
        "slug": "huong-dan-nhiem-vu-nam-hoc-2026-2027",
        "date": D(2026, 8, 20),
        "category": "hoat-dong-chuyen-mon",
        "title": "Bộ GD&ĐT hướng dẫn thực hiện nhiệm vụ năm học 2026-2027",
        "summary": "Bộ Giáo dục và Đào tạo ban hành hướng dẫn thực hiện nhiệm vụ năm học 2026-2027 với các "
        "nhóm nhiệm vụ trọng tâm.",
        "body": [
            "Hướng dẫn yêu cầu các địa phương bảo đảm đủ trường, lớp, giáo viên; tiếp tục thực hiện Chương "
            "trình giáo dục phổ thông 2018 và đẩy mạnh chuyển đổi số trong giáo dục.",
        ],
        "reposted": (
            "Ban Biên tập Cổng thông tin điện tử Bộ GD&ĐT",
            "Cổng thông tin điện tử Bộ Giáo dục và Đào tạo",
            "https://moet.gov.vn/",
        ),
    },
]

DISTRICT_ARTICLES = [
    {
        "slug": "tong-ket-nam-hoc-2025-2026-nganh-giao-duc",
        "date": D(2026, 7, 25),
        "category": "hoat-dong-nha-truong",
        "title": "Hội nghị tổng kết năm học 2025-2026 ngành Giáo dục thành phố",
        "summary": "Ngành Giáo dục thành phố Thủ Dầu Một hoàn thành tốt nhiệm vụ năm học với {n} trường đạt "
        "chuẩn quốc gia.",
        "body": [
            "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm học 2025-2026 và triển khai phương hướng năm học mới.",
            "Phát biểu chỉ đạo, {principal}, Trưởng phòng Giáo dục và Đào tạo, đề nghị các đơn vị tiếp tục đẩy "
            "mạnh chuyển đổi số, nâng cao chất lượng đội ngũ.",
        ],
    },
    {
        "slug": "hoi-thi-giao-vien-day-gioi-cap-thanh-pho",
        "date": D(2026, 11, 12),
        "category": "hoat-dong-chuyen-mon",
        "title": "Khai mạc Hội thi giáo viên dạy giỏi cấp thành phố",
        "summary": "{n} giáo viên đến từ các trường mầm non, tiểu học, trung học cơ sở tham dự hội thi.",
        "body": [
            "Hội thi diễn ra trong hai tuần tại các điểm trường; mỗi giáo viên thực hiện hai tiết dạy và trình "
            "bày biện pháp nâng cao chất lượng giảng dạy.",
        ],
    },
    {
        "slug": "tap-huan-chuyen-doi-so-can-bo-quan-ly",
        "date": D(2026, 8, 5),
        "category": "chuyen-doi-so",
        "title": "Tập huấn chuyển đổi số cho cán bộ quản lý các trường",
        "summary": "Cán bộ quản lý được hướng dẫn vận hành cổng thông tin điện tử và hệ thống thư điện tử "
        "công vụ @ptdm.edu.vn.",
        "body": [
            "Lớp tập huấn có {n} học viên là hiệu trưởng, phó hiệu trưởng và nhân viên phụ trách công nghệ "
            "thông tin của các trường.",
            "Các đơn vị được yêu cầu kiện toàn Ban Biên tập cổng thông tin và ban hành quy chế hoạt động.",
        ],
    },
    {
        "slug": "ngay-hoi-doc-sach-cap-thanh-pho",
        "date": D(2026, 4, 22),
        "category": "hoat-dong-ngoai-khoa",
        "title": "Ngày hội đọc sách cấp thành phố năm 2026",
        "summary": "Ngày hội thu hút học sinh của {n} trường tham gia các hoạt động giới thiệu sách.",
        "body": ["Nhiều mô hình thư viện xanh, thư viện thân thiện được các trường trưng bày và giới thiệu."],
    },
    {
        "slug": "kiem-tra-cong-tac-chuan-bi-nam-hoc-moi",
        "date": D(2026, 8, 28),
        "category": "hoat-dong-nha-truong",
        "title": "Kiểm tra công tác chuẩn bị năm học mới tại các trường",
        "summary": "Đoàn kiểm tra đánh giá cơ sở vật chất, đội ngũ và kế hoạch giáo dục của các trường.",
        "body": ["Các trường cơ bản hoàn tất sửa chữa phòng học, bổ sung thiết bị dạy học trước ngày tựu trường."],
    },
    {
        "slug": "hoi-khoe-phu-dong-cap-thanh-pho",
        "date": D(2026, 11, 2),
        "category": "phong-trao-thi-dua",
        "title": "Hội khỏe Phù Đổng cấp thành phố năm học 2026-2027",
        "summary": "Hơn {n} vận động viên học sinh tranh tài ở các môn điền kinh, bơi lội, cờ vua, bóng đá.",
        "body": ["Hội khỏe là dịp đánh giá phong trào thể dục thể thao trong trường học."],
    },
]

SCHOOL_EVENTS = [
    {
        "slug": "hoi-nghi-vien-chuc-nam-hoc-2026-2027",
        "date": D(2026, 9, 28),
        "category": "hoat-dong-nha-truong",
        "title": "Hội nghị viên chức, người lao động năm học 2026-2027",
        "summary": "Hội nghị thông qua kế hoạch năm học và quy chế chi tiêu nội bộ.",
        "start": (2026, 10, 3, 7, 30),
        "end": (2026, 10, 3, 11, 0),
        "place": "Hội trường nhà trường",
        "organiser": "Ban Giám hiệu và Công đoàn nhà trường",
        "body": ["Toàn thể viên chức, người lao động tham dự đầy đủ và đúng giờ."],
    },
    {
        "slug": "hoi-thao-chao-mung-ngay-22-12",
        "date": D(2026, 11, 23),
        "category": "phong-trao-thi-dua",
        "title": "Hội thao chào mừng Ngày thành lập Quân đội nhân dân Việt Nam 22/12",
        "summary": "Các lớp thi đấu kéo co, chạy tiếp sức và nhảy dây.",
        "start": (2026, 12, 19, 7, 0),
        "end": (2026, 12, 19, 10, 30),
        "place": "Sân trường",
        "organiser": "Liên đội nhà trường",
        "body": ["Giáo viên chủ nhiệm đăng ký danh sách vận động viên trước ngày 12/12."],
    },
]

DISTRICT_EVENTS = [
    {
        "slug": "hoi-nghi-chuyen-doi-so-nganh-giao-duc",
        "date": D(2026, 11, 18),
        "category": "chuyen-doi-so",
        "title": "Hội nghị chuyên đề chuyển đổi số ngành Giáo dục thành phố",
        "summary": "Hội nghị chia sẻ kinh nghiệm triển khai học bạ số và cổng thông tin điện tử của các trường.",
        "start": (2026, 12, 4, 8, 0),
        "end": (2026, 12, 4, 11, 30),
        "place": "Hội trường Phòng Giáo dục và Đào tạo, số 10 Văn Công Khai",
        "organiser": "Phòng Giáo dục và Đào tạo",
        "body": ["Mỗi trường cử hiệu trưởng và một giáo viên phụ trách công nghệ thông tin tham dự."],
    },
    {
        "slug": "le-tuyen-duong-hoc-sinh-gioi",
        "date": D(2026, 6, 1),
        "category": "phong-trao-thi-dua",
        "title": "Lễ tuyên dương học sinh giỏi năm học 2025-2026",
        "summary": "Tuyên dương học sinh đạt giải cấp tỉnh, cấp quốc gia.",
        "start": (2026, 6, 6, 8, 0),
        "end": None,
        "place": "Nhà Văn hóa Thanh niên thành phố",
        "organiser": "Phòng Giáo dục và Đào tạo phối hợp Thành đoàn",
        "body": ["Các trường đưa học sinh đến trước 7 giờ 30 phút."],
    },
]

SCHOOL_NOTICES = [
    {
        "slug": "thong-bao-nghi-tet-duong-lich-2027",
        "date": D(2026, 11, 20),
        "pinned": True,
        "title": "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        "summary": "Học sinh nghỉ học ngày 01/01/2027 (thứ Sáu) và đi học lại bình thường từ thứ Hai 04/01/2027.",
        "body": ["Đề nghị cha mẹ học sinh quản lý, nhắc nhở các em bảo đảm an toàn trong những ngày nghỉ."],
    },
    {
        "slug": "thong-bao-hop-cha-me-hoc-sinh-dau-nam",
        "date": D(2026, 9, 10),
        "title": "Thông báo họp cha mẹ học sinh đầu năm học 2026-2027",
        "summary": "Cuộc họp diễn ra lúc 7 giờ 30 phút, Chủ nhật 20/9/2026 tại các phòng học.",
        "body": ["Nội dung: thông qua kế hoạch giáo dục, bầu Ban đại diện cha mẹ học sinh của lớp."],
    },
    {
        "slug": "thong-bao-cac-khoan-thu-nam-hoc-2026-2027",
        "date": D(2026, 8, 25),
        "title": "Thông báo các khoản thu năm học 2026-2027",
        "summary": "Nhà trường công khai các khoản thu theo quy định của Hội đồng nhân dân tỉnh.",
        "body": ["Mọi thắc mắc xin liên hệ bộ phận kế toán nhà trường trong giờ hành chính."],
    },
]

DISTRICT_NOTICES = [
    {
        "slug": "thong-bao-nghi-tet-duong-lich-2027",
        "date": D(2026, 11, 19),
        "pinned": True,
        "title": "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục",
        "summary": "Cán bộ, giáo viên, nhân viên và học sinh nghỉ ngày 01/01/2027.",
        "body": ["Các đơn vị phân công trực bảo vệ, phòng cháy chữa cháy trong thời gian nghỉ."],
    },
    {
        "slug": "thong-bao-kiem-tra-chuyen-de-chuyen-doi-so",
        "date": D(2026, 10, 20),
        "title": "Thông báo kế hoạch kiểm tra chuyên đề chuyển đổi số năm học 2026-2027",
        "summary": "Đoàn kiểm tra làm việc tại các trường từ ngày 01/12 đến 18/12/2026.",
        "body": ["Các trường chuẩn bị hồ sơ về cổng thông tin điện tử, thư điện tử công vụ và học bạ số."],
    },
    {
        "slug": "thong-bao-hoi-thi-giao-vien-day-gioi",
        "date": D(2026, 9, 30),
        "title": "Thông báo tổ chức Hội thi giáo viên dạy giỏi cấp thành phố",
        "summary": "Các trường gửi danh sách giáo viên dự thi trước ngày 25/10/2026.",
        "body": ["Hồ sơ gửi qua hộp thư công vụ của Phòng Giáo dục và Đào tạo."],
    },
]
