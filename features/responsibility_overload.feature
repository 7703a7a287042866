# language: zh-CN
功能: 权责失衡与基层负担
  何得桂、趙倩林(二、分析框架構建與案例選擇):治理任务繁重而资源有限,基层陷入“权力不大、任务无限”的困境;
  徐勇「化繁为简」(一):属地责任层层下压,村(居)委会承担许多政府下派工作而不堪重负,须按权力、责任、能力、资源与事务相匹配的原则
  明确哪一级做什么。对策包括三级权责清单(卜熙)、《村(社区)工作机制指导目录》(王連升)与“钱随事走、人随机制走”(《國家治理》)。

  场景: 职责未以清单厘清,村(居)委会时间被交办工作压满
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 否 |
      | duty_quanze_qingdan | 否 |
      | duty_committee_gov_time_pct | 65 |
      | duty_township_items | 40 |
      | duty_items_no_power_pct | 30 |
      | duty_items_no_funds_pct | 40 |
      | duty_items_growth_pct | 10 |
      | duty_township_staff_change_pct | 0 |
    当 进行诊断
    那么 诊断 responsibility_overload 成立
    而且 诊断 responsibility_overload 的严重程度为 warning
    而且 征象 responsibility_overload.duties_undefined 成立
    而且 征象 responsibility_overload.committee_loaded 成立
    而且 征象 responsibility_overload.list_bypassed 不成立
    而且 征象 responsibility_overload.shudi_without_power 不成立
    而且 征象 responsibility_overload.tasks_without_funds 不成立
    而且 征象 responsibility_overload.tasks_grow_staff_not 不成立
    而且 推荐机制 cun_gongzuo_zhidao_mulu
    而且 推荐机制 sanji_quanze_qingdan
    而且 推荐机制 gongtong_dizao
    而且 不推荐机制 quanze_pipei
    而且 不推荐机制 renwu_zhuanban
    而且 不推荐机制 yi_cengci_banli

  场景: 清单被绕过,属地事项无权、无钱、无人,任务增多而人员减少
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 是 |
      | duty_items_outside_list | 12 |
      | duty_quanze_qingdan | 是 |
      | duty_committee_gov_time_pct | 70 |
      | duty_township_items | 30 |
      | duty_items_no_power_pct | 60 |
      | duty_items_no_funds_pct | 70 |
      | duty_items_growth_pct | 30 |
      | duty_township_staff_change_pct | -5 |
    当 进行诊断
    那么 诊断 responsibility_overload 成立
    而且 诊断 responsibility_overload 的严重程度为 severe
    而且 征象 responsibility_overload.list_bypassed 成立
    而且 征象 responsibility_overload.committee_loaded 成立
    而且 征象 responsibility_overload.shudi_without_power 成立
    而且 征象 responsibility_overload.tasks_without_funds 成立
    而且 征象 responsibility_overload.tasks_grow_staff_not 成立
    而且 征象 responsibility_overload.duties_undefined 不成立
    而且 推荐机制 cun_gongzuo_zhidao_mulu
    而且 推荐机制 quanze_pipei
    而且 推荐机制 yi_cengci_banli
    而且 推荐机制 renwu_zhuanban
    而且 推荐机制 gongtong_dizao
    而且 不推荐机制 sanji_quanze_qingdan
    而且 不推荐机制 wenti_taizhang_fupan

  场景: 只有下交事项缺经费和人员,刚好达到一半
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 是 |
      | duty_items_outside_list | 2 |
      | duty_quanze_qingdan | 是 |
      | duty_committee_gov_time_pct | 30 |
      | duty_township_items | 25 |
      | duty_items_no_power_pct | 39 |
      | duty_items_no_funds_pct | 50 |
      | duty_items_growth_pct | 20 |
      | duty_township_staff_change_pct | 3 |
    当 进行诊断
    那么 诊断 responsibility_overload 成立
    而且 诊断 responsibility_overload 的严重程度为 watch
    而且 征象 responsibility_overload.tasks_without_funds 成立
    而且 征象 responsibility_overload.shudi_without_power 不成立
    而且 征象 responsibility_overload.tasks_grow_staff_not 不成立
    而且 推荐机制 quanze_pipei
    而且 不推荐机制 renwu_zhuanban
    而且 不推荐机制 yi_cengci_banli
    而且 不推荐机制 cun_gongzuo_zhidao_mulu
    而且 不推荐机制 sanji_quanze_qingdan

  场景: 只是没有任何清单,清单外事项数因不相关而被搁置
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 否 |
      | duty_items_outside_list | 20 |
      | duty_quanze_qingdan | 否 |
      | duty_committee_gov_time_pct | 20 |
      | duty_township_items | 10 |
      | duty_items_no_power_pct | 10 |
      | duty_items_no_funds_pct | 10 |
      | duty_items_growth_pct | 0 |
      | duty_township_staff_change_pct | 0 |
    当 进行诊断
    那么 诊断 responsibility_overload 成立
    而且 诊断 responsibility_overload 的严重程度为 watch
    而且 征象 responsibility_overload.duties_undefined 成立
    而且 征象 responsibility_overload.list_bypassed 不成立
    而且 回答 duty_items_outside_list 被搁置
    而且 推荐机制 cun_gongzuo_zhidao_mulu
    而且 推荐机制 sanji_quanze_qingdan
    而且 不推荐机制 quanze_pipei
    而且 不推荐机制 gongtong_dizao

  场景: 事项三年增加两成而乡镇人员持平
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 是 |
      | duty_items_outside_list | 0 |
      | duty_quanze_qingdan | 是 |
      | duty_committee_gov_time_pct | 25 |
      | duty_township_items | 20 |
      | duty_items_no_power_pct | 10 |
      | duty_items_no_funds_pct | 10 |
      | duty_items_growth_pct | 20 |
      | duty_township_staff_change_pct | 0 |
    当 进行诊断
    那么 诊断 responsibility_overload 成立
    而且 诊断 responsibility_overload 的严重程度为 watch
    而且 征象 responsibility_overload.tasks_grow_staff_not 成立
    而且 推荐机制 quanze_pipei
    而且 不推荐机制 renwu_zhuanban

  场景: 近似但不成立——各项都差一点到阈值
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 是 |
      | duty_items_outside_list | 4 |
      | duty_quanze_qingdan | 否 |
      | duty_committee_gov_time_pct | 49 |
      | duty_township_items | 20 |
      | duty_items_no_power_pct | 39 |
      | duty_items_no_funds_pct | 49 |
      | duty_items_growth_pct | 19 |
      | duty_township_staff_change_pct | -10 |
    当 进行诊断
    那么 诊断 responsibility_overload 不成立
    而且 不推荐机制 cun_gongzuo_zhidao_mulu
    而且 不推荐机制 sanji_quanze_qingdan
    而且 不推荐机制 quanze_pipei

  场景: 近似但不成立——事项大增但乡镇人员也略有增加
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 是 |
      | duty_items_outside_list | 0 |
      | duty_quanze_qingdan | 是 |
      | duty_committee_gov_time_pct | 10 |
      | duty_township_items | 15 |
      | duty_items_no_power_pct | 0 |
      | duty_items_no_funds_pct | 0 |
      | duty_items_growth_pct | 45 |
      | duty_township_staff_change_pct | 1 |
    当 进行诊断
    那么 诊断 responsibility_overload 不成立
    而且 不推荐机制 quanze_pipei

  场景: 没有下交事项时,无权、无钱比例的回答被搁置,不因之成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 是 |
      | duty_items_outside_list | 0 |
      | duty_quanze_qingdan | 是 |
      | duty_committee_gov_time_pct | 10 |
      | duty_township_items | 0 |
      | duty_items_no_power_pct | 90 |
      | duty_items_no_funds_pct | 90 |
      | duty_items_growth_pct | 0 |
      | duty_township_staff_change_pct | 0 |
    当 进行诊断
    那么 诊断 responsibility_overload 不成立
    而且 回答 duty_items_no_power_pct 被搁置
    而且 回答 duty_items_no_funds_pct 被搁置
    而且 不推荐机制 quanze_pipei

  场景: 基层已不堪重负时,不再推荐以红黄牌压实责任
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 是 |
      | duty_items_outside_list | 8 |
      | duty_quanze_qingdan | 是 |
      | duty_committee_gov_time_pct | 55 |
      | duty_township_items | 30 |
      | duty_items_no_power_pct | 50 |
      | duty_items_no_funds_pct | 20 |
      | duty_items_growth_pct | 5 |
      | duty_township_staff_change_pct | 0 |
      | expand_has_extension | 是 |
      | expand_years_since_start | 2 |
      | expand_targets_met_pct | 40 |
    当 进行诊断
    那么 诊断 responsibility_overload 成立
    而且 诊断 over_expansion 成立
    而且 征象 over_expansion.performance_too_hard 成立
    而且 不推荐机制 wenti_taizhang_fupan
    而且 推荐机制 hengxiang_jieshi
    而且 推荐机制 renwu_zhuanban

  场景: 没有权责失衡时,台账与红黄牌照常推荐
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 是 |
      | duty_items_outside_list | 0 |
      | duty_quanze_qingdan | 是 |
      | duty_committee_gov_time_pct | 20 |
      | duty_township_items | 30 |
      | duty_items_no_power_pct | 10 |
      | duty_items_no_funds_pct | 10 |
      | duty_items_growth_pct | 5 |
      | duty_township_staff_change_pct | 0 |
      | expand_has_extension | 是 |
      | expand_years_since_start | 2 |
      | expand_targets_met_pct | 40 |
    当 进行诊断
    那么 诊断 responsibility_overload 不成立
    而且 诊断 over_expansion 成立
    而且 推荐机制 wenti_taizhang_fupan

  场景: 村(居)委会时间已压满,其余不知道也照样报告
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 不知道 |
      | duty_quanze_qingdan | 是 |
      | duty_committee_gov_time_pct | 60 |
      | duty_township_items | 不知道 |
      | duty_items_growth_pct | 不知道 |
      | duty_township_staff_change_pct | 不知道 |
    当 进行诊断
    那么 诊断 responsibility_overload 成立
    而且 诊断 responsibility_overload 的严重程度为 warning
    而且 征象 responsibility_overload.committee_loaded 成立
    而且 征象 responsibility_overload.duties_undefined 不成立
    而且 征象 responsibility_overload.shudi_without_power 未确定
    而且 诊断 responsibility_overload 报告时列出未确定的征象 shudi_without_power
    而且 诊断 responsibility_overload 报告时列出未确定的征象 list_bypassed
    而且 推荐机制 gongtong_dizao

  场景: 权责配置的情况都不知道
    假如 县域的回答如下:
      | 问题 | 回答 |
      | duty_village_list | 不知道 |
      | duty_quanze_qingdan | 不知道 |
      | duty_committee_gov_time_pct | 不知道 |
      | duty_township_items | 不知道 |
      | duty_items_growth_pct | 不知道 |
      | duty_township_staff_change_pct | 不知道 |
    当 进行诊断
    那么 诊断 responsibility_overload 未评估
    而且 诊断 responsibility_overload 需要回答 duty_committee_gov_time_pct
    而且 诊断 responsibility_overload 需要回答 duty_village_list
    而且 诊断 responsibility_overload 需要回答 duty_township_items
    而且 诊断 responsibility_overload 需要回答 duty_items_growth_pct
