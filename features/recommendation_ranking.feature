# language: zh-CN
功能: 推荐的排序与取舍
  推荐机制按其所针对诊断的确定度排序(多项诊断按 MYCIN 方式合并),契合本县类型与回答的机制加分(每项契合 +0.1,
  为本工具的取值);被诊断或本县回答判为不宜采用的机制一律不推荐;每项推荐注明由谁推动:本县、县与上级共同、或有赖上级
  (《國家治理》2025 关于县域统筹权限须由上级赋予;王連升 2025 关于省、市、县三级的分工)。

  场景: 针对的诊断越确定、越多,排序越前
    假如 县域的回答取自示例 gathering_county.json
    当 进行诊断
    那么 推荐机制 wenti_taizhang_fupan 排在 gongtong_dizao 之前
    而且 推荐机制 gongtong_dizao 排在 fenlei_tuijin 之前

  场景: 契合本县类型的机制加分,类型改变则加分随之改变
    假如 县域的回答取自示例 gathering_county.json
    当 进行诊断
    那么 推荐机制 shequ_zhili_weiyuanhui 因契合本县而加分
    而且 推荐机制 sanxian_lianxi 不因契合本县加分
    而且 推荐机制 shequ_zhili_weiyuanhui 排在 sanxian_lianxi 之前
    假如 其中 county_type 改为 outflow
    当 进行诊断
    那么 推荐机制 sanxian_lianxi 因契合本县而加分
    而且 推荐机制 sanxian_lianxi 排在 shequ_zhili_weiyuanhui 之前

  场景: 本县回答表明缺乏前提的机制不予推荐,并说明原因
    假如 县域的回答取自示例 gathering_county.json
    当 进行诊断
    那么 机制 yiren_duogang 列为不宜采用
    而且 不推荐机制 yiren_duogang
    假如 其中 work_outside_task_pct 改为 30
    当 进行诊断
    那么 推荐机制 yiren_duogang

  场景: 诊断所禁忌的机制即使被其他诊断推荐也不予推荐
    假如 县域的回答取自示例 outflow_county.json
    当 进行诊断
    那么 诊断 responsibility_overload 成立
    而且 机制 wenti_taizhang_fupan 列为不宜采用
    而且 不推荐机制 wenti_taizhang_fupan

  场景: 推荐区分本县可自行推动与有赖上级的机制
    假如 县域的回答取自示例 gathering_county.json
    当 进行诊断
    那么 推荐机制 xianyu_tongchou_fuquan 由 上级 推动
    而且 推荐机制 wanren_shiba 由 县与上级 推动
    而且 推荐机制 shequ_zhili_weiyuanhui 由 本县 推动
