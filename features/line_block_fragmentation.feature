# language: zh-CN
功能: 条块分割、政出多门
  王連升 2025 一、省級邏輯:党委社会工作部“牵头抓总”,破解“政出多门、协同不力”;卜熙 2022 四(二)构建权势:不相隶属的同级部门
  容易各管一头、碎片化执行,出现“敷衍塞责、相互扯皮”;《國家治理》2025 安吉的联席会议与季度通报、一网统管;
  何得桂、趙倩林 2023 以协同化治理破除条块梗阻;徐勇等 2025 姜晓萍:成都城乡社区发展治理委员会统筹30余个部门的基层治理职能。

  场景: 无人牵头、部门各自部署,跨部门事项推诿逾期,系统不通,乡镇调不动部门
    假如 县域的回答如下:
      | 问题 | 回答 |
      | coord_directing_departments | 9 |
      | coord_lead_body | none |
      | coord_assessment_linked | 否 |
      | coord_cross_ontime_pct | 55 |
      | coord_cross_bounced_pct | 30 |
      | coord_separate_systems | 5 |
      | coord_chuishao | 否 |
    当 进行诊断
    那么 诊断 line_block_fragmentation 成立
    而且 诊断 line_block_fragmentation 的严重程度为 severe
    而且 征象 line_block_fragmentation.many_doors_no_lead 成立
    而且 征象 line_block_fragmentation.buck_passing 成立
    而且 征象 line_block_fragmentation.separate_platforms 成立
    而且 征象 line_block_fragmentation.blocks_cannot_summon_lines 成立
    而且 征象 line_block_fragmentation.coordinator_lacks_rank 不成立
    而且 征象 line_block_fragmentation.coordination_idle 不成立
    而且 推荐机制 dangwei_shehui_gongzuobu
    而且 推荐机制 chengxiang_shequ_zhiliwei
    而且 推荐机制 lianxi_huishang_tongbao
    而且 推荐机制 lingdao_xiaozu_quanshi
    而且 推荐机制 renwu_zhuanban
    而且 推荐机制 wenti_taizhang_fupan
    而且 推荐机制 shequ_chuishao_bumen_baodao
    而且 推荐机制 yiwang_tongguan
    而且 推荐机制 shuju_mulu_gongxiang

  场景: 只有领导小组,由部门负责人召集,很少开会也不考核
    假如 县域的回答如下:
      | 问题 | 回答 |
      | coord_directing_departments | 8 |
      | coord_lead_body | leading_group |
      | coord_convenor | department_head |
      | coord_joint_meetings | 2 |
      | coord_assessment_linked | 否 |
      | coord_cross_ontime_pct | 80 |
      | coord_cross_bounced_pct | 10 |
      | coord_separate_systems | 2 |
      | coord_chuishao | 是 |
      | coord_baodao_assessed | 是 |
    当 进行诊断
    那么 诊断 line_block_fragmentation 成立
    而且 诊断 line_block_fragmentation 的严重程度为 warning
    而且 征象 line_block_fragmentation.coordinator_lacks_rank 成立
    而且 征象 line_block_fragmentation.coordination_idle 成立
    而且 征象 line_block_fragmentation.many_doors_no_lead 不成立
    而且 征象 line_block_fragmentation.buck_passing 不成立
    而且 推荐机制 dangwei_shehui_gongzuobu
    而且 推荐机制 chengxiang_shequ_zhiliwei
    而且 推荐机制 lianxi_huishang_tongbao
    而且 推荐机制 lingdao_xiaozu_quanshi
    而且 不推荐机制 renwu_zhuanban
    而且 不推荐机制 wenti_taizhang_fupan
    而且 不推荐机制 yiwang_tongguan
    而且 不推荐机制 shequ_chuishao_bumen_baodao

  场景: 已有常设专责部门但很少开会——不再另设城乡社区发展治理委员会
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | border_ecological |
      | coord_directing_departments | 6 |
      | coord_lead_body | dedicated_department |
      | coord_convenor | party_secretary |
      | coord_joint_meetings | 1 |
      | coord_assessment_linked | 是 |
      | coord_cross_ontime_pct | 90 |
      | coord_cross_bounced_pct | 5 |
      | coord_separate_systems | 1 |
      | coord_chuishao | 是 |
      | coord_baodao_assessed | 否 |
    当 进行诊断
    那么 诊断 line_block_fragmentation 成立
    而且 诊断 line_block_fragmentation 的严重程度为 warning
    而且 征象 line_block_fragmentation.coordination_idle 成立
    而且 征象 line_block_fragmentation.blocks_cannot_summon_lines 成立
    而且 征象 line_block_fragmentation.coordinator_lacks_rank 不成立
    而且 推荐机制 lianxi_huishang_tongbao
    而且 推荐机制 shequ_chuishao_bumen_baodao
    而且 不推荐机制 chengxiang_shequ_zhiliwei
    而且 不推荐机制 dangwei_shehui_gongzuobu
    而且 不推荐机制 lingdao_xiaozu_quanshi

  场景: 只缺“吹哨报到”机制,关于报到考核的回答被搁置
    假如 县域的回答如下:
      | 问题 | 回答 |
      | coord_directing_departments | 3 |
      | coord_lead_body | dedicated_department |
      | coord_convenor | other_county_leader |
      | coord_joint_meetings | 4 |
      | coord_assessment_linked | 是 |
      | coord_cross_ontime_pct | 85 |
      | coord_cross_bounced_pct | 8 |
      | coord_separate_systems | 2 |
      | coord_chuishao | 否 |
      | coord_baodao_assessed | 是 |
    当 进行诊断
    那么 诊断 line_block_fragmentation 成立
    而且 诊断 line_block_fragmentation 的严重程度为 watch
    而且 征象 line_block_fragmentation.blocks_cannot_summon_lines 成立
    而且 征象 line_block_fragmentation.coordination_idle 不成立
    而且 回答 coord_baodao_assessed 被搁置
    而且 推荐机制 shequ_chuishao_bumen_baodao
    而且 不推荐机制 lianxi_huishang_tongbao

  场景: 近似但不成立——部门数、按期办结率、退回比例和系统数都差一点到阈值
    假如 县域的回答如下:
      | 问题 | 回答 |
      | coord_directing_departments | 4 |
      | coord_lead_body | none |
      | coord_assessment_linked | 是 |
      | coord_cross_ontime_pct | 70 |
      | coord_cross_bounced_pct | 19 |
      | coord_separate_systems | 3 |
      | coord_chuishao | 是 |
      | coord_baodao_assessed | 是 |
    当 进行诊断
    那么 诊断 line_block_fragmentation 不成立
    而且 征象 line_block_fragmentation.many_doors_no_lead 不成立
    而且 征象 line_block_fragmentation.buck_passing 不成立
    而且 不推荐机制 dangwei_shehui_gongzuobu
    而且 不推荐机制 lianxi_huishang_tongbao

  场景: 近似但不成立——领导小组由县领导召集、恰好每季度开会并纳入考核
    假如 县域的回答如下:
      | 问题 | 回答 |
      | coord_directing_departments | 12 |
      | coord_lead_body | leading_group |
      | coord_convenor | other_county_leader |
      | coord_joint_meetings | 4 |
      | coord_assessment_linked | 是 |
      | coord_cross_ontime_pct | 75 |
      | coord_cross_bounced_pct | 10 |
      | coord_separate_systems | 3 |
      | coord_chuishao | 是 |
      | coord_baodao_assessed | 是 |
    当 进行诊断
    那么 诊断 line_block_fragmentation 不成立
    而且 征象 line_block_fragmentation.many_doors_no_lead 不成立
    而且 征象 line_block_fragmentation.coordinator_lacks_rank 不成立
    而且 征象 line_block_fragmentation.coordination_idle 不成立
    而且 不推荐机制 chengxiang_shequ_zhiliwei
    而且 不推荐机制 lingdao_xiaozu_quanshi

  场景: 牵头机构、部门数和跨部门办理情况都不知道
    假如 县域的回答如下:
      | 问题 | 回答 |
      | coord_directing_departments | 不知道 |
      | coord_lead_body | 不知道 |
      | coord_assessment_linked | 是 |
      | coord_cross_ontime_pct | 不知道 |
      | coord_cross_bounced_pct | 不知道 |
      | coord_separate_systems | 2 |
      | coord_chuishao | 是 |
      | coord_baodao_assessed | 是 |
    当 进行诊断
    那么 诊断 line_block_fragmentation 未评估
    而且 诊断 line_block_fragmentation 需要回答 coord_lead_body
    而且 诊断 line_block_fragmentation 需要回答 coord_directing_departments
    而且 诊断 line_block_fragmentation 需要回答 coord_cross_ontime_pct
    而且 诊断 line_block_fragmentation 需要回答 coord_cross_bounced_pct

  场景: 推诿扯皮已成立,牵头机构不知道也照样报告
    假如 县域的回答如下:
      | 问题 | 回答 |
      | coord_directing_departments | 10 |
      | coord_lead_body | 不知道 |
      | coord_assessment_linked | 是 |
      | coord_cross_ontime_pct | 不知道 |
      | coord_cross_bounced_pct | 35 |
      | coord_separate_systems | 2 |
      | coord_chuishao | 是 |
      | coord_baodao_assessed | 是 |
    当 进行诊断
    那么 诊断 line_block_fragmentation 成立
    而且 诊断 line_block_fragmentation 的严重程度为 watch
    而且 征象 line_block_fragmentation.buck_passing 成立
    而且 征象 line_block_fragmentation.many_doors_no_lead 未确定
    而且 诊断 line_block_fragmentation 报告时列出未确定的征象 many_doors_no_lead
    而且 推荐机制 lingdao_xiaozu_quanshi
    而且 推荐机制 lianxi_huishang_tongbao
    而且 推荐机制 renwu_zhuanban
    而且 不推荐机制 wenti_taizhang_fupan
    而且 不推荐机制 dangwei_shehui_gongzuobu
