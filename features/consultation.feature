# language: zh-CN
功能: 问卷咨询(diagnose ask)
  县(区)干部在终端里一次答完问卷,带着附有引文的诊断报告离开。
  借鉴 MYCIN 的咨询方式:只问仍可能改变结论的问题,可以问“为什么”,可以答“不知道”;
  借鉴 ODK:跳题逻辑、即时校验、随时保存、可以续答。

  场景: 按节提问,先问县域概况
    假如 开始一次问卷咨询
    那么 第一个问题是 county_type

  场景: 只问仍可能改变结论的问题
    假如 开始一次问卷咨询
    当 依次回答:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 10 |
    那么 不会再问 grid_service_closed_pct
    但是 选择“全部问题”时仍会问 grid_service_closed_pct

  场景: 本县未实行网格化管理时跳过网格一节
    假如 开始一次问卷咨询
    当 依次回答:
      | 问题 | 回答 |
      | grid_in_use | 否 |
    那么 不会再问 grid 一节的任何问题

  场景: 回答不合要求时说明原因并重问
    假如 开始一次问卷咨询
    当 依次回答:
      | 问题 | 回答 |
      | grid_in_use | 是 |
    而且 对 grid_patrol_time_pct 回答 120
    那么 提示包含 超出允许范围
    而且 仍会问 grid_patrol_time_pct

  场景: 不知道的回答被接受,并以 unknown 保存
    假如 开始一次问卷咨询
    当 依次回答:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 不知道 |
    那么 保存的回答中 grid_patrol_time_pct 为 unknown

  场景: 返回修改上一题后,后续问题重新推算
    假如 开始一次问卷咨询
    当 依次回答:
      | 问题 | 回答 |
      | grid_in_use | 否 |
    而且 返回上一题
    那么 仍会问 grid_in_use
    当 依次回答:
      | 问题 | 回答 |
      | grid_in_use | 是 |
    那么 仍会问 grid_patrol_time_pct

  场景: 可以问“为什么问这一题”,回答引用论文
    假如 开始一次问卷咨询
    当 依次回答:
      | 问题 | 回答 |
      | grid_in_use | 是 |
    而且 问 grid_patrol_time_pct 为什么要问
    那么 提示包含 社会监控与社会服务的非对称性
    而且 提示包含 肖滨「超越网格化管理」

  场景: 中断后续答,已答的问题不再重问
    假如 开始一次问卷咨询
    当 依次回答:
      | 问题 | 回答 |
      | grid_in_use | 是 |
      | grid_patrol_time_pct | 80 |
    而且 中断后用保存的文件续答
    那么 不会再问 grid_in_use
    而且 不会再问 grid_patrol_time_pct
    而且 仍会问 grid_service_closed_pct

  场景: 问卷结束时的报告与批量评估所得完全一致
    假如 开始一次问卷咨询
    当 按示例县 multi_diagnosis.json 的回答答完全部问题
    那么 问卷显示的报告与对保存文件运行 diagnose evaluate 的结果完全一致
