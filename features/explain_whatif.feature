# language: zh-CN
功能: 解释与假设分析(diagnose explain / diagnose whatif)
  干部和评估者需要知道结论从何而来(HOW)、为何某项诊断不成立(WHY-NOT),以及改变哪些情况会改变结论。

  场景: 解释成立的诊断:回答 → 征象 → 逐步累计的确定度
    假如 县域的回答取自示例 multi_diagnosis.json
    当 解释诊断 grid_asymmetry
    那么 解释中征象 monitoring_outweighs_service 成立,依据回答 grid_patrol_time_pct
    而且 解释中确定度逐步累计为 0.80
    而且 解释中列出推荐机制 gongtong_dizao

  场景: 解释未成立的诊断:哪项检验未通过,相差多少
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 50 |
      | grid_service_closed_pct | 30 |
      | grid_resident_reported_pct | 45 |
      | grid_committee_grid_time_pct | 20 |
      | grid_staff_source | residents_chosen |
      | grid_deliberation_count | 12 |
    当 解释诊断 grid_asymmetry
    那么 解释中诊断状态为 absent
    而且 解释中征象 monitoring_outweighs_service 未通过的检验是 grid_patrol_time_pct,相差 10

  场景: 未评估的诊断列出建议接下来回答的问题
    假如 县域的回答取自示例 partly_answered.json
    当 解释诊断 grid_asymmetry
    那么 解释中诊断状态为 not_assessed
    而且 建议接下来回答 grid_patrol_time_pct

  场景: 找到消除诊断的最少改动,并经重新诊断验证
    假如 县域的回答取自示例 multi_diagnosis.json
    当 寻找消除 grid_asymmetry 的改动
    那么 至少找到 1 个方案,每个方案改动 2 个回答
    而且 按每个方案修改回答后重新诊断,grid_asymmetry 不成立

  场景: 找到达到诊断的最少改动
    假如 县域的回答取自示例 well_governed.json
    当 寻找达到 digital_burden 的改动
    那么 至少找到 1 个方案,每个方案改动 1 个回答
    而且 按每个方案修改回答后重新诊断,digital_burden 成立
