doc: tnt305-tvpl__bai-viet-tvpl-du-an-nha-o-xa-hoi-tphcm-2025
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvpl-du-an-nha-o-xa-hoi-tphcm-2025.txt
span: 4313 9224
=====TEXT=====

30 | ⟦r30p:PROJECT|314 Âu Dương Lân⟧, ⟦r30a:ADMIN_UNIT|phường 3⟧, ⟦r30b:ADMIN_UNIT|quận 8⟧ | ⟦ORG|Cty TNHH Một thành viên DVCI Q8⟧

31 | ⟦r31p:PROJECT|Chung cư cao tầng số 35 đường Lê Văn Chí⟧, ⟦r31a:ADMIN_UNIT|phường Linh Trung⟧, ⟦r31b:ADMIN_UNIT|quận Thủ Đức⟧ | ⟦ORG|Công ty TNHH Phúc Lộc Thọ⟧

32 | ⟦r32p:PROJECT|Chung cư Phú Định⟧, ⟦r32a:ADMIN_UNIT|phường 10⟧, ⟦r32b:ADMIN_UNIT|Quận 6⟧ | ⟦ORG|Tổng Cty Địa ốc Sài Gòn⟧

33 | ⟦PROJECT|Khu dân cư Thới An⟧ | ⟦ORG|Công ty Cổ phần Địa ốc Sài Gòn Gia định⟧

34 | ⟦r34p:PROJECT|Dự án NOXH⟧ tại ⟦r34l:LOCATION|Khu đô thị Đông Tăng Long⟧ ⟦AREA|159,36 ha⟧, ⟦r34a:ADMIN_UNIT|phường Trường Thạnh⟧ và ⟦r34c:ADMIN_UNIT|phường Long Trường⟧, ⟦r34b:ADMIN_UNIT|quận 9⟧ | ⟦ORG|Tổng công ty CP Đền bù giải tỏa⟧

35 | ⟦r35p:PROJECT|Khu nhà ở thu nhập thấp⟧, ⟦r35a:ADMIN_UNIT|phường Hiệp Thành⟧, ⟦r35b:ADMIN_UNIT|quận 12⟧ | ⟦ORG|Quỹ Phát triển nhà ở thành phố⟧

36 | Dự án tại ⟦r36a:ADMIN_UNIT|phường Tân Thới Nhất⟧, ⟦r36b:ADMIN_UNIT|quận 12⟧ | ⟦ORG|Tổng công ty Địa ốc Sài Gòn⟧

37 | ⟦PROJECT|Khu Thương Mại - Dân Cư Hưng Điền⟧ | ⟦ORG|Công ty Cổ Phần Đầu Tư Tấn Hưng⟧

38 | ⟦r38p:PROJECT|Dự án nhà ở xã hội⟧ tại ⟦r38a:ADMIN_UNIT|xã Lê Minh Xuân⟧, ⟦r38b:ADMIN_UNIT|huyện Bình Chánh⟧ | ⟦ORG|Công ty Cổ phần Đầu tư Phát triển đô thị Gia Phú⟧

39 | ⟦r39p:PROJECT|Dự án Khu Đô thị mới Lê Minh Xuân⟧, ⟦r39b:ADMIN_UNIT|huyện Bình Chánh⟧ | ⟦ORG|Công ty TNHH Đầu tư Phương Lâm⟧

40 | ⟦r40p:PROJECT|Dự án NOXH⟧ tại ⟦r40l:LOCATION|đường Tam Đa⟧, ⟦r40a:ADMIN_UNIT|phường Trường Thạnh⟧, ⟦r40b:ADMIN_UNIT|Quận 9⟧ | ⟦ORG|Công ty TNHH Đầu tư và Xây dựng Minh Sơn⟧

41 | ⟦r41p:PROJECT|Khu dân cư⟧ tại ⟦r41a:ADMIN_UNIT|xã Lê Minh Xuân⟧, ⟦r41b:ADMIN_UNIT|huyện Bình Chánh⟧ | ⟦ORG|Công ty Cổ phần Quốc tế C&T⟧

