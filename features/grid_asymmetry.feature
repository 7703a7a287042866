# language: zh-CN
功能: 网格化管理的监控与服务非对称
  依据徐勇等 2025 肖滨「超越网格化管理」所述网格化服务管理的三重内在困境(监控与服务的非对称性、管理与参与的紧张性、行政与自治的互斥性),
  以卜熙 2022 肇庆「网格化」管理制度悬置为佐证;出路是立足网格化管理,以「共同缔造」超越网格化管理。

  场景: 三重困境同时出现,诊断为严重,推荐共同缔造及各征象对应的机制,不推荐党建+网格+大数据
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 75 |
      | grid_service_closed_pct | 30 |
      | grid_resident_reported_pct | 10 |
      | grid_resident_roles | report |
      | grid_committee_grid_time_pct | 60 |
      | grid_staff_source | committee_members |
      | grid_deliberation_count | 2 |
    当 进行诊断
    那么 诊断 grid_asymmetry 成立
    而且 诊断 grid_asymmetry 的严重程度为 severe
    而且 征象 grid_asymmetry.monitoring_outweighs_service 成立
    而且 征象 grid_asymmetry.residents_treated_as_managed 成立
    而且 征象 grid_asymmetry.administration_crowds_out_self_governance 成立
    而且 推荐机制 gongtong_dizao
    而且 推荐机制 shequ_chuishao_bumen_baodao
    而且 推荐机制 wangge_jingxi_fuwu
    而且 推荐机制 siji_wenan
    而且 推荐机制 sanben_zhang
    而且 不推荐机制 dangjian_wangge_dashuju

  场景: 只有监控与服务非对称(监控时间恰为60%,办结率49%),诊断为警告,不推荐党建+网格+大数据
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 60 |
      | grid_service_closed_pct | 49 |
      | grid_resident_reported_pct | 35 |
      | grid_resident_roles | report,deliberate |
      | grid_committee_grid_time_pct | 30 |
      | grid_staff_source | committee_members |
      | grid_deliberation_count | 6 |
    当 进行诊断
    那么 诊断 grid_asymmetry 成立
    而且 诊断 grid_asymmetry 的严重程度为 warning
    而且 征象 grid_asymmetry.monitoring_outweighs_service 成立
    而且 征象 grid_asymmetry.residents_treated_as_managed 不成立
    而且 征象 grid_asymmetry.administration_crowds_out_self_governance 不成立
    而且 推荐机制 gongtong_dizao
    而且 推荐机制 shequ_chuishao_bumen_baodao
    而且 推荐机制 wangge_jingxi_fuwu
    而且 推荐机制 siji_wenan
    而且 不推荐机制 sanben_zhang
    而且 不推荐机制 dangjian_wangge_dashuju

  场景: 居民被当作被管理者、专职网格员运行且议事稀少,两个征象合计为警告
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 40 |
      | grid_service_closed_pct | 80 |
      | grid_resident_reported_pct | 19 |
      | grid_resident_roles | none |
      | grid_committee_grid_time_pct | 20 |
      | grid_staff_source | full_time_hired |
      | grid_deliberation_count | 3 |
    当 进行诊断
    那么 诊断 grid_asymmetry 成立
    而且 诊断 grid_asymmetry 的严重程度为 warning
    而且 征象 grid_asymmetry.monitoring_outweighs_service 不成立
    而且 征象 grid_asymmetry.residents_treated_as_managed 成立
    而且 征象 grid_asymmetry.administration_crowds_out_self_governance 成立
    而且 推荐机制 gongtong_dizao
    而且 推荐机制 sanben_zhang
    而且 不推荐机制 shequ_chuishao_bumen_baodao
    而且 不推荐机制 siji_wenan
    而且 不推荐机制 dangjian_wangge_dashuju

  场景: 只有行政挤压自治(村居委会一半时间办网格交办事项,全年无议事会),诊断为关注
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 50 |
      | grid_service_closed_pct | 70 |
      | grid_resident_reported_pct | 40 |
      | grid_resident_roles | report |
      | grid_committee_grid_time_pct | 50 |
      | grid_staff_source | mixed |
      | grid_deliberation_count | 0 |
    当 进行诊断
    那么 诊断 grid_asymmetry 成立
    而且 诊断 grid_asymmetry 的严重程度为 watch
    而且 征象 grid_asymmetry.administration_crowds_out_self_governance 成立
    而且 征象 grid_asymmetry.monitoring_outweighs_service 不成立
    而且 征象 grid_asymmetry.residents_treated_as_managed 不成立
    而且 推荐机制 gongtong_dizao
    而且 不推荐机制 sanben_zhang
    而且 不推荐机制 wangge_jingxi_fuwu

  场景: 差一点成立(监控时间59%、居民主动反映恰为20%、村居委会网格时间49%),诊断不成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 59 |
      | grid_service_closed_pct | 20 |
      | grid_resident_reported_pct | 20 |
      | grid_resident_roles | none |
      | grid_committee_grid_time_pct | 49 |
      | grid_staff_source | committee_members |
      | grid_deliberation_count | 3 |
    当 进行诊断
    那么 诊断 grid_asymmetry 不成立

  场景: 差一点成立(办结率恰为50%、居民参与评议、每年恰好4次议事会),诊断不成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 90 |
      | grid_service_closed_pct | 50 |
      | grid_resident_reported_pct | 5 |
      | grid_resident_roles | report,evaluate |
      | grid_committee_grid_time_pct | 80 |
      | grid_staff_source | full_time_hired |
      | grid_deliberation_count | 4 |
    当 进行诊断
    那么 诊断 grid_asymmetry 不成立
    而且 不推荐机制 gongtong_dizao

  场景: 未实行网格化管理,其余回答不计,诊断不成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 否 |
      | grid_patrol_time_pct | 75 |
      | grid_service_closed_pct | 30 |
      | grid_resident_reported_pct | 10 |
      | grid_resident_roles | none |
      | grid_committee_grid_time_pct | 60 |
      | grid_staff_source | full_time_hired |
      | grid_deliberation_count | 1 |
    当 进行诊断
    那么 诊断 grid_asymmetry 不成立

  场景: 已成立的征象足以报告,其余征象尚未回答
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 80 |
      | grid_service_closed_pct | 10 |
    当 进行诊断
    那么 诊断 grid_asymmetry 成立
    而且 诊断 grid_asymmetry 的严重程度为 warning
    而且 征象 grid_asymmetry.monitoring_outweighs_service 成立
    而且 推荐机制 shequ_chuishao_bumen_baodao
    而且 不推荐机制 dangjian_wangge_dashuju

  场景: 关键数字不知道,诊断未评估并列出需要回答的问题
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 不知道 |
      | grid_service_closed_pct | 30 |
      | grid_resident_reported_pct | 不知道 |
      | grid_resident_roles | none |
      | grid_committee_grid_time_pct | 不知道 |
      | grid_staff_source | 不知道 |
      | grid_deliberation_count | 8 |
    当 进行诊断
    那么 诊断 grid_asymmetry 未评估
    而且 诊断 grid_asymmetry 需要回答 grid_patrol_time_pct
    而且 诊断 grid_asymmetry 需要回答 grid_resident_reported_pct
