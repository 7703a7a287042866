# language: zh-CN
功能: 数字负担
  徐勇「化繁为简」(四)数字治理的简捷化方便化:信息技术滥用造成“数字负担”“信息过载”——多头报表、重复报表,
  村干部时间耗于填表,工作群过多,群众不会操作的App反而增加负担;对策是“一张表法”,复杂留在政府内部、简便面向群众。

  场景: 多头重复报表且村干部大量时间用于填表,乡镇尚无“一张表”
    假如 县域的回答如下:
      | 问题 | 回答 |
      | digital_report_departments | 8 |
      | digital_report_repeat_pct | 40 |
      | digital_yizhangbiao | 否 |
      | digital_form_time_pct | 45 |
      | digital_work_groups | 12 |
      | digital_resident_apps | 0 |
    当 进行诊断
    那么 诊断 digital_burden 成立
    而且 诊断 digital_burden 的严重程度为 warning
    而且 征象 digital_burden.multi_duplicate_reporting 成立
    而且 征象 digital_burden.cadre_time_on_forms 成立
    而且 征象 digital_burden.work_group_overload 不成立
    而且 征象 digital_burden.apps_residents_cannot_use 不成立
    而且 推荐机制 yi_zhang_biao
    而且 推荐机制 shuju_mulu_gongxiang
    而且 不推荐机制 yiwang_tongguan
    而且 不推荐机制 yiwang_tongban

  场景: 四个征象俱全,乡镇已推行“一张表”
    假如 县域的回答如下:
      | 问题 | 回答 |
      | digital_report_departments | 12 |
      | digital_report_repeat_pct | 50 |
      | digital_yizhangbiao | 是 |
      | digital_form_time_pct | 40 |
      | digital_work_groups | 35 |
      | digital_resident_apps | 3 |
      | digital_app_unaided_pct | 30 |
      | digital_app_unaided_elderly_pct | 10 |
    当 进行诊断
    那么 诊断 digital_burden 成立
    而且 诊断 digital_burden 的严重程度为 severe
    而且 征象 digital_burden.multi_duplicate_reporting 成立
    而且 征象 digital_burden.cadre_time_on_forms 成立
    而且 征象 digital_burden.work_group_overload 成立
    而且 征象 digital_burden.apps_residents_cannot_use 成立
    而且 推荐机制 shuju_mulu_gongxiang
    而且 不推荐机制 yiwang_tongguan
    而且 推荐机制 yiwang_tongban
    而且 不推荐机制 yi_zhang_biao

  场景: 只有老年居民不会用政务App
    假如 县域的回答如下:
      | 问题 | 回答 |
      | digital_report_departments | 3 |
      | digital_report_repeat_pct | 10 |
      | digital_yizhangbiao | 是 |
      | digital_form_time_pct | 10 |
      | digital_work_groups | 5 |
      | digital_resident_apps | 2 |
      | digital_app_unaided_pct | 60 |
      | digital_app_unaided_elderly_pct | 29 |
    当 进行诊断
    那么 诊断 digital_burden 成立
    而且 诊断 digital_burden 的严重程度为 watch
    而且 征象 digital_burden.apps_residents_cannot_use 成立
    而且 征象 digital_burden.multi_duplicate_reporting 不成立
    而且 推荐机制 yiwang_tongban
    而且 不推荐机制 shuju_mulu_gongxiang
    而且 不推荐机制 yi_zhang_biao

  场景: 向村要表的部门刚好达到5个
    假如 县域的回答如下:
      | 问题 | 回答 |
      | digital_report_departments | 5 |
      | digital_report_repeat_pct | 0 |
      | digital_yizhangbiao | 是 |
      | digital_form_time_pct | 29 |
      | digital_work_groups | 19 |
      | digital_resident_apps | 0 |
    当 进行诊断
    那么 诊断 digital_burden 成立
    而且 诊断 digital_burden 的严重程度为 watch
    而且 征象 digital_burden.multi_duplicate_reporting 成立
    而且 征象 digital_burden.cadre_time_on_forms 不成立
    而且 推荐机制 shuju_mulu_gongxiang
    而且 不推荐机制 yi_zhang_biao

  场景: 填表耗时已成立,其余未知也照样报告
    假如 县域的回答如下:
      | 问题 | 回答 |
      | digital_report_departments | 不知道 |
      | digital_report_repeat_pct | 不知道 |
      | digital_yizhangbiao | 否 |
      | digital_form_time_pct | 50 |
      | digital_work_groups | 不知道 |
      | digital_resident_apps | 0 |
    当 进行诊断
    那么 诊断 digital_burden 成立
    而且 诊断 digital_burden 的严重程度为 watch
    而且 征象 digital_burden.cadre_time_on_forms 成立
    而且 推荐机制 yi_zhang_biao
    而且 推荐机制 shuju_mulu_gongxiang

  场景: 近似但不成立——报表与填表时间都差一点到阈值
    假如 县域的回答如下:
      | 问题 | 回答 |
      | digital_report_departments | 4 |
      | digital_report_repeat_pct | 29 |
      | digital_yizhangbiao | 否 |
      | digital_form_time_pct | 29 |
      | digital_work_groups | 10 |
      | digital_resident_apps | 0 |
    当 进行诊断
    那么 诊断 digital_burden 不成立
    而且 不推荐机制 yi_zhang_biao
    而且 不推荐机制 shuju_mulu_gongxiang

  场景: 近似但不成立——工作群与App使用都刚好在阈值的安全一侧
    假如 县域的回答如下:
      | 问题 | 回答 |
      | digital_report_departments | 2 |
      | digital_report_repeat_pct | 5 |
      | digital_yizhangbiao | 是 |
      | digital_form_time_pct | 10 |
      | digital_work_groups | 19 |
      | digital_resident_apps | 1 |
      | digital_app_unaided_pct | 50 |
      | digital_app_unaided_elderly_pct | 30 |
    当 进行诊断
    那么 诊断 digital_burden 不成立
    而且 不推荐机制 yiwang_tongguan
    而且 不推荐机制 yiwang_tongban

  场景: 没有要求居民使用的App时,不因App使用比例而成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | digital_report_departments | 2 |
      | digital_report_repeat_pct | 0 |
      | digital_yizhangbiao | 是 |
      | digital_form_time_pct | 5 |
      | digital_work_groups | 3 |
      | digital_resident_apps | 0 |
      | digital_app_unaided_pct | 10 |
      | digital_app_unaided_elderly_pct | 5 |
    当 进行诊断
    那么 诊断 digital_burden 不成立
    而且 不推荐机制 yiwang_tongban

  场景: 报表、填表时间和工作群都不知道
    假如 县域的回答如下:
      | 问题 | 回答 |
      | digital_report_departments | 不知道 |
      | digital_report_repeat_pct | 不知道 |
      | digital_yizhangbiao | 否 |
      | digital_form_time_pct | 不知道 |
      | digital_work_groups | 不知道 |
      | digital_resident_apps | 0 |
    当 进行诊断
    那么 诊断 digital_burden 未评估
    而且 诊断 digital_burden 需要回答 digital_report_departments
    而且 诊断 digital_burden 需要回答 digital_report_repeat_pct
    而且 诊断 digital_burden 需要回答 digital_form_time_pct
    而且 诊断 digital_burden 需要回答 digital_work_groups

  场景: 有政务App但不知道居民能否独立使用
    假如 县域的回答如下:
      | 问题 | 回答 |
      | digital_report_departments | 2 |
      | digital_report_repeat_pct | 5 |
      | digital_yizhangbiao | 是 |
      | digital_form_time_pct | 10 |
      | digital_work_groups | 8 |
      | digital_resident_apps | 2 |
      | digital_app_unaided_pct | 不知道 |
      | digital_app_unaided_elderly_pct | 不知道 |
    当 进行诊断
    那么 诊断 digital_burden 未评估
    而且 诊断 digital_burden 需要回答 digital_app_unaided_pct
    而且 诊断 digital_burden 需要回答 digital_app_unaided_elderly_pct
