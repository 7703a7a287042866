# language: zh-CN
功能: 办事繁琐:部门化窗口与站所叠床架屋
  徐勇「化繁为简」(二)(三):群众办事要一个一个部门跑、一个一个窗口进,“办+中心”后原有派出站所尚存、职能重叠,
  由“办”领导“中心”容易强化管理而弱化服务;对策是“办+中心”的综合性与平层化、一门(窗)化与并联办理,
  辅以党群服务中心的服务下沉(褚松燕)和“一网通办”(《國家治理》2025)。

  场景: 窗口多且站所与中心重叠,人口流出县
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | outflow |
      | service_banzhongxin | 是 |
      | service_overlap_zhansuo | 2 |
      | service_center_governance | parallel |
      | service_hall_share_pct | 60 |
      | service_windows_per_matter | 3.4 |
      | service_trips_avg | 1.5 |
      | service_one_window_pct | 60 |
      | service_village_agency_pct | 70 |
    当 进行诊断
    那么 诊断 cumbersome_service 成立
    而且 诊断 cumbersome_service 的严重程度为 warning
    而且 征象 cumbersome_service.departmental_windows 成立
    而且 征象 cumbersome_service.overlapping_zhansuo 成立
    而且 征象 cumbersome_service.serial_many_trips 不成立
    而且 征象 cumbersome_service.ban_leads_center 不成立
    而且 征象 cumbersome_service.service_not_sunk 不成立
    而且 推荐机制 yimen_yichuang
    而且 推荐机制 ban_zhongxin
    而且 不推荐机制 dangqun_fuwu_zhongxin
    而且 不推荐机制 yiwang_tongban

  场景: 办事繁琐的五个征象俱全
    假如 县域的回答如下:
      | 问题 | 回答 |
      | service_banzhongxin | 是 |
      | service_overlap_zhansuo | 1.5 |
      | service_center_governance | under_ban |
      | service_hall_share_pct | 40 |
      | service_windows_per_matter | 4 |
      | service_trips_avg | 3 |
      | service_one_window_pct | 20 |
      | service_village_agency_pct | 30 |
    当 进行诊断
    那么 诊断 cumbersome_service 成立
    而且 诊断 cumbersome_service 的严重程度为 severe
    而且 征象 cumbersome_service.departmental_windows 成立
    而且 征象 cumbersome_service.serial_many_trips 成立
    而且 征象 cumbersome_service.overlapping_zhansuo 成立
    而且 征象 cumbersome_service.ban_leads_center 成立
    而且 征象 cumbersome_service.service_not_sunk 成立
    而且 推荐机制 yimen_yichuang
    而且 推荐机制 ban_zhongxin
    而且 推荐机制 dangqun_fuwu_zhongxin
    而且 推荐机制 yiwang_tongban

  场景: 串联审批、多次跑腿且村级不能受理,乡镇未实行“办+中心”
    假如 县域的回答如下:
      | 问题 | 回答 |
      | service_banzhongxin | 否 |
      | service_hall_share_pct | 85 |
      | service_windows_per_matter | 2 |
      | service_trips_avg | 2.5 |
      | service_one_window_pct | 40 |
      | service_village_agency_pct | 20 |
    当 进行诊断
    那么 诊断 cumbersome_service 成立
    而且 诊断 cumbersome_service 的严重程度为 watch
    而且 征象 cumbersome_service.serial_many_trips 成立
    而且 征象 cumbersome_service.service_not_sunk 成立
    而且 征象 cumbersome_service.departmental_windows 不成立
    而且 推荐机制 yimen_yichuang
    而且 推荐机制 yiwang_tongban
    而且 推荐机制 dangqun_fuwu_zhongxin
    而且 不推荐机制 ban_zhongxin

  场景: 未实行“办+中心”而办事仍部门化,站所答案被搁置
    假如 县域的回答如下:
      | 问题 | 回答 |
      | service_banzhongxin | 否 |
      | service_overlap_zhansuo | 3 |
      | service_hall_share_pct | 80 |
      | service_windows_per_matter | 3 |
      | service_trips_avg | 1 |
      | service_one_window_pct | 70 |
      | service_village_agency_pct | 60 |
    当 进行诊断
    那么 诊断 cumbersome_service 成立
    而且 诊断 cumbersome_service 的严重程度为 watch
    而且 征象 cumbersome_service.departmental_windows 成立
    而且 征象 cumbersome_service.overlapping_zhansuo 不成立
    而且 回答 service_overlap_zhansuo 被搁置
    而且 推荐机制 yimen_yichuang
    而且 推荐机制 ban_zhongxin
    而且 不推荐机制 yiwang_tongban
    而且 不推荐机制 dangqun_fuwu_zhongxin

  场景: 只有“办”领导“中心”,仅到关注一级
    假如 县域的回答如下:
      | 问题 | 回答 |
      | service_banzhongxin | 是 |
      | service_overlap_zhansuo | 0 |
      | service_center_governance | under_ban |
      | service_hall_share_pct | 90 |
      | service_windows_per_matter | 1.5 |
      | service_trips_avg | 1 |
      | service_one_window_pct | 80 |
      | service_village_agency_pct | 80 |
    当 进行诊断
    那么 诊断 cumbersome_service 成立
    而且 诊断 cumbersome_service 的严重程度为 watch
    而且 征象 cumbersome_service.ban_leads_center 成立
    而且 征象 cumbersome_service.overlapping_zhansuo 不成立
    而且 推荐机制 ban_zhongxin
    而且 不推荐机制 yimen_yichuang
    而且 不推荐机制 yiwang_tongban

  场景: 近似但不成立——各项都刚好在阈值的安全一侧
    假如 县域的回答如下:
      | 问题 | 回答 |
      | service_banzhongxin | 是 |
      | service_overlap_zhansuo | 0.5 |
      | service_center_governance | parallel |
      | service_hall_share_pct | 70 |
      | service_windows_per_matter | 2.9 |
      | service_trips_avg | 1.9 |
      | service_one_window_pct | 50 |
      | service_village_agency_pct | 50 |
    当 进行诊断
    那么 诊断 cumbersome_service 不成立
    而且 征象 cumbersome_service.departmental_windows 不成立
    而且 征象 cumbersome_service.serial_many_trips 不成立
    而且 征象 cumbersome_service.overlapping_zhansuo 不成立
    而且 征象 cumbersome_service.service_not_sunk 不成立
    而且 不推荐机制 yimen_yichuang
    而且 不推荐机制 ban_zhongxin
    而且 不推荐机制 dangqun_fuwu_zhongxin

  场景: 近似但不成立——未实行“办+中心”时,站所与“中心”关系的答案不计
    假如 县域的回答如下:
      | 问题 | 回答 |
      | service_banzhongxin | 否 |
      | service_overlap_zhansuo | 4 |
      | service_center_governance | under_ban |
      | service_hall_share_pct | 75 |
      | service_windows_per_matter | 2 |
      | service_trips_avg | 1 |
      | service_one_window_pct | 55 |
      | service_village_agency_pct | 51 |
    当 进行诊断
    那么 诊断 cumbersome_service 不成立
    而且 回答 service_center_governance 被搁置
    而且 回答 service_overlap_zhansuo 被搁置
    而且 征象 cumbersome_service.ban_leads_center 不成立
    而且 征象 cumbersome_service.overlapping_zhansuo 不成立
    而且 不推荐机制 ban_zhongxin

  场景: 窗口数已成立,跑腿次数和村级受理不知道也照样报告
    假如 县域的回答如下:
      | 问题 | 回答 |
      | service_banzhongxin | 否 |
      | service_hall_share_pct | 不知道 |
      | service_windows_per_matter | 4 |
      | service_trips_avg | 不知道 |
      | service_one_window_pct | 不知道 |
      | service_village_agency_pct | 不知道 |
    当 进行诊断
    那么 诊断 cumbersome_service 成立
    而且 诊断 cumbersome_service 的严重程度为 watch
    而且 征象 cumbersome_service.departmental_windows 成立
    而且 征象 cumbersome_service.serial_many_trips 未确定
    而且 征象 cumbersome_service.service_not_sunk 未确定
    而且 诊断 cumbersome_service 报告时列出未确定的征象 serial_many_trips
    而且 诊断 cumbersome_service 报告时列出未确定的征象 service_not_sunk
    而且 推荐机制 yimen_yichuang
    而且 推荐机制 ban_zhongxin

  场景: 窗口、跑腿和站所情况都不知道
    假如 县域的回答如下:
      | 问题 | 回答 |
      | service_banzhongxin | 不知道 |
      | service_hall_share_pct | 不知道 |
      | service_windows_per_matter | 不知道 |
      | service_trips_avg | 不知道 |
      | service_one_window_pct | 不知道 |
      | service_village_agency_pct | 不知道 |
    当 进行诊断
    那么 诊断 cumbersome_service 未评估
    而且 征象 cumbersome_service.departmental_windows 未确定
    而且 征象 cumbersome_service.overlapping_zhansuo 未确定
    而且 诊断 cumbersome_service 需要回答 service_windows_per_matter
    而且 诊断 cumbersome_service 需要回答 service_hall_share_pct
    而且 诊断 cumbersome_service 需要回答 service_trips_avg
    而且 诊断 cumbersome_service 需要回答 service_one_window_pct
    而且 诊断 cumbersome_service 需要回答 service_village_agency_pct
    而且 诊断 cumbersome_service 需要回答 service_banzhongxin
