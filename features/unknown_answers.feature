# language: zh-CN
功能: 未知的回答不等于“否”
  回答“不知道”或未作答的问题,使依赖它的征象无法确定;若仅凭已成立的征象达不到报告阈值,
  而未确定的征象可能使其达到,则该诊断列为“未评估”,并列出能够判定它的问题(参照 PEFA 的 D*:证据不足,不同于表现良好)。

  场景: 一题未答时,四项诊断都未评估,并各自指出先要回答的问题
    假如 县域的回答如下:
      | 问题 | 回答 |
    当 进行诊断
    那么 诊断 grid_asymmetry 未评估
    而且 诊断 grid_asymmetry 需要回答 grid_in_use
    而且 诊断 pseudo_innovation 未评估
    而且 诊断 pseudo_innovation 需要回答 innov_project_count
    而且 诊断 digital_burden 未评估
    而且 诊断 digital_burden 需要回答 digital_report_departments
    而且 诊断 over_expansion 未评估
    而且 诊断 over_expansion 需要回答 expand_has_extension

  场景: “否”与“不知道”得出不同结论
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 否 |
      | expand_has_extension | 不知道 |
    当 进行诊断
    那么 诊断 grid_asymmetry 不成立
    而且 诊断 over_expansion 未评估
    而且 诊断 over_expansion 需要回答 expand_has_extension

  场景: 已成立的征象足以报告时照常报告,并列出尚未确定的征象
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 75 |
      | grid_service_closed_pct | 30 |
      | grid_resident_reported_pct | 不知道 |
    当 进行诊断
    那么 诊断 grid_asymmetry 成立
    而且 征象 grid_asymmetry.monitoring_outweighs_service 成立
    而且 征象 grid_asymmetry.residents_treated_as_managed 未确定
    而且 诊断 grid_asymmetry 报告时列出未确定的征象 residents_treated_as_managed

  场景: 不相关问题的回答被搁置,不参与诊断
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 否 |
      | grid_patrol_time_pct | 95 |
      | grid_service_closed_pct | 5 |
    当 进行诊断
    那么 诊断 grid_asymmetry 不成立
    而且 回答 grid_patrol_time_pct 被搁置
