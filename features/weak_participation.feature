# language: zh-CN
功能: 参与不足:“干部干、群众看”
  王連升 2025 三、縣級及基層邏輯:东宝区全域积分制“有效改變了‘干部干、群眾看’的局面”,三治融合以巷长制、楼长制、居民议事厅让居民在家门口议事决事;
  何得桂、趙倩林 2023 参与式治理与“三线联系”;徐勇等 2025 褚松燕“激发社区居民能动力量”(社区社会组织与志愿服务)、肖滨共同缔造;卜熙 2022 社区治理委员会、志愿者协会与“人人参与”。

  场景: 公共项目由干部决定、议事稀少、志愿服务与社会组织薄弱、缺少身边联系人,且未实行积分制
    假如 县域的回答如下:
      | 问题 | 回答 |
      | part_public_project_count | 40 |
      | part_project_resident_decided_pct | 20 |
      | part_deliberation_quarterly_pct | 30 |
      | part_volunteer_registered_pct | 5 |
      | part_volunteer_active_pct | 20 |
      | part_social_org_per_community | 1.5 |
      | part_points_system | none |
      | part_household_contact_pct | 30 |
    当 进行诊断
    那么 诊断 weak_participation 成立
    而且 诊断 weak_participation 的严重程度为 severe
    而且 征象 weak_participation.cadres_decide_projects 成立
    而且 征象 weak_participation.deliberation_rare 成立
    而且 征象 weak_participation.volunteering_thin 成立
    而且 征象 weak_participation.few_social_organisations 成立
    而且 征象 weak_participation.no_neighbourhood_contacts 成立
    而且 征象 weak_participation.points_scheme_hollow 不成立
    而且 推荐机制 gongtong_dizao
    而且 推荐机制 jifenzhi
    而且 推荐机制 shequ_zhili_weiyuanhui
    而且 推荐机制 sanzhi_ronghe
    而且 推荐机制 shequ_shehui_zuzhi_zhiyuan
    而且 推荐机制 sanxian_lianxi
    而且 不推荐机制 dangjian_wangge_dashuju

  场景: 只有公共项目由干部决定,已全域推行积分制且参与面较广,诊断为警告
    假如 县域的回答如下:
      | 问题 | 回答 |
      | part_public_project_count | 25 |
      | part_project_resident_decided_pct | 49 |
      | part_deliberation_quarterly_pct | 80 |
      | part_volunteer_registered_pct | 15 |
      | part_volunteer_active_pct | 60 |
      | part_social_org_per_community | 5 |
      | part_points_system | countywide |
      | part_points_household_pct | 45 |
      | part_household_contact_pct | 80 |
    当 进行诊断
    那么 诊断 weak_participation 成立
    而且 诊断 weak_participation 的严重程度为 warning
    而且 征象 weak_participation.cadres_decide_projects 成立
    而且 征象 weak_participation.points_scheme_hollow 不成立
    而且 征象 weak_participation.deliberation_rare 不成立
    而且 推荐机制 gongtong_dizao
    而且 推荐机制 shequ_zhili_weiyuanhui
    而且 不推荐机制 jifenzhi
    而且 不推荐机制 sanzhi_ronghe
    而且 不推荐机制 shequ_shehui_zuzhi_zhiyuan
    而且 不推荐机制 sanxian_lianxi
    而且 不推荐机制 dangjian_wangge_dashuju

  场景: 已实行积分制但参与的户不足三成,积分制流于形式
    假如 县域的回答如下:
      | 问题 | 回答 |
      | part_public_project_count | 30 |
      | part_project_resident_decided_pct | 70 |
      | part_deliberation_quarterly_pct | 60 |
      | part_volunteer_registered_pct | 12 |
      | part_volunteer_active_pct | 40 |
      | part_social_org_per_community | 4 |
      | part_points_system | pilot |
      | part_points_household_pct | 29 |
      | part_household_contact_pct | 60 |
    当 进行诊断
    那么 诊断 weak_participation 成立
    而且 诊断 weak_participation 的严重程度为 watch
    而且 征象 weak_participation.points_scheme_hollow 成立
    而且 征象 weak_participation.cadres_decide_projects 不成立
    而且 推荐机制 jifenzhi
    而且 不推荐机制 gongtong_dizao
    而且 不推荐机制 shequ_zhili_weiyuanhui

  场景: 注册志愿者不少但大多只注册不服务(生态功能型县)
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | border_ecological |
      | part_public_project_count | 30 |
      | part_project_resident_decided_pct | 80 |
      | part_deliberation_quarterly_pct | 90 |
      | part_volunteer_registered_pct | 20 |
      | part_volunteer_active_pct | 29 |
      | part_social_org_per_community | 6 |
      | part_points_system | none |
      | part_household_contact_pct | 70 |
    当 进行诊断
    那么 诊断 weak_participation 成立
    而且 诊断 weak_participation 的严重程度为 watch
    而且 征象 weak_participation.volunteering_thin 成立
    而且 征象 weak_participation.cadres_decide_projects 不成立
    而且 推荐机制 shequ_shehui_zuzhi_zhiyuan
    而且 推荐机制 shequ_zhili_weiyuanhui
    而且 不推荐机制 jifenzhi
    而且 不推荐机制 gongtong_dizao

  场景: 社会组织稀少、身边联系人覆盖不足,两个弱征象合计仍为关注
    假如 县域的回答如下:
      | 问题 | 回答 |
      | part_public_project_count | 30 |
      | part_project_resident_decided_pct | 60 |
      | part_deliberation_quarterly_pct | 55 |
      | part_volunteer_registered_pct | 12 |
      | part_volunteer_active_pct | 50 |
      | part_social_org_per_community | 2.9 |
      | part_points_system | none |
      | part_household_contact_pct | 49 |
    当 进行诊断
    那么 诊断 weak_participation 成立
    而且 诊断 weak_participation 的严重程度为 watch
    而且 征象 weak_participation.few_social_organisations 成立
    而且 征象 weak_participation.no_neighbourhood_contacts 成立
    而且 推荐机制 sanzhi_ronghe
    而且 推荐机制 sanxian_lianxi
    而且 推荐机制 shequ_shehui_zuzhi_zhiyuan
    而且 不推荐机制 gongtong_dizao
    而且 不推荐机制 jifenzhi

  场景: 近似但不成立——各项都恰好落在阈值的安全一侧
    假如 县域的回答如下:
      | 问题 | 回答 |
      | part_public_project_count | 20 |
      | part_project_resident_decided_pct | 50 |
      | part_deliberation_quarterly_pct | 50 |
      | part_volunteer_registered_pct | 10 |
      | part_volunteer_active_pct | 30 |
      | part_social_org_per_community | 3 |
      | part_points_system | countywide |
      | part_points_household_pct | 30 |
      | part_household_contact_pct | 50 |
    当 进行诊断
    那么 诊断 weak_participation 不成立
    而且 不推荐机制 gongtong_dizao
    而且 不推荐机制 jifenzhi
    而且 不推荐机制 sanzhi_ronghe
    而且 不推荐机制 shequ_shehui_zuzhi_zhiyuan

  场景: 近似但不成立——上年没有村级公共项目、未实行积分制,相应回答被搁置
    假如 县域的回答如下:
      | 问题 | 回答 |
      | part_public_project_count | 0 |
      | part_project_resident_decided_pct | 10 |
      | part_deliberation_quarterly_pct | 75 |
      | part_volunteer_registered_pct | 18 |
      | part_volunteer_active_pct | 45 |
      | part_social_org_per_community | 4 |
      | part_points_system | none |
      | part_points_household_pct | 5 |
      | part_household_contact_pct | 65 |
    当 进行诊断
    那么 诊断 weak_participation 不成立
    而且 回答 part_project_resident_decided_pct 被搁置
    而且 回答 part_points_household_pct 被搁置
    而且 征象 weak_participation.cadres_decide_projects 不成立
    而且 征象 weak_participation.points_scheme_hollow 不成立
    而且 不推荐机制 gongtong_dizao
    而且 不推荐机制 jifenzhi

  场景: 项目由干部决定已足以报告,议事情况不知道时列为未确定
    假如 县域的回答如下:
      | 问题 | 回答 |
      | part_public_project_count | 12 |
      | part_project_resident_decided_pct | 10 |
      | part_deliberation_quarterly_pct | 不知道 |
      | part_volunteer_registered_pct | 15 |
      | part_volunteer_active_pct | 50 |
      | part_social_org_per_community | 4 |
      | part_points_system | none |
      | part_household_contact_pct | 60 |
    当 进行诊断
    那么 诊断 weak_participation 成立
    而且 诊断 weak_participation 的严重程度为 warning
    而且 征象 weak_participation.cadres_decide_projects 成立
    而且 征象 weak_participation.deliberation_rare 未确定
    而且 诊断 weak_participation 报告时列出未确定的征象 deliberation_rare
    而且 推荐机制 gongtong_dizao
    而且 推荐机制 jifenzhi
    而且 不推荐机制 sanzhi_ronghe

  场景: 项目、议事、志愿和联系人情况都不知道
    假如 县域的回答如下:
      | 问题 | 回答 |
      | part_public_project_count | 不知道 |
      | part_deliberation_quarterly_pct | 不知道 |
      | part_volunteer_registered_pct | 不知道 |
      | part_social_org_per_community | 5 |
      | part_points_system | none |
      | part_household_contact_pct | 不知道 |
    当 进行诊断
    那么 诊断 weak_participation 未评估
    而且 诊断 weak_participation 需要回答 part_public_project_count
    而且 诊断 weak_participation 需要回答 part_project_resident_decided_pct
    而且 诊断 weak_participation 需要回答 part_deliberation_quarterly_pct
    而且 诊断 weak_participation 需要回答 part_volunteer_registered_pct
    而且 诊断 weak_participation 需要回答 part_household_contact_pct

  场景: 其余均安全,只差议事情况不知道,仍未评估
    假如 县域的回答如下:
      | 问题 | 回答 |
      | part_public_project_count | 20 |
      | part_project_resident_decided_pct | 80 |
      | part_deliberation_quarterly_pct | 不知道 |
      | part_volunteer_registered_pct | 15 |
      | part_volunteer_active_pct | 50 |
      | part_social_org_per_community | 4 |
      | part_points_system | countywide |
      | part_points_household_pct | 60 |
      | part_household_contact_pct | 70 |
    当 进行诊断
    那么 诊断 weak_participation 未评估
    而且 诊断 weak_participation 需要回答 part_deliberation_quarterly_pct
