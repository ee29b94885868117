doc: tnt305-tvpl__quyet-dinh-1949-qd-ubnd-cao-bang-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-1949-qd-ubnd-cao-bang-2025.txt
span: 11278 15123
=====TEXT=====
- Trường hợp nộp hồ sơ qua dịch vụ công trực tuyến: giảm ⟦PERCENT|50 %⟧ mức phí, lệ phí theo ⟦r1:LEGAL_REF|Nghị quyết số 89/2022/NQ-HĐND⟧ ⟦d1:DATE|ngày 09/12/2022⟧ của ⟦o1:ORG|HĐND tỉnh Cao Bằng⟧. | - Điểm a khoản 4 Điều 31 ⟦r2:LEGAL_REF|Nghị định số 136/2025/NĐ-CP⟧ ⟦d2:DATE|ngày 12/6/2025⟧ của ⟦o2:ORG|Chính phủ⟧.
- Khoản 3 Điều 8 ⟦r3:LEGAL_REF|Thông tư số 14/2025/TT-BNNMT⟧ ⟦d3:DATE|ngày 19/6/2025⟧ của ⟦o3:ORG|Bộ Nông nghiệp và Môi trường⟧.

12 | Gia hạn, điều chỉnh giấy phép thăm dò nước dưới đất đối với công trình có quy mô dưới 5.000 m3/ngày đêm (1.004228) | Trong thời hạn 38 ngày làm việc, kể từ ngày nhận đủ hồ sơ | ⟦ORG|Trung tâm Phục vụ hành chính công tỉnh Cao Bằng⟧; Trung tâm Phục vụ hành chính công xã, phường | - Trực tiếp.
- Qua dịch vụ bưu chính công ích.
- Qua dịch vụ công trực tuyến một phần. | - Trường hợp nộp hồ sơ trực tiếp hoặc qua bưu chính công ích: Theo ⟦r4:LEGAL_REF|Nghị quyết số 22/2025/NQ-HĐND⟧ ⟦d4:DATE|ngày 10/11/2025⟧ của ⟦o4:ORG|HĐND tỉnh Cao Bằng⟧;
- Trường hợp nộp hồ sơ qua dịch vụ công trực tuyến: giảm ⟦PERCENT|50 %⟧ mức phí, lệ phí theo ⟦r5:LEGAL_REF|Nghị quyết số 89/2022/NQ-HĐND⟧ ⟦d5:DATE|ngày 09/12/2022⟧ của ⟦o5:ORG|HĐND tỉnh Cao Bằng⟧. | - Điểm a khoản 4 Điều 31 ⟦r6:LEGAL_REF|Nghị định số 136/2025/NĐ- CP⟧ ⟦d6:DATE|ngày 12/6/2025⟧ của ⟦o6:ORG|Chính phủ⟧.
- Khoản 3 Điều 8 ⟦r7:LEGAL_REF|Thông tư số 14/2025/TT-BNNMT⟧ ⟦d7:DATE|ngày 19/6/2025⟧ của ⟦o7:ORG|Bộ Nông nghiệp và Môi trường⟧.

13 | Cấp giấy phép khai thác nước dưới đất đối với công trình có quy mô dưới 5.000 m3/ngày đêm (1.004223) | Trong thời hạn 45 ngày làm việc, kể từ ngày nhận đủ hồ sơ | ⟦ORG|Trung tâm Phục vụ hành chính công tỉnh Cao Bằng⟧; Trung tâm Phục vụ hành chính công xã, phường | - Trực tiếp.
- Qua dịch vụ bưu chính công ích.
- Qua dịch vụ công trực tuyến một phần. | - Trường hợp nộp hồ sơ trực tiếp hoặc qua bưu chính công ích: Theo ⟦r8:LEGAL_REF|Nghị quyết số 22/2025/NQ-HĐND⟧ ⟦d8:DATE|ngày 10/11/2025⟧ của ⟦o8:ORG|HĐND tỉnh Cao Bằng⟧;
- Trường hợp nộp hồ sơ qua dịch vụ công trực tuyến: giảm ⟦PERCENT|50 %⟧ mức phí, lệ phí theo ⟦r9:LEGAL_REF|Nghị quyết số 89/2022/NQ-HĐND⟧ ⟦d9:DATE|ngày 09/12/2022⟧ của ⟦o9:ORG|HĐND tỉnh Cao Bằng⟧. | - Điểm b khoản 4 Điều 31 ⟦r10:LEGAL_REF|Nghị định số 136/2025/NĐ-CP⟧ ⟦d10:DATE|ngày 12/6/2025⟧ của ⟦o10:ORG|Chính phủ⟧.
- Khoản 3 Điều 8 ⟦r11:LEGAL_REF|Thông tư số 14/2025/TT-BNNMT⟧ ⟦d11:DATE|ngày 19/6/2025⟧ của ⟦o11:ORG|Bộ Nông nghiệp và Môi trường⟧.

