# language: zh-CN
功能: 伪创新
  何得桂、赵倩林 2023(一、文献回顾与问题提出;五、结论与展望):“伪创新”有四种现实表征——追求名词标新而忽视实质行动、
  追求经验移植而忽视回应需求、追求局部亮点而忽略科学统筹、追求政绩邀功而忽视持续发展;真创新的尺度取自姜晓萍「从盆景到风景」
  (可持续性、示范性)与《国家治理》2025(政策实验室、第三方独立评估)。

  场景: 四种表征俱全,诊断为严重,推荐各征象对应的机制,不推荐互动互鉴
    假如 县域的回答如下:
      | 问题 | 回答 |
      | innov_project_count | 8 |
      | innov_with_plan_pct | 30 |
      | innov_borrowed_pct | 50 |
      | innov_borrowed_survey_pct | 20 |
      | innov_showcase_fund_pct | 80 |
      | innov_overall_plan | 否 |
      | innov_running_2y_pct | 40 |
      | innov_leader_moved | 是 |
      | innov_after_leader_pct | 20 |
      | innov_success_measure | awards_media,reports |
    当 进行诊断
    那么 诊断 pseudo_innovation 成立
    而且 诊断 pseudo_innovation 的严重程度为 severe
    而且 征象 pseudo_innovation.label_without_action 成立
    而且 征象 pseudo_innovation.transplant_without_needs 成立
    而且 征象 pseudo_innovation.showcase_without_coordination 成立
    而且 征象 pseudo_innovation.credit_without_continuity 成立
    而且 推荐机制 wanshan_zhidu_sheji
    而且 推荐机制 sanben_zhang
    而且 推荐机制 gongtong_dizao
    而且 推荐机制 zhengce_shiyanshi
    而且 推荐机制 zhiduhua_tuiguang
    而且 推荐机制 disanfang_pinggu
    而且 推荐机制 rongcuo_jiucuo
    而且 机制 jiebang_guashuai 列为不宜采用
    而且 推荐机制 zhidu_gongjuxiang
    而且 不推荐机制 hudong_hujian

  场景: 只有照搬外地模式而未问需求,诊断为关注,推荐三本账,不推荐(被禁忌的)互动互鉴
    假如 县域的回答如下:
      | 问题 | 回答 |
      | innov_project_count | 5 |
      | innov_with_plan_pct | 80 |
      | innov_borrowed_pct | 40 |
      | innov_borrowed_survey_pct | 10 |
      | innov_showcase_fund_pct | 30 |
      | innov_overall_plan | 是 |
      | innov_running_2y_pct | 90 |
      | innov_leader_moved | 否 |
      | innov_success_measure | resident_satisfaction,third_party |
    当 进行诊断
    那么 诊断 pseudo_innovation 成立
    而且 诊断 pseudo_innovation 的严重程度为 watch
    而且 征象 pseudo_innovation.transplant_without_needs 成立
    而且 征象 pseudo_innovation.label_without_action 不成立
    而且 征象 pseudo_innovation.showcase_without_coordination 不成立
    而且 征象 pseudo_innovation.credit_without_continuity 不成立
    而且 推荐机制 sanben_zhang
    而且 推荐机制 gongtong_dizao
    而且 推荐机制 zhengce_shiyanshi
    而且 推荐机制 disanfang_pinggu
    而且 机制 jiebang_guashuai 列为不宜采用
    而且 不推荐机制 zhidu_gongjuxiang
    而且 不推荐机制 wanshan_zhidu_sheji
    而且 不推荐机制 zhiduhua_tuiguang
    而且 不推荐机制 rongcuo_jiucuo
    而且 不推荐机制 hudong_hujian

  场景: 项目缺少方案经费且推动领导调离后多数停摆,诊断为警告
    假如 县域的回答如下:
      | 问题 | 回答 |
      | innov_project_count | 6 |
      | innov_with_plan_pct | 40 |
      | innov_borrowed_pct | 0 |
      | innov_showcase_fund_pct | 40 |
      | innov_overall_plan | 是 |
      | innov_running_2y_pct | 60 |
      | innov_leader_moved | 是 |
      | innov_after_leader_pct | 30 |
      | innov_success_measure | awards_media,resident_satisfaction |
    当 进行诊断
    那么 诊断 pseudo_innovation 成立
    而且 诊断 pseudo_innovation 的严重程度为 warning
    而且 征象 pseudo_innovation.label_without_action 成立
    而且 征象 pseudo_innovation.credit_without_continuity 成立
    而且 征象 pseudo_innovation.transplant_without_needs 不成立
    而且 征象 pseudo_innovation.showcase_without_coordination 不成立
    而且 推荐机制 wanshan_zhidu_sheji
    而且 推荐机制 rongcuo_jiucuo
    而且 推荐机制 disanfang_pinggu
    而且 推荐机制 zhidu_gongjuxiang
    而且 不推荐机制 jiebang_guashuai
    而且 不推荐机制 sanben_zhang
    而且 不推荐机制 zhiduhua_tuiguang

  场景: 只以表彰和报道论成败,既无满意度调查也无第三方评估,诊断为警告
    假如 县域的回答如下:
      | 问题 | 回答 |
      | innov_project_count | 4 |
      | innov_with_plan_pct | 75 |
      | innov_borrowed_pct | 25 |
      | innov_borrowed_survey_pct | 60 |
      | innov_showcase_fund_pct | 55 |
      | innov_overall_plan | 是 |
      | innov_running_2y_pct | 80 |
      | innov_leader_moved | 否 |
      | innov_success_measure | awards_media,reports |
    当 进行诊断
    那么 诊断 pseudo_innovation 成立
    而且 诊断 pseudo_innovation 的严重程度为 warning
    而且 征象 pseudo_innovation.credit_without_continuity 成立
    而且 征象 pseudo_innovation.label_without_action 不成立
    而且 征象 pseudo_innovation.transplant_without_needs 不成立
    而且 征象 pseudo_innovation.showcase_without_coordination 不成立
    而且 推荐机制 disanfang_pinggu
    而且 推荐机制 rongcuo_jiucuo
    而且 推荐机制 zhidu_gongjuxiang
    而且 不推荐机制 jiebang_guashuai
    而且 不推荐机制 zhengce_shiyanshi
    而且 不推荐机制 hudong_hujian

  场景: 临界未达(方案齐备恰为50%,需求调查恰为50%,示范点资金69%且有总体方案,存续率恰为50%),不成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | innov_project_count | 7 |
      | innov_with_plan_pct | 50 |
      | innov_borrowed_pct | 30 |
      | innov_borrowed_survey_pct | 50 |
      | innov_showcase_fund_pct | 69 |
      | innov_overall_plan | 是 |
      | innov_running_2y_pct | 50 |
      | innov_leader_moved | 是 |
      | innov_after_leader_pct | 50 |
      | innov_success_measure | awards_media,resident_satisfaction |
    当 进行诊断
    那么 诊断 pseudo_innovation 不成立

  场景: 临界未达(示范点资金49%且无总体方案,未借鉴外地模式,表彰之外另有第三方评估),不成立
    假如 县域的回答如下:
      | 问题 | 回答 |
      | innov_project_count | 3 |
      | innov_with_plan_pct | 55 |
      | innov_borrowed_pct | 0 |
      | innov_showcase_fund_pct | 49 |
      | innov_overall_plan | 否 |
      | innov_running_2y_pct | 50 |
      | innov_leader_moved | 否 |
      | innov_success_measure | awards_media,third_party |
    当 进行诊断
    那么 诊断 pseudo_innovation 不成立

  场景: 本县没有冠名的创新项目,诊断不适用
    假如 县域的回答如下:
      | 问题 | 回答 |
      | innov_project_count | 0 |
    当 进行诊断
    那么 诊断 pseudo_innovation 不成立

  场景: 只知道多数项目缺少方案经费,其余不知道,已足以报告
    假如 县域的回答如下:
      | 问题 | 回答 |
      | innov_project_count | 5 |
      | innov_with_plan_pct | 20 |
      | innov_borrowed_pct | 不知道 |
      | innov_showcase_fund_pct | 不知道 |
      | innov_overall_plan | 不知道 |
      | innov_running_2y_pct | 不知道 |
      | innov_leader_moved | 不知道 |
      | innov_success_measure | 不知道 |
    当 进行诊断
    那么 诊断 pseudo_innovation 成立
    而且 诊断 pseudo_innovation 的严重程度为 watch
    而且 征象 pseudo_innovation.label_without_action 成立

  场景: 关键事实不知道,无法评估,需要补答
    假如 县域的回答如下:
      | 问题 | 回答 |
      | innov_project_count | 6 |
      | innov_with_plan_pct | 不知道 |
      | innov_borrowed_pct | 不知道 |
      | innov_showcase_fund_pct | 不知道 |
      | innov_overall_plan | 不知道 |
      | innov_running_2y_pct | 不知道 |
      | innov_leader_moved | 否 |
      | innov_success_measure | 不知道 |
    当 进行诊断
    那么 诊断 pseudo_innovation 未评估
    而且 诊断 pseudo_innovation 需要回答 innov_with_plan_pct
    而且 诊断 pseudo_innovation 需要回答 innov_running_2y_pct
    而且 诊断 pseudo_innovation 需要回答 innov_showcase_fund_pct
    而且 诊断 pseudo_innovation 需要回答 innov_success_measure
