# language: zh-CN
功能: 近似回答:约数、区间与比例词
  县里常常只知道一个大概的数:“约25人”“130余项”“大多数村”。数字问题可以这样回答,每种写法按 docs/answers.md
  的表读作一个区间(约、余/多和比例词的读法是本知识库自己的约定,不是论文的)。区间整体满足一项检验,检验为真;
  整体不满足,检验为假;区间跨越阈值时检验未确定,该征象列为“临界征象”,既不计入,也不排除。

  场景: 区间跨越阈值时,征象未确定并列为临界
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 50-70 |
      | grid_service_closed_pct | 少数 |
    当 进行诊断
    那么 征象 grid_asymmetry.monitoring_outweighs_service 未确定
    而且 征象 grid_asymmetry.monitoring_outweighs_service 列为临界,回答 grid_patrol_time_pct 跨越 ≥ 60

  场景: 区间整体在阈值之上时,征象成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 大多数 |
      | grid_service_closed_pct | 不到一半 |
    当 进行诊断
    那么 诊断 grid_asymmetry 成立
    而且 征象 grid_asymmetry.monitoring_outweighs_service 成立
    而且 没有临界征象

  场景: “不到60”不含60本身,整体低于阈值,征象不成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 不到60 |
      | grid_service_closed_pct | 30 |
    当 进行诊断
    那么 征象 grid_asymmetry.monitoring_outweighs_service 不成立
    而且 没有临界征象

  场景: 计数题的“130余项”读作131到139项,清单外派活的征象成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 是 |
      | duty_items_outside_list | 130余项 |
    当 进行诊断
    那么 征象 responsibility_overload.list_bypassed 成立
