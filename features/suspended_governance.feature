# language: zh-CN
功能: 政策悬浮与悬浮式治理
  王連升 引言把“政策懸浮”列为层级协同的固有挑战;何得桂、趙倩林 四(三)指出资源维度主要破解“懸浮式治理”,以鎮村工作一體化
  (三到三同三促進)推动干部和资源下沉。征象为乡镇干部不下村、资金留在县乡、事务层层上交、包联不到户、重点人群无人负责、治理单元过大;
  对策还有徐勇的一层次办理与划小治理单元、卜熙的「社区—支部—党员」联系制度、褚松燕的“双报到”、四季问安与微网实格。

  场景: 干部不下村、资金留在县乡、事务层层上交,三项并见
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | outflow |
      | reach_township_village_days_pct | 15 |
      | reach_stationed_village_pct | 40 |
      | reach_village_funds_pct | 25 |
      | reach_escalated_pct | 30 |
      | reach_household_contact | 是 |
      | reach_household_visited_pct | 70 |
      | reach_priority_contact_pct | 95 |
      | reach_households_per_unit | 80 |
      | reach_urban_communities | 5 |
    当 进行诊断
    那么 诊断 suspended_governance 成立
    而且 诊断 suspended_governance 的严重程度为 severe
    而且 征象 suspended_governance.cadres_not_in_villages 成立
    而且 征象 suspended_governance.funds_stay_above_village 成立
    而且 征象 suspended_governance.matters_pass_upward 成立
    而且 征象 suspended_governance.households_not_reached 不成立
    而且 征象 suspended_governance.priority_households_uncovered 不成立
    而且 征象 suspended_governance.units_too_large 不成立
    而且 推荐机制 zhencun_yitihua
    而且 推荐机制 yi_cengci_banli
    而且 推荐机制 shequ_chuishao_bumen_baodao
    而且 推荐机制 xianyu_yigongti
    而且 不推荐机制 shequ_zhibu_dangyuan_lianxi
    而且 不推荐机制 shuang_baodao
    而且 不推荐机制 siji_wenan
    而且 不推荐机制 huaxiao_zhili_danyuan

  场景: 没有城镇社区的农村县包联不到户、单元过大——双报到与微网实格不适用
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | outflow |
      | reach_township_village_days_pct | 45 |
      | reach_stationed_village_pct | 80 |
      | reach_village_funds_pct | 60 |
      | reach_escalated_pct | 10 |
      | reach_household_contact | 否 |
      | reach_household_visited_pct | 80 |
      | reach_priority_contact_pct | 70 |
      | reach_households_per_unit | 350 |
      | reach_urban_communities | 0 |
    当 进行诊断
    那么 诊断 suspended_governance 成立
    而且 诊断 suspended_governance 的严重程度为 warning
    而且 回答 reach_household_visited_pct 被搁置
    而且 征象 suspended_governance.households_not_reached 成立
    而且 征象 suspended_governance.priority_households_uncovered 成立
    而且 征象 suspended_governance.units_too_large 成立
    而且 征象 suspended_governance.cadres_not_in_villages 不成立
    而且 推荐机制 shequ_zhibu_dangyuan_lianxi
    而且 推荐机制 siji_wenan
    而且 推荐机制 huaxiao_zhili_danyuan
    而且 不推荐机制 shuang_baodao
    而且 不推荐机制 weiwang_shige
    而且 不推荐机制 zhencun_yitihua
    而且 不推荐机制 yi_cengci_banli
    而且 不推荐机制 xianyu_yigongti

  场景: 人口集聚型县有城镇社区,走访不足一半且单元过大
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | gathering |
      | reach_township_village_days_pct | 40 |
      | reach_stationed_village_pct | 60 |
      | reach_village_funds_pct | 50 |
      | reach_escalated_pct | 15 |
      | reach_household_contact | 是 |
      | reach_household_visited_pct | 30 |
      | reach_priority_contact_pct | 95 |
      | reach_households_per_unit | 500 |
      | reach_urban_communities | 40 |
    当 进行诊断
    那么 诊断 suspended_governance 成立
    而且 诊断 suspended_governance 的严重程度为 watch
    而且 征象 suspended_governance.households_not_reached 成立
    而且 征象 suspended_governance.units_too_large 成立
    而且 征象 suspended_governance.priority_households_uncovered 不成立
    而且 推荐机制 shequ_zhibu_dangyuan_lianxi
    而且 推荐机制 shuang_baodao
    而且 推荐机制 huaxiao_zhili_danyuan
    而且 推荐机制 weiwang_shige
    而且 不推荐机制 siji_wenan
    而且 不推荐机制 zhencun_yitihua

  场景: 有干部驻村的村刚好不到一半
    假如 县域的回答如下:
      | 问题 | 回答 |
      | reach_township_village_days_pct | 35 |
      | reach_stationed_village_pct | 49 |
      | reach_village_funds_pct | 55 |
      | reach_escalated_pct | 5 |
      | reach_household_contact | 是 |
      | reach_household_visited_pct | 80 |
      | reach_priority_contact_pct | 100 |
      | reach_households_per_unit | 60 |
      | reach_urban_communities | 2 |
    当 进行诊断
    那么 诊断 suspended_governance 成立
    而且 诊断 suspended_governance 的严重程度为 watch
    而且 征象 suspended_governance.cadres_not_in_villages 成立
    而且 征象 suspended_governance.funds_stay_above_village 不成立
    而且 推荐机制 zhencun_yitihua
    而且 不推荐机制 yi_cengci_banli
    而且 不推荐机制 xianyu_yigongti

  场景: 近似但不成立——干部、资金、事务上交都恰在阈值的安全一侧
    假如 县域的回答如下:
      | 问题 | 回答 |
      | reach_township_village_days_pct | 30 |
      | reach_stationed_village_pct | 50 |
      | reach_village_funds_pct | 40 |
      | reach_escalated_pct | 19 |
      | reach_household_contact | 是 |
      | reach_household_visited_pct | 60 |
      | reach_priority_contact_pct | 95 |
      | reach_households_per_unit | 100 |
      | reach_urban_communities | 3 |
    当 进行诊断
    那么 诊断 suspended_governance 不成立
    而且 征象 suspended_governance.cadres_not_in_villages 不成立
    而且 征象 suspended_governance.funds_stay_above_village 不成立
    而且 征象 suspended_governance.matters_pass_upward 不成立
    而且 不推荐机制 zhencun_yitihua
    而且 不推荐机制 yi_cengci_banli

  场景: 近似但不成立——走访、重点人群和单元规模都恰在阈值的安全一侧
    假如 县域的回答如下:
      | 问题 | 回答 |
      | reach_township_village_days_pct | 50 |
      | reach_stationed_village_pct | 90 |
      | reach_village_funds_pct | 70 |
      | reach_escalated_pct | 5 |
      | reach_household_contact | 是 |
      | reach_household_visited_pct | 50 |
      | reach_priority_contact_pct | 90 |
      | reach_households_per_unit | 299 |
      | reach_urban_communities | 10 |
    当 进行诊断
    那么 诊断 suspended_governance 不成立
    而且 征象 suspended_governance.households_not_reached 不成立
    而且 征象 suspended_governance.priority_households_uncovered 不成立
    而且 征象 suspended_governance.units_too_large 不成立
    而且 不推荐机制 shequ_zhibu_dangyuan_lianxi
    而且 不推荐机制 huaxiao_zhili_danyuan

  场景: 干部下村天数已确知很少,其余不知道也照样报告
    假如 县域的回答如下:
      | 问题 | 回答 |
      | reach_township_village_days_pct | 10 |
      | reach_stationed_village_pct | 不知道 |
      | reach_village_funds_pct | 不知道 |
      | reach_escalated_pct | 不知道 |
      | reach_household_contact | 不知道 |
      | reach_priority_contact_pct | 不知道 |
      | reach_households_per_unit | 不知道 |
    当 进行诊断
    那么 诊断 suspended_governance 成立
    而且 诊断 suspended_governance 的严重程度为 watch
    而且 征象 suspended_governance.cadres_not_in_villages 成立
    而且 征象 suspended_governance.funds_stay_above_village 未确定
    而且 征象 suspended_governance.matters_pass_upward 未确定
    而且 诊断 suspended_governance 报告时列出未确定的征象 funds_stay_above_village
    而且 诊断 suspended_governance 报告时列出未确定的征象 households_not_reached
    而且 推荐机制 zhencun_yitihua

  场景: 事务上交、走访与重点人群都不知道
    假如 县域的回答如下:
      | 问题 | 回答 |
      | reach_township_village_days_pct | 40 |
      | reach_stationed_village_pct | 80 |
      | reach_village_funds_pct | 60 |
      | reach_escalated_pct | 不知道 |
      | reach_household_contact | 是 |
      | reach_household_visited_pct | 不知道 |
      | reach_priority_contact_pct | 不知道 |
      | reach_households_per_unit | 100 |
    当 进行诊断
    那么 诊断 suspended_governance 未评估
    而且 征象 suspended_governance.matters_pass_upward 未确定
    而且 征象 suspended_governance.cadres_not_in_villages 不成立
    而且 诊断 suspended_governance 需要回答 reach_escalated_pct
    而且 诊断 suspended_governance 需要回答 reach_household_visited_pct
    而且 诊断 suspended_governance 需要回答 reach_priority_contact_pct