42 | ⟦PROJECT|Chung cư Trường Thọ⟧ | ⟦ORG|Công ty TNHH Thuận Thành Phát - Trường Thọ⟧

43 | ⟦r43p:PROJECT|Dự án nhà ở xã hội thuộc dự án khu dân cư Tân Thuận Tây⟧, ⟦r43a:ADMIN_UNIT|phường Tân Thuận Tây⟧ và ⟦r43c:ADMIN_UNIT|phường Bình Thuận⟧, ⟦r43b:ADMIN_UNIT|Quận 7⟧ | ⟦ORG|Công ty CPĐT xây dựng Xuân Mai Sài Gòn⟧

44 | ⟦r44p:PROJECT|Dự án nhà ở xã hội⟧ tại số 4 ⟦r44l:LOCATION|Phan Chu Trinh⟧, ⟦r44a:ADMIN_UNIT|phường Bình Thạnh⟧, ⟦r44b:ADMIN_UNIT|TP.HCM⟧ | ⟦ORG|Tổng Công ty Đầu tư phát triển nhà ở và đô thị⟧ (⟦ORG|HUD⟧)

45 | ⟦PROJECT|Thủ Thiêm Green House⟧ | ⟦ORG|Tập đoàn Thủ Thiêm Group⟧

46 | ⟦PROJECT|Dự án nhà ở xã hội HUD Thủ Đức⟧ | ⟦ORG|Tổng Công ty Đầu tư phát triển nhà và đô thị⟧ (⟦ORG|HUD⟧)

.... | .... | ....

đang tiếp tục cập nhật...

Danh sách các dự án nhà ở xã hội ở ⟦ADMIN_UNIT|TPHCM⟧ cập nhật ⟦DATE|2025⟧ mới nhất? Giá thuê mua nhà ở xã hội từ ⟦DATE|10/10/2025⟧ ra sao? (Hình ảnh Internet)

Giá thuê mua nhà ở xã hội từ ⟦DATE|10/10/2025⟧ ra sao?

⟦g1:ORG|Chính phủ⟧ ban hành ⟦g2:LEGAL_REF|Nghị định 261/2025/NĐ-CP⟧ sửa đổi các Nghị định hướng dẫn ⟦LEGAL_REF|Luật Nhà ở 2023⟧ có hiệu lực từ ⟦DATE|ngày 10/10/2025⟧. Trong đó, việc xác định giá thuê mua nhà ở xã hội quy định tại Điều 13 ⟦LEGAL_REF|Nghị định 192/2025/NĐ-CP⟧ được bổ sung bởi khoản 3 Điều 2 ⟦LEGAL_REF|Nghị định 261/2025/NĐ-CP⟧ có hiệu lực từ ⟦DATE|ngày 10/10/2025⟧ (Có hiệu lực thi hành đến hết ⟦DATE|ngày 31/05/2030⟧) như sau:

(1) Chủ đầu tư căn cứ phương pháp xác định giá bán, giá thuê mua nhà ở xã hội và lợi nhuận định mức theo quy định của pháp luật về nhà ở, chủ đầu tư tự xây dựng, thuê tư vấn có đủ điều kiện năng lực trong hoạt động xây dựng về quản lý chi phí đầu tư xây dựng để thẩm tra trước khi chủ đầu tư phê duyệt giá bán, giá thuê mua nhà ở xã hội.

Trường hợp chủ đầu tư tự nguyện ứng trước kinh phí bồi thường, hỗ trợ, tái định cư theo phương án bồi thường, hỗ trợ, tái định cư đã được cơ quan có thẩm quyền phê duyệt thì kinh phí bồi thường, hỗ trợ, tái định cư được tính vào chi phí đầu tư của dự án theo quy định của pháp luật về đất đai - quy định được bổ sung từ ⟦DATE|10/10/2025⟧.

