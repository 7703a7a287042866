# language: zh-CN
功能: 过度拓展风险
  借助上级对一个试点的肯定把工作由“点”拓展到许多领域,可能导致核心目标不突出、治理场域不集中、
  拓展维度过宽过泛、治理绩效实现难度过大(卜熙 2022,五、总结与讨论),并伴随运动式执行(同上,(二)优化路径)。

  场景: 五个征象全部成立,严重程度为 severe
    假如 县域的回答如下:
      | 问题 | 回答 |
      | expand_has_extension | 是 |
      | expand_years_since_start | 1 |
      | expand_field_count | 8 |
      | expand_core_goal_written | 否 |
      | expand_site_share_pct | 60 |
      | expand_has_timetable | 否 |
      | expand_has_multiyear_plan | 否 |
      | expand_targets_met_pct | 40 |
      | expand_campaign_task_pct | 70 |
    当 进行诊断
    那么 诊断 over_expansion 成立
    而且 诊断 over_expansion 的严重程度为 severe
    而且 征象 over_expansion.core_goal_not_prominent 成立
    而且 征象 over_expansion.fields_not_concentrated 成立
    而且 征象 over_expansion.dimensions_too_broad 成立
    而且 征象 over_expansion.performance_too_hard 成立
    而且 征象 over_expansion.campaign_style_execution 成立
    而且 推荐机制 wanshan_zhidu_sheji
    而且 推荐机制 jujiao_hexin_pingjing
    而且 推荐机制 tigao_zhengzhi_zhanwei
    而且 推荐机制 renwu_zhuanban
    而且 推荐机制 wenti_taizhang_fupan
    而且 推荐机制 hengxiang_jieshi
    而且 推荐机制 xiangxia_jieshi
    而且 推荐机制 zhengce_shiyanshi
    而且 推荐机制 disanfang_pinggu
    而且 机制 wushi_heyi 列为不宜采用

  场景: 目标不突出且领域过多,但有完整计划、按期完成率高,严重程度为 warning
    假如 县域的回答如下:
      | 问题 | 回答 |
      | expand_has_extension | 是 |
      | expand_years_since_start | 3 |
      | expand_field_count | 6 |
      | expand_core_goal_written | 否 |
      | expand_site_share_pct | 30 |
      | expand_has_timetable | 是 |
      | expand_has_multiyear_plan | 是 |
      | expand_targets_met_pct | 80 |
      | expand_campaign_task_pct | 10 |
    当 进行诊断
    那么 诊断 over_expansion 成立
    而且 诊断 over_expansion 的严重程度为 warning
    而且 征象 over_expansion.core_goal_not_prominent 成立
    而且 征象 over_expansion.dimensions_too_broad 成立
    而且 征象 over_expansion.fields_not_concentrated 不成立
    而且 征象 over_expansion.performance_too_hard 不成立
    而且 征象 over_expansion.campaign_style_execution 不成立
    而且 推荐机制 jujiao_hexin_pingjing
    而且 推荐机制 tigao_zhengzhi_zhanwei
    而且 推荐机制 zhengce_shiyanshi
    而且 机制 wushi_heyi 列为不宜采用
    而且 不推荐机制 wanshan_zhidu_sheji
    而且 不推荐机制 renwu_zhuanban
    而且 不推荐机制 hengxiang_jieshi

  场景: 三成以上任务靠专项行动且没有任务书,只有运动式执行一个征象,严重程度为 watch
    假如 县域的回答如下:
      | 问题 | 回答 |
      | expand_has_extension | 是 |
      | expand_years_since_start | 3 |
      | expand_field_count | 2 |
      | expand_core_goal_written | 是 |
      | expand_site_share_pct | 20 |
      | expand_has_timetable | 否 |
      | expand_has_multiyear_plan | 是 |
      | expand_targets_met_pct | 75 |
      | expand_campaign_task_pct | 35 |
    当 进行诊断
    那么 诊断 over_expansion 成立
    而且 诊断 over_expansion 的严重程度为 watch
    而且 征象 over_expansion.campaign_style_execution 成立
    而且 征象 over_expansion.dimensions_too_broad 不成立
    而且 推荐机制 wanshan_zhidu_sheji
    而且 推荐机制 renwu_zhuanban
    而且 推荐机制 wenti_taizhang_fupan
    而且 不推荐机制 jujiao_hexin_pingjing
    而且 不推荐机制 hengxiang_jieshi
    而且 不推荐机制 wushi_heyi

  场景: 恰好半数乡镇设点,只有场域不集中一个征象,严重程度为 watch
    假如 县域的回答如下:
      | 问题 | 回答 |
      | expand_has_extension | 是 |
      | expand_years_since_start | 3 |
      | expand_field_count | 2 |
      | expand_core_goal_written | 是 |
      | expand_site_share_pct | 50 |
      | expand_has_timetable | 是 |
      | expand_has_multiyear_plan | 是 |
      | expand_targets_met_pct | 90 |
      | expand_campaign_task_pct | 0 |
    当 进行诊断
    那么 诊断 over_expansion 成立
    而且 诊断 over_expansion 的严重程度为 watch
    而且 征象 over_expansion.fields_not_concentrated 成立
    而且 推荐机制 jujiao_hexin_pingjing
    而且 推荐机制 renwu_zhuanban
    而且 机制 wushi_heyi 列为不宜采用
    而且 不推荐机制 tigao_zhengzhi_zhanwei
    而且 不推荐机制 wanshan_zhidu_sheji

  场景: 近似情形——各项数值都差一点没到阈值,诊断不成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | expand_has_extension | 是 |
      | expand_years_since_start | 2 |
      | expand_field_count | 4 |
      | expand_core_goal_written | 是 |
      | expand_site_share_pct | 49 |
      | expand_has_timetable | 是 |
      | expand_has_multiyear_plan | 是 |
      | expand_targets_met_pct | 60 |
      | expand_campaign_task_pct | 49 |
    当 进行诊断
    那么 诊断 over_expansion 不成立

  场景: 近似情形——完成率低但试点不足一年,专项行动略少于三成,诊断不成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | expand_has_extension | 是 |
      | expand_years_since_start | 0.5 |
      | expand_field_count | 2 |
      | expand_core_goal_written | 是 |
      | expand_site_share_pct | 40 |
      | expand_has_timetable | 否 |
      | expand_has_multiyear_plan | 否 |
      | expand_targets_met_pct | 59 |
      | expand_campaign_task_pct | 29 |
    当 进行诊断
    那么 诊断 over_expansion 不成立

  场景: 没有把试点拓展到其他领域,诊断不成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | expand_has_extension | 否 |
      | expand_field_count | 8 |
      | expand_core_goal_written | 否 |
      | expand_campaign_task_pct | 80 |
    当 进行诊断
    那么 诊断 over_expansion 不成立

  场景: 有拓展但其余情况都不知道,诊断未评估
    假如 县域的回答如下:
      | 问题 | 回答 |
      | expand_has_extension | 是 |
      | expand_years_since_start | 不知道 |
      | expand_field_count | 不知道 |
      | expand_core_goal_written | 不知道 |
      | expand_site_share_pct | 不知道 |
      | expand_has_timetable | 不知道 |
      | expand_targets_met_pct | 不知道 |
      | expand_campaign_task_pct | 不知道 |
    当 进行诊断
    那么 诊断 over_expansion 未评估
    而且 诊断 over_expansion 需要回答 expand_core_goal_written
    而且 诊断 over_expansion 需要回答 expand_field_count
    而且 诊断 over_expansion 需要回答 expand_site_share_pct
    而且 诊断 over_expansion 需要回答 expand_campaign_task_pct

  场景: 其余征象均不成立,只有完成率不知道,诊断未评估
    假如 县域的回答如下:
      | 问题 | 回答 |
      | expand_has_extension | 是 |
      | expand_years_since_start | 2 |
      | expand_field_count | 2 |
      | expand_core_goal_written | 是 |
      | expand_site_share_pct | 20 |
      | expand_has_timetable | 是 |
      | expand_has_multiyear_plan | 是 |
      | expand_targets_met_pct | 不知道 |
      | expand_campaign_task_pct | 10 |
    当 进行诊断
    那么 诊断 over_expansion 未评估
    而且 诊断 over_expansion 需要回答 expand_targets_met_pct

  场景: 核心目标未写明已足以报告,其余不知道的征象列为待定
    假如 县域的回答如下:
      | 问题 | 回答 |
      | expand_has_extension | 是 |
      | expand_core_goal_written | 否 |
      | expand_field_count | 不知道 |
      | expand_targets_met_pct | 不知道 |
    当 进行诊断
    那么 诊断 over_expansion 成立
    而且 征象 over_expansion.core_goal_not_prominent 成立
    而且 推荐机制 jujiao_hexin_pingjing
    而且 推荐机制 tigao_zhengzhi_zhanwei
