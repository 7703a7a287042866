# language: zh-CN
功能: 社区工作者配备不足
  褚松燕「红线建设的三重功效」转述2024年《关于加强社区工作者队伍建设的意见》:按每万城镇常住人口拥有社区工作者18人的标准配备,
  并建立职业体系、健全激励保障;王連升 一、省級邏輯 把“萬人十八”列为省级“政策标准统筹”,为下级政府划定工作基线。
  征象:低于“万人十八”,没有岗位等级与薪酬体系,流失频繁,时间被下派事务占用,每人服务户数过多。

  场景: 低于标准且没有岗位等级,网格员另成一队,人口流出县
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | outflow |
      | grid_in_use | 是 |
      | work_has_urban_communities | 是 |
      | work_workers_per_10k | 14.5 |
      | work_households_per_worker | 260 |
      | work_career_ladder | 否 |
      | work_turnover_pct | 6 |
      | work_outside_task_pct | 25 |
      | work_grid_separate_team | 是 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 成立
    而且 诊断 community_worker_shortfall 的严重程度为 warning
    而且 征象 community_worker_shortfall.below_wanren_shiba 成立
    而且 征象 community_worker_shortfall.no_career_system 成立
    而且 征象 community_worker_shortfall.high_turnover 不成立
    而且 征象 community_worker_shortfall.diverted_to_outside_tasks 不成立
    而且 征象 community_worker_shortfall.heavy_household_load 不成立
    而且 推荐机制 wanren_shiba
    而且 推荐机制 wenti_taizhang_fupan
    而且 推荐机制 shequ_gongzuozhe_duiwu
    而且 推荐机制 yiren_duogang
    而且 不推荐机制 zhihui_wangge
    而且 不推荐机制 yi_zhang_biao

  场景: 五个征象俱全,下派事务占去大半时间,“一人多岗”不宜采用
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | gathering |
      | grid_in_use | 是 |
      | work_has_urban_communities | 是 |
      | work_workers_per_10k | 11 |
      | work_households_per_worker | 420 |
      | work_career_ladder | 否 |
      | work_turnover_pct | 18 |
      | work_outside_task_pct | 55 |
      | work_grid_separate_team | 是 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 成立
    而且 诊断 community_worker_shortfall 的严重程度为 severe
    而且 征象 community_worker_shortfall.below_wanren_shiba 成立
    而且 征象 community_worker_shortfall.no_career_system 成立
    而且 征象 community_worker_shortfall.high_turnover 成立
    而且 征象 community_worker_shortfall.diverted_to_outside_tasks 成立
    而且 征象 community_worker_shortfall.heavy_household_load 成立
    而且 推荐机制 wanren_shiba
    而且 推荐机制 wenti_taizhang_fupan
    而且 推荐机制 shequ_gongzuozhe_duiwu
    而且 推荐机制 zhihui_wangge
    而且 推荐机制 yi_zhang_biao
    而且 不推荐机制 yiren_duogang

  场景: 每万城镇常住人口17.9名,刚好低于标准
    假如 县域的回答如下:
      | 问题 | 回答 |
      | work_has_urban_communities | 是 |
      | work_workers_per_10k | 17.9 |
      | work_households_per_worker | 250 |
      | work_career_ladder | 是 |
      | work_turnover_pct | 5 |
      | work_outside_task_pct | 20 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 成立
    而且 诊断 community_worker_shortfall 的严重程度为 warning
    而且 征象 community_worker_shortfall.below_wanren_shiba 成立
    而且 征象 community_worker_shortfall.heavy_household_load 不成立
    而且 推荐机制 wanren_shiba
    而且 推荐机制 wenti_taizhang_fupan
    而且 不推荐机制 shequ_gongzuozhe_duiwu
    而且 不推荐机制 zhihui_wangge
    而且 不推荐机制 yiren_duogang

  场景: 近似但不成立——每万城镇常住人口恰好18名
    假如 县域的回答如下:
      | 问题 | 回答 |
      | work_has_urban_communities | 是 |
      | work_workers_per_10k | 18 |
      | work_households_per_worker | 250 |
      | work_career_ladder | 是 |
      | work_turnover_pct | 5 |
      | work_outside_task_pct | 20 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 不成立
    而且 征象 community_worker_shortfall.below_wanren_shiba 不成立
    而且 不推荐机制 wanren_shiba
    而且 不推荐机制 wenti_taizhang_fupan

  场景: 近似但不成立——流失率、下派事务和户数都差一点到阈值
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | work_has_urban_communities | 是 |
      | work_workers_per_10k | 18 |
      | work_households_per_worker | 299.9 |
      | work_career_ladder | 是 |
      | work_turnover_pct | 9.9 |
      | work_outside_task_pct | 39.9 |
      | work_grid_separate_team | 是 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 不成立
    而且 不推荐机制 wanren_shiba
    而且 不推荐机制 yiren_duogang
    而且 不推荐机制 shequ_gongzuozhe_duiwu
    而且 不推荐机制 zhihui_wangge
    而且 不推荐机制 yi_zhang_biao

  场景: 人数达标,但每人服务的实住户过多(人口集聚县)
    假如 县域的回答如下:
      | 问题 | 回答 |
      | county_type | gathering |
      | work_has_urban_communities | 是 |
      | work_workers_per_10k | 18.5 |
      | work_households_per_worker | 320 |
      | work_career_ladder | 是 |
      | work_turnover_pct | 5 |
      | work_outside_task_pct | 20 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 成立
    而且 诊断 community_worker_shortfall 的严重程度为 watch
    而且 征象 community_worker_shortfall.heavy_household_load 成立
    而且 征象 community_worker_shortfall.below_wanren_shiba 不成立
    而且 推荐机制 wanren_shiba
    而且 推荐机制 zhihui_wangge
    而且 不推荐机制 wenti_taizhang_fupan
    而且 不推荐机制 shequ_gongzuozhe_duiwu

  场景: 人数达标,但时间多半被下派事务占用
    假如 县域的回答如下:
      | 问题 | 回答 |
      | work_has_urban_communities | 是 |
      | work_workers_per_10k | 20 |
      | work_households_per_worker | 200 |
      | work_career_ladder | 是 |
      | work_turnover_pct | 4 |
      | work_outside_task_pct | 45 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 成立
    而且 诊断 community_worker_shortfall 的严重程度为 watch
    而且 征象 community_worker_shortfall.diverted_to_outside_tasks 成立
    而且 推荐机制 yi_zhang_biao
    而且 不推荐机制 wanren_shiba

  场景: 低于标准已足以报告,流失率与户数尚未确定
    假如 县域的回答如下:
      | 问题 | 回答 |
      | work_has_urban_communities | 是 |
      | work_workers_per_10k | 15 |
      | work_households_per_worker | 不知道 |
      | work_career_ladder | 是 |
      | work_turnover_pct | 不知道 |
      | work_outside_task_pct | 20 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 成立
    而且 诊断 community_worker_shortfall 的严重程度为 warning
    而且 征象 community_worker_shortfall.high_turnover 未确定
    而且 征象 community_worker_shortfall.heavy_household_load 未确定
    而且 诊断 community_worker_shortfall 报告时列出未确定的征象 high_turnover
    而且 诊断 community_worker_shortfall 报告时列出未确定的征象 heavy_household_load

  场景: 不知道社区工作者人数与户数
    假如 县域的回答如下:
      | 问题 | 回答 |
      | work_has_urban_communities | 是 |
      | work_workers_per_10k | 不知道 |
      | work_households_per_worker | 不知道 |
      | work_career_ladder | 是 |
      | work_turnover_pct | 不知道 |
      | work_outside_task_pct | 20 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 未评估
    而且 诊断 community_worker_shortfall 需要回答 work_workers_per_10k
    而且 诊断 community_worker_shortfall 需要回答 work_households_per_worker
    而且 诊断 community_worker_shortfall 需要回答 work_turnover_pct

  场景: 不知道本县有没有城镇社区,已知的配备数照样计入
    假如 县域的回答如下:
      | 问题 | 回答 |
      | work_has_urban_communities | 不知道 |
      | work_workers_per_10k | 10 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 未评估
    而且 诊断 community_worker_shortfall 需要回答 work_has_urban_communities
    而且 回答 work_workers_per_10k 照样计入

  场景: 没有城镇社区的县不作此诊断,其余回答被搁置
    假如 县域的回答如下:
      | 问题 | 回答 |
      | work_has_urban_communities | 否 |
      | work_workers_per_10k | 10 |
      | work_outside_task_pct | 60 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 不成立
    而且 回答 work_workers_per_10k 被搁置
    而且 回答 work_outside_task_pct 被搁置
    而且 不推荐机制 wanren_shiba

  场景: 不实行网格化管理时,不问网格员是否另成一队,也不推荐“一人多岗”
    假如 县域的回答如下:
      | 问题 | 回答 |
      | grid_in_use | 否 |
      | work_has_urban_communities | 是 |
      | work_workers_per_10k | 12 |
      | work_households_per_worker | 250 |
      | work_career_ladder | 是 |
      | work_turnover_pct | 5 |
      | work_outside_task_pct | 20 |
      | work_grid_separate_team | 是 |
    当 进行诊断
    那么 诊断 community_worker_shortfall 成立
    而且 回答 work_grid_separate_team 被搁置
    而且 推荐机制 wanren_shiba
    而且 不推荐机制 yiren_duogang