Trước thời điểm thông báo tiếp nhận hồ sơ đăng ký mua, thuê mua nhà ở xã hội 30 ngày hoặc khi nộp hồ sơ đề nghị thông báo nhà ở đủ điều kiện bán, cho thuê mua nhà ở hình thành trong tương lai, chủ đầu tư phải gửi quyết định giá bán, giá thuê mua nhà ở xã hội kèm theo hồ sơ xây dựng giá bán, giá thuê mua đã được thẩm tra, kết quả thẩm tra về Sở Xây dựng cấp tỉnh nơi có dự án để công khai giá bán, giá thuê mua nhà ở xã hội lên cổng thông tin điện tử của Ủy ban nhân dân cấp tỉnh và Trang thông tin điện tử của ⟦ORG|Sở Xây dựng⟧.

(2) Trong thời gian 180 ngày, kể từ ngày nghiệm thu hoàn thành công trình xây dựng đưa vào sử dụng, chủ đầu tư có trách nhiệm thực hiện kiểm toán nhà nước hoặc kiểm toán độc lập, quyết toán chi phí đầu tư xây dựng theo quy định của pháp luật về nhà ở, pháp luật về xây dựng, pháp luật khác có liên quan và gửi 01 bộ hồ sơ kiểm toán, quyết toán đến Sở Xây dựng cấp tỉnh nơi có dự án để kiểm tra giá bán, giá thuê mua nhà ở xã hội.

(3) Trong thời gian 30 ngày, kể từ ngày nhận được hồ sơ của chủ đầu tư, Sở Xây dựng cấp tỉnh căn cứ vào hồ sơ kiểm toán, quyết toán về chi phí đầu tư xây dựng để có ý kiến bằng văn bản đối với giá bán, giá thuê mua nhà ở xã hội.

Văn bản ý kiến của ⟦ORG|Sở Xây dựng⟧ và kết quả xác định về giá bán, giá thuê mua nhà ở xã hội của chủ đầu tư sau khi có ý kiến của ⟦ORG|Sở Xây dựng⟧ phải được công khai trên cổng thông tin điện tử của Ủy ban nhân dân cấp tỉnh và Trang thông tin điện tử của ⟦ORG|Sở Xây dựng⟧.

(4) Trường hợp giá bán, giá thuê mua nhà ở xã hội theo kiểm toán, quyết toán và kết quả kiểm tra của ⟦ORG|Sở Xây dựng⟧ cao hơn giá bán, giá thuê mua do chủ đầu tư đã ký hợp đồng thì chủ đầu tư không được thu thêm phần chênh lệch của người mua, thuê mua nhà ở xã hội; trường hợp thấp hơn thì chủ đầu tư phải hoàn trả lại phần chênh lệch cho người mua, thuê mua nhà ở xã hội. Chủ đầu tư không được thu tiền vượt quá ⟦PERCENT|95%⟧ giá trị hợp đồng đến trước khi người mua nhà được cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hoàn thành việc hoàn trả lại phần chênh lệch (nếu có).

=====RELATIONS=====
r30p located_in r30a
r30a located_in r30b
r31p located_in r31a
r31a located_in r31b
r32p located_in r32a
r32a located_in r32b
r34p located_in r34a
r34p located_in r34c
r34l located_in r34a
r34l located_in r34c
r34a located_in r34b
r34c located_in r34b
r35p located_in r35a
r35a located_in r35b
r36a located_in r36b
r38p located_in r38a
r38a located_in r38b
r39p located_in r39b
r40p located_in r40a
r40l located_in r40a
r40a located_in r40b
r41p located_in r41a
r41a located_in r41b
r43p located_in r43a
r43p located_in r43c
r43a located_in r43b
r43c located_in r43b
r44p located_in r44a
r44l located_in r44a
r44a located_in r44b
g2 issued_by g1
