# language: zh-CN
功能: 县域功能定位与分类推进不足
  《國家治理》2025「以縣域治理為抓手推進城市治理現代化」主张“著眼分类推进”:人口集聚型县域扩大治理权限、增强财政、土地、数据等要素统筹,
  人口持续流出的县域以存量治理与功能优化为重点,边境和生态特殊地区强化稳边固边与生态保护;县域作为中介转换器、要素流动平台和协同治理组织者,
  其统筹权限须由上级赋予(王連升 2025:省级为“系统构建者”,县级为“精准执行端”)。

  场景: 人口集聚型县域缺少编制与数据统筹权限,资源仍按户籍人口配置
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | gathering |
      | county_pop_change_5y_pct | 12 |
      | county_powers | finance,land |
      | county_alloc_by_resident | 否 |
      | county_builtup_change_5y_pct | 20 |
      | county_multi_plan | 是 |
      | county_indicator_pool | 否 |
      | county_data_platform | 是 |
      | county_eco_arrangements | none |
    当 进行诊断
    那么 诊断 county_positioning_gap 成立
    而且 诊断 county_positioning_gap 的严重程度为 warning
    而且 征象 county_positioning_gap.gathering_lacks_coordination_powers 成立
    而且 征象 county_positioning_gap.services_not_by_resident_population 成立
    而且 征象 county_positioning_gap.outflow_incremental_expansion 不成立
    而且 征象 county_positioning_gap.border_eco_no_crossboundary_arrangements 不成立
    而且 征象 county_positioning_gap.no_unified_spatial_base 不成立
    而且 回答 county_eco_arrangements 被搁置
    而且 推荐机制 fenlei_tuijin
    而且 推荐机制 xianyu_tongchou_fuquan
    而且 推荐机制 duogui_heyi
    而且 不推荐机制 lianhe_hehuzhang
    而且 不推荐机制 shengtai_zhihuibu
    而且 不推荐机制 shuju_mulu_gongxiang

  场景: 近似但不成立——人口集聚型县域四项统筹权限俱全,其他统筹条件也具备
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | gathering |
      | county_pop_change_5y_pct | 12 |
      | county_powers | finance,land,staffing,data |
      | county_alloc_by_resident | 是 |
      | county_builtup_change_5y_pct | 20 |
      | county_multi_plan | 是 |
      | county_indicator_pool | 否 |
      | county_data_platform | 是 |
    当 进行诊断
    那么 诊断 county_positioning_gap 不成立
    而且 征象 county_positioning_gap.gathering_lacks_coordination_powers 不成立
    而且 不推荐机制 xianyu_tongchou_fuquan
    而且 不推荐机制 duogui_heyi

  场景: 人口流出县域仍在扩张县城、且未重组公共服务布局
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | outflow |
      | county_pop_change_5y_pct | -8 |
      | county_powers | none |
      | county_alloc_by_resident | 是 |
      | county_builtup_change_5y_pct | 12 |
      | county_service_relayout | 否 |
      | county_multi_plan | 是 |
      | county_indicator_pool | 是 |
      | county_data_platform | 是 |
    当 进行诊断
    那么 诊断 county_positioning_gap 成立
    而且 诊断 county_positioning_gap 的严重程度为 warning
    而且 征象 county_positioning_gap.outflow_incremental_expansion 成立
    而且 征象 county_positioning_gap.outflow_no_service_relayout 成立
    而且 征象 county_positioning_gap.gathering_lacks_coordination_powers 不成立
    而且 推荐机制 fenlei_tuijin
    而且 推荐机制 duogui_heyi
    而且 不推荐机制 xianyu_tongchou_fuquan
    而且 不推荐机制 yiwang_tongguan

  场景: 人口流出县域各项统筹条件都缺,严重程度为 severe
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | outflow |
      | county_pop_change_5y_pct | -15 |
      | county_alloc_by_resident | 否 |
      | county_builtup_change_5y_pct | 25 |
      | county_service_relayout | 否 |
      | county_multi_plan | 否 |
      | county_indicator_pool | 否 |
      | county_data_platform | 否 |
    当 进行诊断
    那么 诊断 county_positioning_gap 成立
    而且 诊断 county_positioning_gap 的严重程度为 severe
    而且 征象 county_positioning_gap.no_unified_spatial_base 成立
    而且 征象 county_positioning_gap.no_crossdept_data_platform 成立
    而且 推荐机制 duogui_heyi
    而且 推荐机制 shuju_mulu_gongxiang
    而且 推荐机制 yiwang_tongguan
    而且 不推荐机制 xianyu_tongchou_fuquan

  场景: 近似但不成立——人口流出县域的县城建成区增长差一点到10%,公共服务已重组
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | outflow |
      | county_pop_change_5y_pct | -8 |
      | county_alloc_by_resident | 是 |
      | county_builtup_change_5y_pct | 9.9 |
      | county_service_relayout | 是 |
      | county_multi_plan | 是 |
      | county_indicator_pool | 是 |
      | county_data_platform | 是 |
    当 进行诊断
    那么 诊断 county_positioning_gap 不成立
    而且 征象 county_positioning_gap.outflow_incremental_expansion 不成立
    而且 征象 county_positioning_gap.outflow_no_service_relayout 不成立
    而且 不推荐机制 duogui_heyi

  场景: 生态功能型县域的常住人口刚好减少5%、县城建成区刚好扩大10%
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | border_ecological |
      | county_pop_change_5y_pct | -5 |
      | county_alloc_by_resident | 是 |
      | county_builtup_change_5y_pct | 10 |
      | county_service_relayout | 是 |
      | county_multi_plan | 是 |
      | county_indicator_pool | 是 |
      | county_data_platform | 是 |
      | county_eco_arrangements | joint_river_chief,joint_command,eco_matchmaker |
    当 进行诊断
    那么 诊断 county_positioning_gap 成立
    而且 诊断 county_positioning_gap 的严重程度为 watch
    而且 征象 county_positioning_gap.outflow_incremental_expansion 成立
    而且 征象 county_positioning_gap.outflow_no_service_relayout 不成立
    而且 征象 county_positioning_gap.border_eco_no_crossboundary_arrangements 不成立
    而且 推荐机制 duogui_heyi
    而且 不推荐机制 lianhe_hehuzhang

  场景: 近似但不成立——生态功能型县域人口减少4.9%,跨界、指挥部与群众参与安排俱在
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | border_ecological |
      | county_pop_change_5y_pct | -4.9 |
      | county_alloc_by_resident | 是 |
      | county_builtup_change_5y_pct | 30 |
      | county_service_relayout | 否 |
      | county_multi_plan | 是 |
      | county_indicator_pool | 是 |
      | county_data_platform | 是 |
      | county_eco_arrangements | eco_compensation,joint_command,forest_patrol |
    当 进行诊断
    那么 诊断 county_positioning_gap 不成立
    而且 征象 county_positioning_gap.outflow_incremental_expansion 不成立
    而且 征象 county_positioning_gap.border_eco_no_crossboundary_arrangements 不成立
    而且 征象 county_positioning_gap.border_eco_no_joint_command 不成立
    而且 征象 county_positioning_gap.border_eco_no_social_coparticipation 不成立
    而且 回答 county_service_relayout 被搁置
    而且 不推荐机制 lianhe_hehuzhang

  场景: 边境或生态功能型县域没有任何生态协同安排
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | border_ecological |
      | county_pop_change_5y_pct | -2 |
      | county_alloc_by_resident | 是 |
      | county_builtup_change_5y_pct | 3 |
      | county_multi_plan | 是 |
      | county_indicator_pool | 是 |
      | county_data_platform | 是 |
      | county_eco_arrangements | none |
    当 进行诊断
    那么 诊断 county_positioning_gap 成立
    而且 诊断 county_positioning_gap 的严重程度为 warning
    而且 征象 county_positioning_gap.border_eco_no_crossboundary_arrangements 成立
    而且 征象 county_positioning_gap.border_eco_no_joint_command 成立
    而且 征象 county_positioning_gap.border_eco_no_social_coparticipation 成立
    而且 推荐机制 fenlei_tuijin
    而且 推荐机制 lianhe_hehuzhang
    而且 推荐机制 shengtai_zhihuibu
    而且 推荐机制 shengtai_hongniang
    而且 不推荐机制 xianyu_tongchou_fuquan
    而且 不推荐机制 duogui_heyi

  场景: 生态功能型县域已有生态补偿,但没有联合指挥部和群众参与安排
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | border_ecological |
      | county_pop_change_5y_pct | -2 |
      | county_alloc_by_resident | 是 |
      | county_builtup_change_5y_pct | 3 |
      | county_multi_plan | 是 |
      | county_indicator_pool | 是 |
      | county_data_platform | 是 |
      | county_eco_arrangements | eco_compensation |
    当 进行诊断
    那么 诊断 county_positioning_gap 成立
    而且 诊断 county_positioning_gap 的严重程度为 watch
    而且 征象 county_positioning_gap.border_eco_no_crossboundary_arrangements 不成立
    而且 征象 county_positioning_gap.border_eco_no_joint_command 成立
    而且 推荐机制 shengtai_zhihuibu
    而且 推荐机制 shengtai_hongniang
    而且 不推荐机制 lianhe_hehuzhang

  场景: 县域类型为“其他”时不作此诊断
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | other |
      | county_pop_change_5y_pct | -10 |
      | county_alloc_by_resident | 否 |
      | county_builtup_change_5y_pct | 30 |
      | county_multi_plan | 否 |
      | county_data_platform | 否 |
    当 进行诊断
    那么 诊断 county_positioning_gap 不成立
    而且 不推荐机制 fenlei_tuijin

  场景: 人口集聚型县域没有任何统筹权限,其余统筹条件不知道,照样报告
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | gathering |
      | county_powers | none |
      | county_alloc_by_resident | 不知道 |
      | county_multi_plan | 不知道 |
      | county_data_platform | 是 |
    当 进行诊断
    那么 诊断 county_positioning_gap 成立
    而且 诊断 county_positioning_gap 的严重程度为 watch
    而且 征象 county_positioning_gap.gathering_lacks_coordination_powers 成立
    而且 征象 county_positioning_gap.services_not_by_resident_population 未确定
    而且 诊断 county_positioning_gap 报告时列出未确定的征象 services_not_by_resident_population
    而且 诊断 county_positioning_gap 报告时列出未确定的征象 no_unified_spatial_base
    而且 推荐机制 xianyu_tongchou_fuquan

  场景: 县域类型不知道
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | 不知道 |
      | county_pop_change_5y_pct | 2 |
      | county_powers | 不知道 |
      | county_alloc_by_resident | 是 |
      | county_builtup_change_5y_pct | 3 |
      | county_multi_plan | 是 |
      | county_indicator_pool | 是 |
      | county_data_platform | 是 |
    当 进行诊断
    那么 诊断 county_positioning_gap 未评估
    而且 征象 county_positioning_gap.gathering_lacks_coordination_powers 未确定
    而且 征象 county_positioning_gap.outflow_incremental_expansion 不成立
    而且 诊断 county_positioning_gap 需要回答 county_type
    而且 诊断 county_positioning_gap 需要回答 county_powers
    而且 不推荐机制 fenlei_tuijin