14 | Gia hạn, điều chỉnh giấy phép khai thác nước dưới đất đối với công trình có quy mô dưới 5.000 m3/ngày đêm (1.004211) | Trong thời hạn 38 ngày làm việc, kể từ ngày nhận đủ hồ sơ | ⟦ORG|Trung tâm Phục vụ hành chính công tỉnh Cao Bằng⟧; Trung tâm Phục vụ hành chính công xã, phường | - Trực tiếp.
- Qua dịch vụ bưu chính công ích.
- Qua dịch vụ công trực tuyến một phần. | - Trường hợp nộp hồ sơ trực tiếp hoặc qua bưu chính công ích: Theo ⟦r12:LEGAL_REF|Nghị quyết số 22/2025/NQ-HĐND⟧ ⟦d12:DATE|ngày 10/11/2025⟧ của ⟦o12:ORG|HĐND tỉnh Cao Bằng⟧;
- Trường hợp nộp hồ sơ qua dịch vụ công trực tuyến: giảm ⟦PERCENT|50 %⟧ mức phí, lệ phí theo ⟦r13:LEGAL_REF|Nghị quyết số 89/2022/NQ-HĐND⟧ ⟦d13:DATE|ngày 09/12/2022⟧ của ⟦o13:ORG|HĐND tỉnh Cao Bằng⟧. | - Điểm b khoản 4 Điều 31 ⟦r14:LEGAL_REF|Nghị định số 136/2025/NĐ- CP⟧ ⟦d14:DATE|ngày 12/6/2025⟧ của ⟦o14:ORG|Chính phủ⟧.
- Khoản 3 Điều 8 ⟦r15:LEGAL_REF|Thông tư số 14/2025/TT-BNNMT⟧ ⟦d15:DATE|ngày 19/6/2025⟧ của ⟦o15:ORG|Bộ Nông nghiệp và Môi trường⟧.

15 | Cấp giấy phép khai thác nước mặt, nước biển (đối với các trường hợp quy định tại khoản 2 Điều 15 ⟦r20:LEGAL_REF|Nghị định số 54/2024/NĐ-CP⟧ ⟦d20:DATE|ngày 16 tháng 5 năm 2024⟧ và các trường hợp quy định tại điểm c, d, đ, e khoản 4 Điều 31 ⟦r21:LEGAL_REF|Nghị định số 136/2025/NĐ-CP⟧ ⟦d21:DATE|ngày 12 tháng 6 năm 2025⟧) (1.004179) | Trong thời hạn 45 ngày làm việc, kể từ ngày nhận đủ hồ sơ | ⟦ORG|Trung tâm Phục vụ hành chính công tỉnh Cao Bằng⟧; Trung tâm Phục vụ hành chính công xã, phường | - Trực tiếp.
- Qua dịch vụ bưu chính công ích.
- Qua dịch vụ công trực tuyến một phần. | - Trường hợp nộp hồ sơ trực tiếp hoặc qua bưu chính công ích: Theo ⟦r16:LEGAL_REF|Nghị quyết số 22/2025/NQ-HĐND⟧ ⟦d16:DATE|ngày 10/11/2025⟧ của ⟦o16:ORG|HĐND tỉnh Cao Bằng⟧;
- Trường hợp nộp hồ sơ qua dịch vụ công trực tuyến: giảm ⟦PERCENT|50 %⟧ mức phí, lệ phí theo ⟦r17:LEGAL_REF|Nghị quyết số 89/2022/NQ-HĐND⟧ ⟦d17:DATE|ngày 09/12/2022⟧ của ⟦o17:ORG|HĐND tỉnh Cao Bằng⟧. | - Điểm c, d, đ, e khoản 4 Điều 31 ⟦r18:LEGAL_REF|Nghị định số 136/2025/NĐ-CP⟧ ⟦d18:DATE|ngày 12/6/2025⟧ của ⟦o18:ORG|Chính phủ⟧.
- Khoản 3 Điều 8 ⟦r19:LEGAL_REF|Thông tư số 14/2025/TT-BNNMT⟧ ⟦d19:DATE|ngày 19/6/2025⟧ của ⟦o19:ORG|Bộ Nông nghiệp và Môi trường⟧.
=====RELATIONS=====
r1 issued_on d1
r1 issued_by o1
r2 issued_on d2
r2 issued_by o2
r3 issued_on d3
r3 issued_by o3
r4 issued_on d4
r4 issued_by o4
r5 issued_on d5
r5 issued_by o5
r6 issued_on d6
r6 issued_by o6
r7 issued_on d7
r7 issued_by o7
r8 issued_on d8
r8 issued_by o8
r9 issued_on d9
r9 issued_by o9
r10 issued_on d10
r10 issued_by o10
r11 issued_on d11
r11 issued_by o11
r12 issued_on d12
r12 issued_by o12
r13 issued_on d13
r13 issued_by o13
r14 issued_on d14
r14 issued_by o14
r15 issued_on d15
r15 issued_by o15
r16 issued_on d16
r16 issued_by o16
r17 issued_on d17
r17 issued_by o17
r18 issued_on d18
r18 issued_by o18
r19 issued_on d19
r19 issued_by o19
r20 issued_on d20
r21 issued_on d21
