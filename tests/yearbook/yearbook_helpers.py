"""Statistics rows shared by the yearbook tests (a THCS and a preschool, consistent totals)."""

YEARS = ["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025", "2025-2026"]


def thcs_row(year, step):
    grades = [300 + step * 5, 290 + step * 4, 280 + step * 3, 270 + step * 2]
    return {
        "school_year": year,
        "classes": 28 + step,
        "teachers": 60 + step,
        "staff": 12,
        "students": sum(grades),
        "students_g6": grades[0],
        "students_g7": grades[1],
        "students_g8": grades[2],
        "students_g9": grades[3],
        "rooms": 28 + step,
        "functional_rooms": 8,
        "land_area": 12500,
    }


def mn_row(year, step):
    grades = [40 + step, 90 + step, 95 + step, 100 + step]
    return {
        "school_year": year,
        "classes": 12,
        "teachers": 30,
        "staff": 10,
        "students": sum(grades),
        "students_nt": grades[0],
        "students_mg3": grades[1],
        "students_mg4": grades[2],
        "students_mg5": grades[3],
        "rooms": 12,
        "functional_rooms": 3,
        "land_area": 4200,
    }
