"""Choose the gold documents and cut them into markup sections for annotators.

Run once from the repository root: ``python annotations/select_sections.py``.
Each section is a contiguous run of whole lines of at least 3 KB (or the whole
document), chosen where the document is richest in the entities of schema v1.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

RAW = Path("../shared/corpus/raw")
SEED = Path("../shared/seed/bao-cao-lang-son-2025-03.txt")
OUT = Path("annotations/work")
RICH = re.compile(
    r"\d\s?(?:ha|m2|m²|km2|km²)\b|\d\s?(?:tỷ|triệu|nghìn)?\s?(?:đồng|VNĐ)|\d\s?%|[Dd]ự án|[Cc]ông trình|"
    r"\b(?:phường|xã|thôn|tỉnh|thành phố)\b|số \d|\d+/\d{4}|UBND|Sở |Bộ |[Tt]hực hiện (?:Nghị|Kế|Quyết|Chỉ)"
)

# (file stem, whole document? or an explicit span) — chosen for type, province and richness in rare labels
CHOICE = [
    ("bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi", True),
    ("bai-viet-tvnd-khu-do-thi-moi-phia-tay-thi-tran-voi-bac-ninh", True),
    ("bai-viet-tvnd-kkt-ven-bien-phia-nam-hai-phong", True),
    ("bai-viet-tvnd-dau-gia-dat-hung-yen-thang-5-2025", True),
    ("bai-viet-tvnd-kcn-dong-anh-ha-noi", True),
    ("bai-viet-tvpl-du-an-nha-o-xa-hoi-tphcm-2025", False),
    ("bai-viet-tvnd-benh-vien-nhon-binh-binh-dinh", True),
    ("bai-viet-tvnd-cau-cat-lai-ppp", True),
    ("bai-viet-tvnd-04-du-an-nha-o-xa-hoi-tuyen-quang", True),
    ("bai-viet-tvnd-kcn-hoa-hoi-gia-lai", True),
    ("bai-viet-tvnd-khu-do-thi-sinh-thai-hoa-son-hoa-binh", True),
    ("bai-viet-tvpl-cong-van-18590-btc-ptht-giai-ngan-dau-tu-cong", True),
    ("bai-viet-tvnd-mo-rong-cao-toc-tphcm-trung-luong-my-thuan", True),
    ("bai-viet-tvnd-thu-duc-9-du-an-trong-diem", True),
    ("bai-viet-xdcs-sap-nhap-huyen-yen-dung-bac-giang", False),
    ("nghi-quyet-48-2025-nq-hdnd-ha-noi", False),
    ("quyet-dinh-2581-qd-ttg-2025", False),
    ("nghi-quyet-55-2025-nq-hdnd-ha-noi", False),
    ("nghi-quyet-76-2025-nq-hdnd-ha-noi", False),
    ("ke-hoach-0204-kh-ubnd-ca-mau-2025", False),
    ("nghi-dinh-09-2025-nd-cp", False),
    ("quyet-dinh-36-2025-qd-ctubnd-can-tho", False),
    ("quyet-dinh-2816-qd-ubnd-dong-nai-2025", False),
    ("ke-hoach-556-kh-ubnd-dong-thap-2025", False),
    ("ke-hoach-165-kh-ubnd-can-tho-2025", False),
    ("quyet-dinh-435-qd-ubnd-kon-tum-2020", False),
    ("quyet-dinh-44-2025-qd-ctubnd-gia-lai", False),
    ("quyet-dinh-2028-qd-ubnd-cao-bang-2025", False),
    ("quyet-dinh-72-2025-qd-ubnd-bac-ninh", False),
    ("quyet-dinh-223-2025-qd-ubnd-hai-phong", False),
    ("quyet-dinh-27-2025-qd-ubnd-thai-nguyen", False),
    ("quyet-dinh-74-2025-qd-ubnd-ha-noi", False),
    ("nghi-quyet-188-2025-qh15", False),
    ("nghi-quyet-35-2025-nq-hdnd-hue", False),
    ("quyet-dinh-2913-qd-ubnd-ha-tinh-2025", False),
    ("thong-bao-627-tb-vpcp-2025", False),
    ("chi-thi-010-ct-ubnd-dak-lak-2025", False),
    ("cong-dien-224-cd-ttg-2025", False),
    ("cong-van-4085-ubnd-dt-ho-chi-minh-2025", True),
    ("quyet-dinh-3851-qd-ubnd-nghe-an-2025", False),
    ("quyet-dinh-96-2025-qd-ubnd-quang-ninh", False),
    ("ke-hoach-7360-kh-ubnd-lai-chau-2025", False),
    ("quyet-dinh-2954-qd-ubnd-son-la-2025", False),
    ("ke-hoach-235-kh-ubnd-thanh-hoa-2025", False),
    ("quyet-dinh-161-2025-qd-ubnd-ninh-binh", False),
    ("quyet-dinh-2641-qd-ubnd-da-nang-2025", False),
    ("nghi-quyet-20-2025-nq-hdnd-vinh-long", False),
    # second round: every remaining news article, for named projects with amounts and areas
    ("bai-viet-tvnd-kcn-yen-binh-2-thai-nguyen", True),
    ("bai-viet-tvnd-du-an-giao-thong-tphcm-khoi-cong-2025", True),
    ("bai-viet-tvnd-kcn-binh-nghi-binh-dinh", True),
    ("bai-viet-tvnd-kcn-phuc-long", True),
    ("bai-viet-tvnd-duong-hai-thuong-lan-ong-ca-mau", True),
    ("bai-viet-tvnd-cau-vam-xang-cai-ngay-ca-mau", True),
    ("bai-viet-tvnd-cau-luong-binh-thanh-hoa", True),
    ("bai-viet-tvnd-quoc-lo-50b-tien-giang", True),
    ("bai-viet-tvnd-tau-dien-do-thi-phu-quoc", True),
    ("bai-viet-tvnd-trung-tam-hoi-nghi-apec-phu-quoc", True),
    ("bai-viet-tvnd-sieu-thi-as-mart-thieu-trung-thanh-hoa", True),
    ("bai-viet-tvnd-nut-giao-an-binh-dong-thap", True),
    ("bai-viet-tvnd-11-khu-tai-dinh-cu-hai-duong", True),
    ("bai-viet-tvnd-kcn-phu-ha-ha-noi", True),
    # third round: the window richest in «thực hiện … Nghị quyết/Kế hoạch …» (implements)
    ("ke-hoach-179-kh-ubnd-dong-nai-2025", (58563, 63716)),
    ("thong-bao-624-tb-vpcp-2025", (60236, 65084)),
    ("quyet-dinh-2820-qd-ubnd-ho-chi-minh-2025", (1388, 6309)),
    ("ke-hoach-182-kh-ubnd-dong-nai-2025", (0, 3317)),
    ("ke-hoach-987-kh-ubnd-nghe-an-2025", (0, 3214)),
    # fourth round: the windows with the most named projects (dự án / công trình + a name), for PROJECT
    ("nghi-quyet-70-2025-nq-hdnd-ha-noi", (856, 5609)),
    ("quyet-dinh-1521-qd-ubnd-bac-ninh-2025", (65507, 69274)),
    ("quyet-dinh-1490-qd-ubnd-bac-ninh-2025", (22113, 25435)),
    ("nghi-dinh-302-2025-nd-cp", (17175, 20483)),
    ("quyet-dinh-2634-qd-ttg-2025", (4668, 8098)),
    ("nghi-quyet-71-2025-nq-hdnd-ha-noi", (438, 4842)),
    ("thong-bao-653-tb-vpcp-2025", (174, 4875)),
    ("ke-hoach-597-kh-ubnd-dong-thap-2025", (3700, 8483)),
    ("quyet-dinh-74-2025-qd-ubnd-ha-tinh", (40033, 43275)),
    ("quyet-dinh-88-2025-qd-ubnd-lai-chau", (13688, 17967)),
    ("nghi-quyet-187-2025-qh15", (12, 3285)),
    ("quyet-dinh-030-2025-qd-ubnd-dak-lak", (123, 3349)),
    ("thong-bao-634-tb-vpcp-2025", (7494, 10832)),
    ("thong-bao-655-tb-vpcp-son-la-2025", (4169, 7489)),
    ("ke-hoach-310-kh-ubnd-ha-noi-2025", False),
    ("quyet-dinh-212-2025-qd-ubnd-hai-phong", False),
    # fifth round: the remaining documents whose richest window is densest in entities
    ("quyet-dinh-81-2025-qd-ubnd-da-nang", False),
    ("quyet-dinh-84-2025-qd-ubnd-ha-tinh", False),
    ("quyet-dinh-299-qd-tandtc-2025", False),
    ("nghi-quyet-1655-nq-ubtvqh15", False),
    ("ke-hoach-0134-kh-ubnd-dak-lak-2025", False),
    ("nghi-quyet-1661-nq-ubtvqh15", False),
    ("quyet-dinh-2688-qd-ubnd-quang-tri-2025", False),
    ("nghi-quyet-33-2025-nq-hdnd-hue", False),
    ("quyet-dinh-44-2025-qd-ubnd-quang-ngai", False),
    ("quyet-dinh-1949-qd-ubnd-cao-bang-2025", False),
    ("quyet-dinh-2830-qd-ubnd-dong-nai-2025", False),
    ("ke-hoach-980-kh-ubnd-nghe-an-2025", False),
    ("quyet-dinh-97-2025-qd-ubnd-quang-ninh", False),
    ("quyet-dinh-87-2025-qd-ubnd-lai-chau", False),
    ("ke-hoach-617-kh-ubnd-dong-thap-2025", False),
    ("quyet-dinh-98-2025-qd-ubnd-nghe-an", False),
    # sixth round: unannotated windows densest in «dự án» / «công trình» / «Xây dựng …» — named
    # projects and the generic mentions that are not entities — in train documents and in new ones
    ("ke-hoach-182-kh-ubnd-dong-nai-2025", (19374, 24062)),
    ("quyet-dinh-74-2025-qd-ubnd-ha-noi", (6780, 11686)),
    ("nghi-quyet-48-2025-nq-hdnd-ha-noi", (18084, 22773)),
    ("bai-viet-tvpl-du-an-nha-o-xa-hoi-tphcm-2025", (4313, 9224)),
    ("quyet-dinh-27-2025-qd-ubnd-thai-nguyen", (13619, 18419)),
    ("nghi-quyet-35-2025-nq-hdnd-hue", (4713, 9432)),
    ("thong-bao-624-tb-vpcp-2025", (16267, 21102)),
    ("quyet-dinh-2913-qd-ubnd-ha-tinh-2025", (9159, 13749)),
    ("quyet-dinh-1521-qd-ubnd-bac-ninh-2025", (69275, 73884)),
    ("nghi-quyet-187-2025-qh15", (12594, 17163)),
    ("ke-hoach-552-kh-ubnd-dong-thap-2025", (8461, 13028)),
    ("ke-hoach-153-kh-ubnd-can-tho-2025", (22127, 26750)),
    ("cong-van-11414-vpcp-cn-2025", True),
    ("thong-bao-637-tb-vpcp-2025", (0, 4745)),
    ("nghi-quyet-79-2025-nq-hdnd-ha-noi", (26846, 31383)),
    ("nghi-quyet-66-8-2025-nq-cp", (0, 4511)),
    # seventh round (active learning): in train documents, the unannotated windows where the shipped
    # model predicts the most PROJECTs, right or wrong (power lines, mines, courts, forest stations)
    ("quyet-dinh-2634-qd-ttg-2025", (8441, 13412)),
    ("quyet-dinh-299-qd-tandtc-2025", (8050, 13045)),
    ("ke-hoach-0134-kh-ubnd-dak-lak-2025", (32909, 37906)),
    ("bai-viet-xdcs-sap-nhap-huyen-yen-dung-bac-giang", (870, 5870)),
    ("quyet-dinh-97-2025-qd-ubnd-quang-ninh", (3852, 8764)),
    ("nghi-quyet-48-2025-nq-hdnd-ha-noi", (53940, 58932)),
    ("quyet-dinh-2954-qd-ubnd-son-la-2025", (3288, 8202)),
    ("thong-bao-624-tb-vpcp-2025", (33598, 38442)),
    ("quyet-dinh-1490-qd-ubnd-bac-ninh-2025", (9194, 14081)),
    ("nghi-quyet-1655-nq-ubtvqh15", (3673, 8632)),
    ("nghi-quyet-55-2025-nq-hdnd-ha-noi", (39174, 44088)),
    ("nghi-quyet-1661-nq-ubtvqh15", (4633, 9428)),
    ("quyet-dinh-1521-qd-ubnd-bac-ninh-2025", (42405, 47324)),
    ("nghi-quyet-33-2025-nq-hdnd-hue", (7396, 11048)),
    ("quyet-dinh-2913-qd-ubnd-ha-tinh-2025", (0, 4905)),
    ("ke-hoach-556-kh-ubnd-dong-thap-2025", (19679, 24398)),
    # eighth round: in train documents, the unannotated windows densest in named-project cues (a
    # lower-case «dự án» / «công trình» before a name, a head noun and a name, a capitalised «Dự án»)
    ("quyet-dinh-27-2025-qd-ubnd-thai-nguyen", (3451, 8194)),
    ("quyet-dinh-74-2025-qd-ubnd-ha-noi", (11695, 16583)),
    ("quyet-dinh-27-2025-qd-ubnd-thai-nguyen", (8476, 13435)),
    ("chi-thi-010-ct-ubnd-dak-lak-2025", (7109, 12028)),
    ("quyet-dinh-2913-qd-ubnd-ha-tinh-2025", (28549, 33513)),
    ("quyet-dinh-2634-qd-ttg-2025", (1146, 4668)),
    ("quyet-dinh-223-2025-qd-ubnd-hai-phong", (20224, 25020)),
    ("nghi-quyet-187-2025-qh15", (6727, 11649)),
    ("nghi-quyet-71-2025-nq-hdnd-ha-noi", (13845, 18550)),
    ("nghi-quyet-79-2025-nq-hdnd-ha-noi", (18752, 23695)),
    ("bai-viet-tvpl-du-an-nha-o-xa-hoi-tphcm-2025", (9987, 14933)),
    ("quyet-dinh-223-2025-qd-ubnd-hai-phong", (4950, 9848)),
    ("quyet-dinh-2913-qd-ubnd-ha-tinh-2025", (22701, 27624)),
    ("quyet-dinh-1490-qd-ubnd-bac-ninh-2025", (15318, 20185)),
    ("quyet-dinh-1490-qd-ubnd-bac-ninh-2025", (5073, 9194)),
    ("quyet-dinh-36-2025-qd-ctubnd-can-tho", (10909, 15512)),
]
MIN, MAX = 3200, 5200


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts += [m.end() for m in re.finditer("\n", text)]
    return starts


def best_window(text: str) -> tuple[int, int]:
    starts = line_starts(text) + [len(text)]
    best = (-1.0, 0, len(text))
    for i in range(len(starts) - 1):
        for j in range(i + 1, len(starts)):
            a, b = starts[i], starts[j]
            size = b - a
            if size > MAX and j > i + 1:
                break
            if size < MIN:
                continue
            score = len(RICH.findall(text, a, b)) / size + (0.002 if a == 0 else 0)
            if score > best[0]:
                best = (score, a, b)
    _, a, b = best
    while b > a and text[b - 1] in "\n ":
        b -= 1
    return a, b


def chunks(text: str, size: int) -> list[tuple[int, int]]:
    """Cut a whole document into line-aligned chunks of about ``size``."""
    starts = line_starts(text)
    out, a = [], 0
    for s in starts[1:]:
        if s - a >= size:
            out.append((a, s))
            a = s
    out.append((a, len(text)))
    if len(out) > 1 and out[-1][1] - out[-1][0] < size // 3:
        last = out.pop()
        out[-1] = (out[-1][0], last[1])
    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    plan = []
    seed = SEED.read_text(encoding="utf-8")
    for k, (a, b) in enumerate(chunks(seed, 5500)):
        plan.append(("seed-lang-son-2025-03", str(SEED), a, b, f"seed-{k:02d}"))
    cut: set[str] = set()
    for stem, whole in CHOICE:
        path = next(RAW.glob(f"*__{stem}.txt"))
        name = stem if stem not in cut else f"{stem}@{whole[0]}"  # a later window of a document cut before
        cut.add(stem)
        text = path.read_text(encoding="utf-8")
        if whole is True and len(text) > 9000:
            for k, (a, b) in enumerate(chunks(text, 5500)):
                plan.append((path.stem, str(path), a, b, f"{stem}-{k:02d}"))
            continue
        if isinstance(whole, tuple):
            a, b = whole
        else:
            a, b = (0, len(text)) if whole or len(text) < 6500 else best_window(text)
        plan.append((path.stem, str(path), a, b, name))
    for doc_id, source, a, b, name in plan:
        if (OUT / f"{name}.mk").exists():
            continue  # already cut (and perhaps annotated): never overwrite
        text = Path(source).read_text(encoding="utf-8")
        body = text[a:b]
        (OUT / f"{name}.mk").write_text(
            f"doc: {doc_id}\nsource: {source}\nspan: {a} {b}\n=====TEXT=====\n{body}\n=====RELATIONS=====\n",
            encoding="utf-8",
        )
    (OUT / "plan.json").write_text(
        json.dumps([{"doc": d, "source": s, "span": [a, b], "file": f"{n}.mk"} for d, s, a, b, n in plan], ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    print(len(plan), "sections,", sum(b - a for _, _, a, b, _ in plan), "characters")


if __name__ == "__main__":
    main()
