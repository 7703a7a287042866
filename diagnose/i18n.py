"""Language choice and the tool's own messages, in Chinese and English (the knowledge base has its own)."""

from __future__ import annotations

import os

LANGS = ("zh", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # input validation
    "not_object": {"zh": "记录必须是 JSON 对象,收到的是 {got}", "en": "a record must be a JSON object, got {got}"},
    "invalid_json": {"zh": "不是有效的 JSON:{detail}", "en": "not valid JSON: {detail}"},
    "duplicate_key": {"zh": "键 {key} 出现了不止一次", "en": "key {key} appears more than once"},
    "bad_constant": {
        "zh": "不允许使用 {value}(NaN/Infinity 不是有效数值)",
        "en": "{value} is not allowed (NaN/Infinity are not valid numbers)",
    },
    "missing_field": {"zh": "缺少字段 {field}", "en": "missing field {field}"},
    "unknown_field": {"zh": "未知字段 {field};允许的字段:{allowed}", "en": "unknown field {field}; allowed: {allowed}"},
    "county_id": {"zh": "county.id 必须是非空字符串", "en": "county.id must be a non-empty string"},
    "county_name": {"zh": "county.name 必须是字符串", "en": "county.name must be a string"},
    "answers_object": {
        "zh": "answers 必须是以问题编号为键的对象",
        "en": "answers must be an object keyed by question id",
    },
    "unknown_question": {"zh": "没有编号为 {qid} 的问题{hint}", "en": "there is no question with id {qid}{hint}"},
    "did_you_mean": {"zh": ";是否想写 {ids}?", "en": "; did you mean {ids}?"},
    "answer_keys": {
        "zh": '{q} 的回答 {value} 不是有效的回答对象:应为 {{"value": …}}、区间 {{"min": …, "max": …}} 或部分多选 {{"yes": […], "no": […]}},可另加 note、source',
        "en": '{q}: {value} is not a valid answer object: expected {{"value": …}}, an interval {{"min": …, "max": …}} or a partial multiple choice {{"yes": […], "no": […]}}, optionally with note and source',
    },
    "note_text": {
        "zh": "{q} 的 note 和 source 须为非空文字(不超过 2000 字):{value}",
        "en": "{q}: note and source must be non-empty text (at most 2,000 characters): {value}",
    },
    "unknown_mechanism": {"zh": "没有编号为 {mid} 的机制{hint}", "en": "there is no mechanism with id {mid}{hint}"},
    "in_place_object": {
        "zh": 'in_place 应为对象:{{机制编号: {{"since": 年份, "working": …}}}}',
        "en": 'in_place must be an object: {{mechanism id: {{"since": year, "working": …}}}}',
    },
    "in_place_entry": {
        "zh": '应为 {{"since": 年份, "working": {working}}},两项均可省略',
        "en": 'expected {{"since": year, "working": {working}}}; both may be left out',
    },
    "in_place_since": {
        "zh": "since 应为年份(1949–2100 的整数),而不是 {value}",
        "en": "since must be a year (a whole number 1949–2100), not {value}",
    },
    "in_place_working": {"zh": "working 应为 {working} 之一", "en": "working must be one of {working}"},
    "expect_yes_no": {
        "zh": '{q} 的回答应为 true(是)、false(否)或 "unknown",收到 {value}',
        "en": '{q} takes true (yes), false (no) or "unknown", got {value}',
    },
    "expect_number": {
        "zh": '{q} 的回答应为数字、区间(如 {{"min": 20, "max": 30}} 或 "20-30")、约数(如 "约25"、"至少3"、"130余")'
        '或 "unknown",收到 {value}(确切数字请直接写数字,不加引号)',
        "en": '{q} takes a number, a range (e.g. {{"min": 20, "max": 30}} or "20-30"), an approximate figure '
        '(e.g. "about 25", "at least 3", "130余") or "unknown", got {value} (write an exact figure as a number, '
        "without quotes)",
    },
    "expect_interval": {
        "zh": '{q} 的区间应写作 {{"min": 下限, "max": 上限}}(两者为数字,至少给出一个,且下限不大于上限),收到 {value}',
        "en": '{q}: write a range as {{"min": lower, "max": upper}} (numbers, at least one of them, lower not above '
        "upper), got {value}",
    },
    "phrase_proportion": {
        "zh": "{q} 不是百分比问题,不能用比例词 {value} 回答;请给出数字或区间",
        "en": "{q} is not a percentage, so the proportion word {value} does not apply; give a number or a range",
    },
    "phrase_empty": {
        "zh": "{q} 的回答 {value} 在允许范围 {lo}–{hi}{unit} 内不含任何可能的值",
        "en": "{q}: {value} allows no value within the allowed range {lo}–{hi}{unit}",
    },
    "phrase_reversed": {
        "zh": "{q} 的区间 {value} 下限大于上限",
        "en": "{q}: the range {value} has its lower end above its upper end",
    },
    "phrase_odd": {
        "zh": "{q} 的回答 {value}:“余/多”须跟在正数之后(如 130余)",
        "en": '{q}: {value}: 余/多 ("-odd") follows a positive number (e.g. 130余)',
    },
    "expect_integer": {
        "zh": '{q} 的回答应为非负整数或 "unknown",收到 {value}',
        "en": '{q} takes a whole number or "unknown", got {value}',
    },
    "too_large": {
        "zh": "{q} 的回答 {value} 过大(绝对值不得超过 {limit})",
        "en": "{q}: {value} is too large (at most {limit} in absolute value)",
    },
    "out_of_range": {
        "zh": "{q} 的回答 {value} 超出允许范围 {lo}–{hi}{unit}",
        "en": "{q}: {value} is outside the allowed range {lo}–{hi}{unit}",
    },
    "expect_choice": {
        "zh": '{q} 的回答应为以下选项之一:{choices}(或 "unknown"),收到 {value}',
        "en": '{q} takes one of {choices} (or "unknown"), got {value}',
    },
    "expect_choices": {
        "zh": '{q} 的回答应为选项列表,取自:{choices}(或 "unknown"),收到 {value}',
        "en": '{q} takes a list of choices from {choices} (or "unknown"), got {value}',
    },
    "repeated_choice": {"zh": "{q} 的选项 {value} 重复", "en": "{q}: choice {value} is repeated"},
    "empty_input": {"zh": "输入为空:没有任何记录", "en": "the input is empty: no records"},
    "array_invalid": {
        "zh": "JSON 数组无法解析,无法分出记录:{detail}",
        "en": "the JSON array cannot be parsed into records: {detail}",
    },
    "not_utf8": {"zh": "不是有效的 UTF-8 文本", "en": "not valid UTF-8 text"},
    # consultation
    "too_deep": {
        "zh": "{path} 处嵌套超过 {limit} 层(记录不会嵌套这么深)",
        "en": "{path} is nested more than {limit} levels deep (no record nests so deep)",
    },
    "lone_surrogate": {
        "zh": "{path} 处的字符串含有孤立的代理码(如 \\ud800),不是有效的 Unicode",
        "en": "a string at {path} holds a lone surrogate (such as \\ud800), which is not valid Unicode",
    },
    "unwritable": {"zh": "该记录的报告无法写出:{detail}", "en": "this record's report cannot be written: {detail}"},
    # files, exit statuses (io/errors.py, cli/common.py)
    "cannot_read": {"zh": "无法读取 {path}:{detail}", "en": "cannot read {path}: {detail}"},
    "cannot_write": {
        "zh": "无法写入 {path}:{detail}(原有文件保持不变)",
        "en": "cannot write {path}: {detail} (any previous file is left as it was)",
    },
    "io_error": {"zh": "输入输出错误:{detail}", "en": "input/output error: {detail}"},
    "interrupted": {"zh": "已中断", "en": "interrupted"},
    "save_exists": {
        "zh": "{path} 已存在:续答请用 --resume {path},覆盖请加 --force",
        "en": "{path} already exists: use --resume {path} to continue it, or --force to overwrite it",
    },
    "save_failed": {
        "zh": "无法保存到 {path}:{detail}。刚才的回答仍在,下一次回答后会再试保存",
        "en": "cannot save to {path}: {detail}. Your answers are kept and saving is tried again after the next answer",
    },
    "save_failed_final": {
        "zh": "回答未能保存到 {path}:{detail}。以下是全部回答,可复制保存:",
        "en": "the answers could not be saved to {path}: {detail}. Here they all are, to copy:",
    },
    "reply_empty": {
        "zh": "请作答;不清楚请答“不知道”,输入 ? 查看帮助",
        "en": 'please answer; say "unknown" if you do not know, ? for help',
    },
    "reply_yes_no": {"zh": "请答“是”或“否”(或“不知道”)", "en": "please answer yes or no (or unknown)"},
    "reply_number": {
        "zh": "请填一个数字(或“不知道”);约数与范围也可以,如 约25、20-30、至少1、130余、大多数",
        "en": "please give a number (or unknown); a rough figure or a range will do, e.g. about 25, 20-30, "
        "at least 1, most",
    },
    "reply_choice": {"zh": "请填选项编号 1–{n}(或“不知道”)", "en": "please give a choice number 1–{n} (or unknown)"},
    "reply_choices": {
        "zh": "请填一个或多个选项编号 1–{n},以逗号分隔(或“不知道”)",
        "en": "please give one or more choice numbers 1–{n}, separated by commas (or unknown)",
    },
    "why_head": {"zh": "为什么问 {q}:", "en": "Why {q} is asked:"},
    "why_gates": {"zh": "它决定是否还需回答:{questions}", "en": "it decides whether these are asked: {questions}"},
    "why_applies": {
        "zh": "决定“{diagnosis}”是否适用于本县",
        "en": 'decides whether "{diagnosis}" applies to the county',
    },
    "why_recommends": {
        "zh": "决定是否为“{diagnosis}”推荐“{mechanism}”",
        "en": 'decides whether "{mechanism}" is recommended for "{diagnosis}"',
    },
    "why_fit": {"zh": "影响“{mechanism}”是否契合本县", "en": 'bears on whether "{mechanism}" fits the county'},
    "ask_intro": {
        "zh": "县域基层治理诊断问卷。任何时候可输入:? 帮助 · 为什么(为什么问这一题) · 返回(修改上一题) · 跳过 · 回顾(查看并修改已答) · 备注 …(给上一题的回答加备注) · 退出(已答内容会保存)。不清楚的请答“不知道”;本县没有这项统计的请答“没有统计”。",
        "en": 'County grassroots-governance questionnaire. At any prompt: ? help · why · back (revise the previous answer) · skip · review (see and change answers) · note … (add a note to the answer just given) · quit (answers are kept). Say "unknown" when you do not know, "not_tracked" when the county keeps no statistics on it.',
    },
    "ask_saving": {"zh": "回答随时保存到 {path}", "en": "Answers are saved to {path} after every answer"},
    "ask_county_name": {"zh": "县(区)名称", "en": "County (district) name"},
    "ask_county_id": {
        "zh": "县(区)编号(如行政区划代码;直接回车则用名称)",
        "en": "County id (e.g. its administrative code; Enter to use the name)",
    },
    "ask_progress": {
        "zh": "已答 {k} 题,至多还有 {n} 题",
        "en": "{k} answered, at most {n} to go",
    },
    "ask_section_head": {
        "zh": "== 第 {section}/{sections} 节 {title} ==",
        "en": "== Section {section}/{sections}: {title} ==",
    },
    "ask_range": {"zh": "允许范围", "en": "allowed"},
    "ask_choose_one": {"zh": "请选一项,填编号", "en": "choose one: give its number"},
    "ask_choose_many": {
        "zh": "可多选,填编号并以逗号分隔;只确定部分时,在确定没有的编号前加“-”,末尾加“?”表示其余不知道(如 1 3 -2 ?)",
        "en": "choose any: numbers separated by commas; if you are sure of some only, put '-' before those it "
        "surely has not and end with '?' for the rest unknown (e.g. 1 3 -2 ?)",
    },
    "ask_yes_no": {"zh": "是 / 否", "en": "yes / no"},
    "ask_help": {
        "zh": "作答方式:{how}。也可答“不知道”,或“没有统计”。命令:? 帮助 · 为什么(为什么问这一题;“为什么 详细”看完整依据) · 返回(修改上一题) · 跳过(暂时跳过) · 回顾(查看并修改已答) · 备注 …(给刚才的回答加备注) · 退出(保存并退出)。",
        "en": 'How to answer: {how}. You may also say unknown, or not_tracked. Commands: ? help · why (why this question; "why more" for the whole trail) · back (revise the previous answer) · skip (leave it for now) · review (see and change answers) · note … (add a note to the answer just given) · quit (save and leave).',
    },
    "ask_back_none": {
        "zh": "这已是第一题,无法返回。",
        "en": "This is the first question; there is nothing to go back to.",
    },
    "ask_back_to": {"zh": "返回修改:{q}", "en": "Going back to: {q}"},
    "ask_back_keep": {"zh": "原回答:{answer}(直接回车保留)", "en": "Previous answer: {answer} (Enter keeps it)"},
    "ask_estimate": {
        "zh": "至多还要回答 {n} 题,约 {minutes} 分钟以内;回答会让不再需要的问题自动略去,实际问到的可能少得多。",
        "en": "At most {n} questions to go, within about {minutes} min; answers rule out questions that are no "
        "longer needed, so far fewer may be asked.",
    },
    "ask_section_left": {
        "zh": "本节至多 {here} 题;全卷至多还有 {n} 题,约 {minutes} 分钟以内",
        "en": "At most {here} questions in this section; at most {n} in all, within about {minutes} min",
    },
    "ask_resume_summary": {"zh": "已答情况:", "en": "Answered so far:"},
    "ask_resume_section": {"zh": "  {title}:{done}/{total} 题", "en": "  {title}: {done} of {total}"},
    "ask_resume_next": {"zh": "从“{title}”一节继续。", "en": 'Continuing with the section "{title}".'},
    "ask_review_head": {"zh": "已答的问题:", "en": "Answers so far:"},
    "ask_review_pick": {
        "zh": "输入编号修改该题,直接回车继续",
        "en": "Give a number to change that answer, or press Enter to go on",
    },
    "ask_review_bad": {"zh": "没有这个编号", "en": "There is no such number"},
    "ask_review_none": {"zh": "还没有回答。", "en": "No answers yet."},
    "why_gates_n": {"zh": "它决定后面 {n} 道题是否需要回答", "en": "it decides whether {n} later questions are asked"},
    "why_decides": {"zh": "用于判断:{diagnoses}", "en": "it bears on: {diagnoses}"},
    "why_and_more": {"zh": " 等 {n} 项", "en": " and {n} more"},
    "why_sign": {"zh": "例如征象「{sign}」,论文依据:", "en": 'e.g. the sign "{sign}"; from the papers:'},
    "why_fit_short": {"zh": "它影响哪些机制更契合本县", "en": "it bears on which mechanisms fit the county"},
    "why_more_hint": {"zh": "(输入“为什么 详细”查看完整依据)", "en": '(type "why more" for the whole trail)'},
    "ask_summary_more": {
        "zh": "以上是摘要。要看详细报告(每项征象、依据和引文)吗?输入“详细”查看,直接回车跳过",
        "en": 'That is the summary. See the detailed report (each sign, its reason and quotes)? Type "more", or press Enter to skip',
    },
    "ask_noted": {"zh": "已为“{q}”的回答加上备注", "en": "Note added to the answer to: {q}"},
    "ask_note_none": {"zh": "还没有回答可加备注", "en": "There is no answer yet to add a note to"},
    "ask_saved_quit": {
        "zh": "已保存到 {path}。继续作答:diagnose ask --resume {path}",
        "en": "Saved to {path}. To continue: diagnose ask --resume {path}",
    },
    "ask_done": {
        "zh": "问卷完成,共回答 {n} 题。以下为诊断报告。",
        "en": "Questionnaire complete: {n} questions answered. The report follows.",
    },
    "ask_write_json": {
        "zh": "将 JSON 报告写入文件?输入路径,直接回车则跳过",
        "en": "Write the JSON report to a file? Give a path, or press Enter to skip",
    },
    "ask_written": {"zh": "JSON 报告已写入 {path}", "en": "JSON report written to {path}"},
    "ask_resume_bad": {"zh": "无法续答 {path}:{detail}", "en": "cannot resume {path}: {detail}"},
    "ask_resumed": {"zh": "从 {path} 续答:已有 {n} 题的回答", "en": "Resuming {path}: {n} questions already answered"},
    "ask_saved_final": {
        "zh": "回答已保存在 {path};可用 diagnose evaluate {path} 重新得出同一报告",
        "en": "Answers are saved in {path}; diagnose evaluate {path} gives the same report",
    },
    "ask_menu_hint": {
        "zh": "↑↓ 移动 · 空格 勾选(多选;- 标为确定没有,? 表示未标的不知道) · 回车 确定 · 也可直接键入编号、不知道、为什么、返回、跳过、回顾、退出,再按回车",
        "en": "↑↓ move · space tick (multiple; - marks surely not, ? says the unmarked are unknown) · Enter confirm · or type a number, unknown, why, back, skip, review or quit, then Enter",
    },
    "explain_title": {"zh": "诊断解释:{county}", "en": "Explanation: {county}"},
    "status_reached": {"zh": "成立", "en": "reached"},
    "status_not_assessed": {"zh": "未评估(信息不足)", "en": "not assessed (not enough information)"},
    "status_absent": {"zh": "未成立", "en": "not reached"},
    "status_not_applicable": {"zh": "不适用于本县", "en": "does not apply to the county"},
    "explain_certainty": {
        "zh": "确定度 {certainty}(若未知的征象都成立,至多 {possible});报告阈值 {threshold}",
        "en": "certainty {certainty} (at most {possible} if every undetermined sign held); reported from {threshold}",
    },
    "explain_scope_false": {
        "zh": "不适用,因为不满足:{condition}",
        "en": "does not apply, because this does not hold: {condition}",
    },
    "explain_scope_unknown": {
        "zh": "是否适用尚不清楚:尚未回答{questions};只有在{condition}时才适用",
        "en": "whether it applies is not yet known: {questions} not answered; it applies only where {condition}",
    },
    "explain_sign_false": {"zh": "征象不成立:{sign}(CF {cf})", "en": "sign does not hold: {sign} (CF {cf})"},
    "explain_sign_unknown": {
        "zh": "征象未确定:{sign}(CF {cf}),需回答",
        "en": "sign undetermined: {sign} (CF {cf}); answer",
    },
    "explain_straddles": {
        "zh": "跨越 {test},给出更确切的数字即可判定",
        "en": "straddles {test}; a more precise figure decides it",
    },
    "explain_needs": {"zh": "规则要求", "en": "the rule requires that it"},
    "explain_gap": {"zh": "(相差 {gap})", "en": " (off by {gap})"},
    "answer_next": {
        "zh": "建议接下来回答(最可能改变结论的问题)",
        "en": "Answer these next (most likely to change the report)",
    },
    "whatif_title": {"zh": "假设分析:如何{goal}“{diagnosis}”", "en": 'What if: how to {goal} "{diagnosis}"'},
    "whatif_clear": {"zh": "消除", "en": "clear"},
    "whatif_reach": {"zh": "达到", "en": "reach"},
    "whatif_cut": {"zh": "(搜索达到上限,结果可能不完整)", "en": "(the search reached its bound; there may be more)"},
    "whatif_already": {
        "zh": "无需改动:该诊断现已是所求状态。",
        "en": "Nothing to change: the diagnosis is already as asked.",
    },
    "whatif_patch": {"zh": "方案 {n}:改动 {k} 个回答 → {status}", "en": "Patch {n}: change {k} answer(s) → {status}"},
    # task G (issue 21): exact what-if, kinds of change, reasons, cohort levers
    "whatif_find_out": {"zh": "查明", "en": "find out"},
    "whatif_change": {"zh": "改变", "en": "change"},
    "whatif_derived": {"zh": "由此算得 {q} = {value}", "en": "which makes {q} = {value}"},
    "whatif_through": {
        "zh": "(即 {q}:{old} → {new},其他输入不变)",
        "en": "(that is, {q}: {old} → {new}, the other inputs as they are)",
    },
    "whatif_mechanisms": {"zh": "可促成这一改变的机制:{names}", "en": "Mechanisms that would bring it about: {names}"},
    "whatif_scope": {"zh": "诊断的适用范围", "en": "the diagnosis's scope"},
    "whatif_reason_floor": {
        "zh": "没有可行的改动:下列征象无论允许的改动如何都成立或无法判定,其确定度合计 {certainty},已达报告阈值 {watch}。",
        "en": "No patch: the signs below hold (or stay undetermined) whatever the allowed changes, and together "
        "they give certainty {certainty}, at or above the reporting threshold {watch}.",
    },
    "whatif_reason_ceiling": {
        "zh": "没有可行的改动:下列征象在允许的改动下无法成立,其余征象至多合计 {certainty},低于报告阈值 {watch}。",
        "en": "No patch: the signs below cannot be made to hold by the allowed changes; the others give at most "
        "{certainty}, below the reporting threshold {watch}.",
    },
    "whatif_reason_out_of_scope": {
        "zh": "没有可行的改动:该诊断的适用范围在允许的改动下无法成立。",
        "en": "No patch: the diagnosis's scope cannot be made to hold by the allowed changes.",
    },
    "whatif_reason_contradictory": {
        "zh": "没有可行的改动:下列征象各自都能改变,但不能同时改变(它们对共同的问题要求相反的回答:{shared})。",
        "en": "No patch: each sign below can be moved on its own, but not all together (they need different "
        "answers to the questions they share: {shared}).",
    },
    "whatif_reason_search_cut": {
        "zh": "搜索达到上限,未找到方案,也未能证明不存在方案。",
        "en": "The search reached its bound before finding a patch or proving there is none.",
    },
    "whatif_why_context": {"zh": "县情,县里无法自行改变", "en": "the county's situation, not the county's to change"},
    "whatif_why_higher": {"zh": "由上级决定", "en": "decided by higher levels"},
    "whatif_why_only_known": {
        "zh": "未知回答(--only-known 只改已知回答)",
        "en": "unknown (--only-known alters known answers only)",
    },
    "whatif_why_only_unknown": {
        "zh": "已知回答(--only-unknown 只查明未知回答)",
        "en": "known (--only-unknown only finds out unknowns)",
    },
    "whatif_why_scope": {
        "zh": "属于诊断的适用范围,消除诊断时不改",
        "en": "part of the diagnosis's scope, left as it is when clearing",
    },
    "whatif_why_no_value": {"zh": "任何允许的取值都不能改变这一检验", "en": "no allowed value of it changes the test"},
    "whatif_levers_title": {
        "zh": "群体假设分析:哪一项改动能在最多的县消除“{diagnosis}”({n} 个县达到该诊断)",
        "en": 'Cohort what-if: which change clears "{diagnosis}" in the most counties ({n} counties reach it)',
    },
    "whatif_lever": {"zh": "{n}. 消除 {cleared} 个县:{patch}", "en": "{n}. clears it in {cleared} counties: {patch}"},
    "whatif_no_levers": {
        "zh": "没有单项或两项改动能在任何县消除该诊断。",
        "en": "No single change or pair clears it in any county.",
    },
    "whatif_invalid_records": {"zh": "无效记录(未计入):{records}", "en": "Invalid records (not counted): {records}"},
    "how": {"zh": "推理过程:", "en": "HOW:"},
    # report
    "report_title": {"zh": "县域基层治理诊断报告", "en": "County grassroots-governance diagnosis"},
    "county": {"zh": "县(区)", "en": "County"},
    "diagnoses": {"zh": "诊断结论", "en": "Diagnoses"},
    "no_diagnosis": {"zh": "未发现需要报告的诊断。", "en": "No diagnosis reached."},
    "nothing_assessed": {
        "zh": "信息不足,未能评估任何诊断。",
        "en": "Not enough information: no diagnosis could be assessed.",
    },
    "screen_title": {"zh": "诊断摘要", "en": "Summary"},
    "summary_top": {"zh": "优先推荐(前 {n} 项)", "en": "First recommendations (top {n})"},
    "summary_working": {
        "zh": "做得好的方面(已评估、未发现问题,{n} 项)",
        "en": "What is working (assessed, not found: {n})",
    },
    "summary_not_assessed": {"zh": "未能评估「{title}」,还需回答", "en": 'Could not assess "{title}"; it needs'},
    "source": {"zh": "来源", "en": "source"},
    "derived": {"zh": "由其他回答计算得出的数值", "en": "Values worked out from other answers"},
    "internal_error": {
        "zh": "程序内部错误(这是本工具的缺陷,请报告):{kind}: {detail}。设置环境变量 DIAGNOSE_DEBUG=1 可显示完整的调用栈",
        "en": "internal error (a bug in this tool; please report it): {kind}: {detail}. Set DIAGNOSE_DEBUG=1 to show the full traceback",
    },
    # issue 16 point 3: an answered follow-up implies its gate (answers/gates.py)
    "implied": {"zh": "由已答后续问题推知的前提", "en": "Gates implied by answered follow-ups"},
    "implied_line": {
        "zh": "{gate} = {value} ← 已回答「{by}」,该问题以此为前提",
        "en": "{gate} = {value} ← “{by}” was answered, which presupposes it",
    },
    "derived_disagrees": {
        "zh": "本县直接填写的是 {direct},与由各项数字算出的值不一致,已以直接填写为准,请核对",
        "en": "the county's own answer, {direct}, differs from the value its figures give; the direct answer is used: please check",
    },
    "derived_out_of_range": {
        "zh": "算出的值超出该问题的允许范围,各项数字可能口径不一,未予采用",
        "en": "the figures give a value outside the question's range (they may be counted differently); not used",
    },
    "not_tracked": {"zh": "未作统计(本县没有这项统计)", "en": "Not tracked (the county keeps no statistics on these)"},
    "in_place": {"zh": "已在实行的机制", "en": "Mechanisms already in place"},
    "since": {"zh": "始于", "en": "since"},
    "working_yes": {"zh": "运行有效", "en": "working"},
    "working_partly": {"zh": "部分有效", "en": "partly working"},
    "working_no": {"zh": "未见成效", "en": "not working"},
    "working_unknown": {"zh": "成效不明", "en": "effect unknown"},
    "advice_keep": {"zh": "保持", "en": "keep"},
    "advice_strengthen": {"zh": "加强", "en": "strengthen"},
    "advice_review": {"zh": "检查其实际运行", "en": "review how it actually runs"},
    "ruled_out": {"zh": "已评估、未发现的问题(做得好的方面)", "en": "Assessed and not found (what is working)"},
    "severity": {"zh": "严重程度", "en": "severity"},
    "certainty": {"zh": "确定度", "en": "certainty"},
    "signs": {"zh": "成立的征象", "en": "Signs that hold"},
    "answers_used": {"zh": "依据的回答", "en": "from the answers"},
    "undetermined": {"zh": "尚未确定的征象(回答未知)", "en": "Signs not yet determined (answers unknown)"},
    "not_assessed": {"zh": "未评估(信息不足)", "en": "Not assessed (not enough information)"},
    "would_decide": {"zh": "回答以下问题即可判定", "en": "answer these to decide it"},
    "recommendations": {"zh": "推荐机制", "en": "Recommended mechanisms"},
    "no_recommendation": {"zh": "无推荐。", "en": "No recommendation."},
    "addresses": {"zh": "针对", "en": "addresses"},
    "level_county": {"zh": "本县可自行推动", "en": "The county can act itself"},
    "level_shared": {"zh": "县与上级共同推动", "en": "The county together with higher levels"},
    "level_higher": {"zh": "有赖上级(省、市)", "en": "Depends on higher levels (province, city)"},
    "priority": {"zh": "优先度", "en": "priority"},
    "fits": {"zh": "契合本县", "en": "fits this county"},
    "contraindicated": {"zh": "不宜采用的机制", "en": "Contraindicated mechanisms"},
    "held_back": {
        "zh": "本会因{diagnoses}而推荐,现予暂缓",
        "en": "would otherwise be recommended for {diagnoses}; held back",
    },
    # whose claim a quote carries (a reference's `claim`)
    "claim_paper": {"zh": "{authors}的论述", "en": "argued by {authors}"},
    "claim_literature": {"zh": "据{authors}所述的研究", "en": "research reviewed by {authors}"},
    "claim_case": {"zh": "{authors}报告的案例", "en": "a case reported by {authors}"},
    "claim_kb": {"zh": "本知识库的判断", "en": "this knowledge base's own reading"},
    "kind_principle": {
        "zh": "原则:论文未给出具体步骤,是方向而非可直接执行的做法",
        "en": "principle: the papers give no concrete steps; an orientation, not an action to carry out",
    },
    "because_of": {"zh": "原因", "en": "because of"},
    "kb": {"zh": "知识库", "en": "Knowledge base"},
    "tool": {"zh": "程序", "en": "Program"},
    "engine_unavailable": {
        "zh": "无法加载规则引擎 durable-rules({detail});用以下命令重新构建(Python 3.13 必需):{command}",
        "en": "the rules engine durable-rules cannot be loaded ({detail}); rebuild it (needed on Python 3.13): {command}",
    },
    "error_record": {"zh": "第 {n} 条记录有误", "en": "record {n} is invalid"},
    "watch": {"zh": "关注", "en": "watch"},
    "warning": {"zh": "警示", "en": "warning"},
    "severe": {"zh": "严重", "en": "severe"},
    "yes": {"zh": "是", "en": "yes"},
    "no": {"zh": "否", "en": "no"},
    "unknown": {"zh": "不知道", "en": "unknown"},
    # batch summary (summary.py)
    "summary_bad_suffix": {
        "zh": "汇总文件须以 .csv、.html、.htm 或 .xlsx 结尾,收到 {path}",
        "en": "the summary file must end in .csv, .html, .htm or .xlsx, got {path}",
    },
    "summary_title": {"zh": "县域基层治理诊断汇总", "en": "County grassroots-governance diagnosis: batch summary"},
    "summary_counts": {
        "zh": "共 {n} 条记录:{ok} 条评估成功,{errors} 条有误",
        "en": "{n} records: {ok} evaluated, {errors} invalid",
    },
    "summary_shares_note": {
        "zh": "诊断的占比以已评估该项诊断的县(诊断出或已排除)为分母,未能评估的县数列在旁边;机制的占比以评估成功的 {ok} 个县为分母。",
        "en": "A diagnosis's share is of the counties where it was assessed (reached or ruled out), with the "
        "counties where it could not be assessed beside it; a mechanism's share is of the {ok} counties evaluated.",
    },
    "summary_heatmap": {"zh": "各县诊断一览", "en": "Diagnoses by county"},
    "summary_legend": {"zh": "图例", "en": "Legend"},
    "summary_absent": {"zh": "空白 = 未诊断出", "en": "blank = not reached"},
    "summary_record": {"zh": "序号", "en": "Record"},
    "summary_county_id": {"zh": "编号", "en": "County id"},
    "summary_county_name": {"zh": "县(区)名称", "en": "County name"},
    "summary_status": {"zh": "状态", "en": "Status"},
    "summary_ok": {"zh": "成功", "en": "ok"},
    "summary_error": {"zh": "有误", "en": "invalid"},
    "summary_na_short": {"zh": "未评估", "en": "not assessed"},
    "summary_prevalence_diagnoses": {"zh": "各项诊断的出现情况", "en": "How often each diagnosis is reached"},
    "summary_prevalence_mechanisms": {"zh": "各项机制的推荐情况", "en": "How often each mechanism is recommended"},
    "summary_diagnosis": {"zh": "诊断", "en": "Diagnosis"},
    "summary_mechanism": {"zh": "机制", "en": "Mechanism"},
    "summary_id": {"zh": "编号", "en": "id"},
    "summary_reached": {"zh": "诊断出的县数", "en": "Counties reached"},
    "summary_recommended": {"zh": "获推荐的县数", "en": "Counties recommended to"},
    "summary_share": {"zh": "占比", "en": "Share"},
    # printable reports (render_markdown.py, render_html.py, svg_chart.py)
    "doc_summary": {"zh": "摘要", "en": "Summary"},
    "doc_summary_diagnoses": {
        "zh": "诊断结论 {n} 项:严重 {severe} 项,警示 {warning} 项,关注 {watch} 项",
        "en": "{n} diagnoses: {severe} severe, {warning} warning, {watch} watch",
    },
    "doc_summary_not_assessed": {"zh": "未评估 {n} 项(信息不足)", "en": "{n} not assessed (not enough information)"},
    "doc_summary_recommendations": {
        "zh": "推荐机制 {n} 项:本县可自行推动 {county} 项,县与上级共同推动 {shared} 项,有赖上级 {higher} 项",
        "en": "{n} recommended mechanisms: {county} the county can act on itself, {shared} together with higher levels, {higher} depending on higher levels",
    },
    "doc_summary_contraindicated": {"zh": "不宜采用的机制 {n} 项", "en": "{n} contraindicated mechanisms"},
    "doc_col_no": {"zh": "序号", "en": "No."},
    "doc_col_diagnosis": {"zh": "诊断", "en": "Diagnosis"},
    "doc_col_severity": {"zh": "严重程度", "en": "Severity"},
    "doc_col_certainty": {"zh": "确定度", "en": "Certainty"},
    "doc_col_mechanism": {"zh": "机制", "en": "Mechanism"},
    "doc_col_addresses": {"zh": "针对的诊断", "en": "Addresses"},
    "doc_col_priority": {"zh": "优先度", "en": "Priority"},
    "doc_col_reasons": {"zh": "理由与依据", "en": "Why"},
    "doc_col_path": {"zh": "位置", "en": "Where"},
    "doc_col_problem": {"zh": "问题", "en": "Problem"},
    "doc_grounds": {"zh": "论文依据", "en": "Grounds in the papers"},
    "doc_sources": {"zh": "出处", "en": "Sources"},
    "doc_bibliography": {"zh": "引文与出处", "en": "Quotations and sources"},
    "doc_needs": {"zh": "需回答", "en": "needs answers to"},
    "doc_certainty_so_far": {
        "zh": "目前确定度 {certainty};其余征象全部成立时至多 {possible}",
        "en": "certainty so far {certainty}; at most {possible} if every remaining sign held",
    },
    "doc_ignored": {
        "zh": "未采用的回答(因其他回答而不适用)",
        "en": "Answers set aside (not relevant given other answers)",
    },
    "doc_rank_note": {
        "zh": "序号为全部推荐机制按优先度排列的名次。",
        "en": "Numbers rank all recommended mechanisms by priority.",
    },
    "doc_chart_title": {"zh": "各项诊断的确定度与严重程度", "en": "Certainty and severity of each diagnosis"},
    "doc_chart_desc": {
        "zh": "横条长度为各项诊断的确定度(0–1),颜色为严重程度;竖虚线为分级阈值:{thresholds}。{items}",
        "en": "Bar length is each diagnosis's certainty (0–1), colour its severity; dashed lines mark the band thresholds: {thresholds}. {items}",
    },
    "doc_chart_possible": {
        "zh": "浅色:未确定的征象均成立时的确定度",
        "en": "light: the certainty if every undetermined sign held",
    },
    # a knowledge base with errors (exit 4)
    "kb_error": {
        "zh": "知识库有错误,无法使用:{where}: {what}{more}(用 diagnose kb check 查看全部)",
        "en": "the knowledge base has errors and cannot be used: {where}: {what}{more} (diagnose kb check lists all)",
    },
    "kb_more_errors": {"zh": ";另有 {n} 处错误", "en": "; {n} more errors"},
    "doc_contents": {"zh": "目录", "en": "Contents"},
    "read_as": {"zh": "按 {interval} 计", "en": "read as {interval}"},
    "borderline": {
        "zh": "临界征象(近似回答跨越阈值,或多选题只答了部分选项:既未计入,也未排除;跨越分档时按较低一档计;"
        "给出更确切的回答即可判定)",
        "en": "Borderline signs (an approximate answer straddles the threshold, or a multiple choice answered in part "
        "leaves the option open: neither counted nor ruled out; a straddled band counts at the lower band; "
        "a more precise answer decides it)",
    },
    "borderline_line": {
        "zh": "{diagnosis} · {sign}:{question} = {answer},跨越 {threshold}",
        "en": "{diagnosis} · {sign}: {question} = {answer}, straddles {threshold}",
    },
    "doc_batch": {"zh": "共 {n} 份", "en": "{n} reports"},
    # click's usage errors and the commands' own (cli/usage.py)
    "usage_heading": {"zh": "用法:", "en": "Usage:"},
    "usage_try_help": {"zh": "运行 '{command} --help' 查看帮助。", "en": "Try '{command} --help' for help."},
    "usage_error": {"zh": "错误:{message}", "en": "Error: {message}"},
    "usage_did_you_mean": {"zh": "是否应为 {near}?", "en": " Did you mean {near}?"},
    "usage_no_such_option": {"zh": "没有选项 {option}。", "en": "No such option: {option}."},
    "usage_missing_argument": {"zh": "缺少参数 {name}。", "en": "Missing argument {name}."},
    "usage_missing_option": {"zh": "缺少选项 {name}。", "en": "Missing option {name}."},
    "usage_missing_parameter": {"zh": "缺少参数 {name}。", "en": "Missing parameter {name}."},
    "usage_bad_value": {"zh": "{name} 的取值无效:{detail}", "en": "Invalid value for {name}: {detail}"},
    "usage_needs_argument": {"zh": "选项 {option} 需要一个值。", "en": "Option {option} requires an argument."},
    "usage_not_a_choice": {"zh": "'{value}' 不在可选值之中({choices})", "en": "'{value}' is not one of {choices}."},
    "usage_not_an_integer": {"zh": "'{value}' 不是有效的整数", "en": "'{value}' is not a valid integer."},
    "usage_not_a_number": {"zh": "'{value}' 不是有效的数字", "en": "'{value}' is not a valid number."},
    "usage_out_of_range": {"zh": "{value} 不在范围 {range} 之内", "en": "{value} is not in the range {range}."},
    "usage_path_missing": {"zh": "'{value}' 不存在", "en": "'{value}' does not exist."},
    "usage_path_is_directory": {"zh": "'{value}' 是文件夹", "en": "'{value}' is a directory."},
    "usage_path_is_file": {"zh": "'{value}' 是文件,不是文件夹", "en": "'{value}' is a file."},
    "usage_no_such_command": {"zh": "没有命令 '{name}'。", "en": "No such command '{name}'."},
    "usage_extra_arguments": {"zh": "多余的参数:{args}", "en": "Got unexpected extra arguments ({args})"},
    "usage_takes_no_value": {"zh": "选项 '{option}' 不接受取值。", "en": "Option '{option}' does not take a value."},
    "usage_missing_command": {"zh": "缺少命令。", "en": "Missing command."},
    "usage_no_diagnosis": {
        "zh": "没有诊断 '{id}';已知的诊断:{known}",
        "en": "no diagnosis '{id}'; known: {known}",
    },
    "usage_no_kb_entry": {
        "zh": "没有编号为 '{id}' 的诊断或机制;已知编号:{known}",
        "en": "no diagnosis or mechanism with id '{id}'; known ids: {known}",
    },
    "usage_workbook_needs_output": {
        "zh": "--format {fmt} 生成的是工作簿:请用 --output 文件.xlsx 指定保存位置",
        "en": "--format {fmt} writes a workbook: give --output FILE.xlsx",
    },
    "whatif_only_one_kind": {
        "zh": "--only-known 与 --only-unknown 至多给出一个",
        "en": "give at most one of --only-known and --only-unknown",
    },
    "whatif_free_unknown": {
        "zh": "没有问题 {ids}(--free 接受以逗号分隔的问题编号)",
        "en": "no question {ids} (--free takes question ids separated by commas)",
    },
    "usage_whatif_one_of": {
        "zh": "--clear ID 与 --reach ID 须给出且只给出其中一个(--summary 须配合 --clear)",
        "en": "give exactly one of --clear ID or --reach ID (--summary takes --clear)",
    },
    # task F (issue 19): lean batch output and the texts it refers to
    "lean_json_only": {
        "zh": "--detail lean 只用于 JSON 输出(--format json),不能与 --summary 同用",
        "en": "--detail lean is for JSON output only (--format json), and not with --summary",
    },
    # task A (issue 16): multiple choice known in part, graded certainty bands, interval arithmetic
    "expect_partial": {
        "zh": '{q} 的部分回答应为 {{"yes": [...], "no": [...]}}(两个选项列表,至少给一个),选项取自:{choices};收到 {value}',
        "en": '{q}: a partial answer is {{"yes": [...], "no": [...]}} (two lists of choices, at least one given) '
        "from {choices}; got {value}",
    },
    "partial_option": {
        "zh": "{q} 的 {side} 列表中的 {value} 不是本题的选项;选项取自:{choices}",
        "en": "{q}: {value} in the {side} list is not a choice of this question; choices: {choices}",
    },
    "partial_yes": {"zh": "有:{options}", "en": "has: {options}"},
    "partial_no": {"zh": "没有:{options}", "en": "has not: {options}"},
    "partial_unknown": {"zh": "不清楚:{options}", "en": "not known: {options}"},
    "borderline_option_line": {
        "zh": "{diagnosis} · {sign}:{question} 只作了部分回答,未说明是否有「{option}」",
        "en": "{diagnosis} · {sign}: {question} was answered in part, without saying whether it includes '{option}'",
    },
    "explain_option_unanswered": {
        "zh": "未说明是否{test}(只作了部分回答),补答这一选项即可判定",
        "en": "it was not said whether it {test} (answered in part); answering that option decides it",
    },
    "reply_partial": {
        "zh": "部分作答:写确定有的选项编号,确定没有的在编号前加“-”,再加“?”表示其余不知道,例如 1 3 -2 ?(编号 1–{n})",
        "en": "a partial answer: the numbers of the options it surely has, a '-' before those it surely has not, "
        "then '?' for the rest unknown, e.g. 1 3 -2 ? (numbers 1–{n})",
    },
    "band_held": {"zh": ";分档:{answer} → ≥{gte} → {cf}", "en": "; band: {answer} → ≥ {gte} → {cf}"},
    "borderline_band_line": {
        "zh": "{diagnosis} · {sign}:{question} = {answer},跨越分档 {threshold}(该档确定性 {cf});按较低一档计",
        "en": "{diagnosis} · {sign}: {question} = {answer} straddles the band {threshold} (certainty {cf} there); "
        "the lower band is counted",
    },
    "doc_forms_numeric": {
        "zh": '可答确数、区间 {"min": …, "max": …} 或约数(约25、至少3、20-30、大多数……,见 docs/answers.md)',
        "en": 'takes an exact figure, a range {"min": …, "max": …} or an approximate one (约25, 至少3, 20-30, 大多数 …; '
        "see docs/answers.md)",
    },
    "doc_forms_partial": {
        "zh": '选项列表表示“恰为这些”;只确定部分时写 {"yes": […], "no": […]},其余选项视为不知道',
        "en": 'a list means "exactly these"; known in part, {"yes": […], "no": […]}, the other options unknown',
    },
    "doc_calculate": {
        "zh": "由其他回答计算:{formula}(输入为约数时结果为区间)",
        "en": "worked out from other answers: {formula} (approximate inputs give an interval)",
    },
    "doc_bands": {"zh": "分档({question}):{steps}", "en": "bands ({question}): {steps}"},
    "doc_shares": {
        "zh": "与本诊断另一征象共读 {q}:{reason}",
        "en": "reads {q} as another sign of this diagnosis does: {reason}",
    },
    "partial_both": {
        "zh": "{q} 的选项 {value} 同时出现在 yes 与 no 中",
        "en": "{q}: choice {value} is in both the yes and the no list",
    },
    # --- task C (issue 16): repeat groups (innovation projects one by one) ---
    "items_list": {
        "zh": '{group}({gid})须是一个列表,每个{item}一个对象,如 [{{"{example}": true}}],收到的是 {value}',
        "en": '{group} ({gid}) must be a list with one object per {item}, e.g. [{{"{example}": true}}]; got {value}',
    },
    "items_too_many": {
        "zh": "{group}({gid})最多填写 {most} 个{item},收到 {n} 个",
        "en": "{group} ({gid}) takes at most {most} items ({item}s); got {n}",
    },
    "item_object": {
        "zh": "第 {n} 个{item}须是 JSON 对象(问题编号 → 回答),收到的是 {value}",
        "en": "{item} {n} must be a JSON object (question id → answer); got {value}",
    },
    "item_unknown_question": {
        "zh": "第 {n} 个{item}:{group}中没有编号为 {qid} 的问题{hint}",
        "en": "{item} {n}: {group} has no question with id {qid}{hint}",
    },
    "item_name": {
        "zh": "名称(name)须是不超过 {most} 个字符的非空文字,收到的是 {value}",
        "en": "name must be non-empty text of at most {most} characters; got {value}",
    },
    "item_answer": {"zh": "第 {n} 个{item}:{what}", "en": "{item} {n}: {what}"},
    "derived_tally": {"zh": "{total} 个{item}中 {passed} 个「{test}」", "en": '{passed} of {total} {item}s "{test}"'},
    "derived_tally_among": {
        "zh": "「{among}」的 {total} 个{item}中 {passed} 个「{test}」",
        "en": '{passed} of the {total} {item}s where "{among}": "{test}"',
    },
    "derived_tally_unknown": {"zh": "另有 {n} 个不确定", "en": "{n} more undetermined"},
    "listing_calculated": {"zh": "可由其他回答算出", "en": "can be worked out as"},
    "listing_repeat": {"zh": "每个{item}逐一回答", "en": "asked once per {item}"},
    "derived_ratio": {
        "zh": "{n} 个{item}合计:「{part}」{p} ÷「{whole}」{w}",
        "en": '{n} {item}s summed: "{part}" {p} ÷ "{whole}" {w}',
    },
    "derived_items": {"zh": "共 {n} 个{item}", "en": "{n} {item}s described"},
    # task D (issue 17): typed approximate answers, their echo, mechanisms in place in the consultation
    "reply_unit": {
        "zh": "这一题的单位是“{unit}”,不是按“{word}”计;请换算后再填",
        "en": 'this question is in "{unit}", not per "{word}": please convert the figure',
    },
    "reply_not_percent": {
        "zh": "这一题不是百分比,请按“{unit}”填",
        "en": 'this question is not a percentage: please give it in "{unit}"',
    },
    "ask_recorded_as": {"zh": "记为 {reading}", "en": "recorded as {reading}"},
    "ask_in_place_title": {"zh": "已在运行的机制", "en": "Mechanisms already in place"},
    "ask_in_place_intro": {
        "zh": "以下机制针对目前回答中已发现的问题。本县已经在运行哪些?填编号,可多选、以逗号分隔;"
        "都没有请答“无”;直接回车跳过本节。",
        "en": "These mechanisms answer the problems found so far. Which does the county already run? Give their "
        'numbers, separated by commas; "none" if none; Enter skips this section.',
    },
    "ask_in_place_entry": {
        "zh": "“{title}”:哪一年开始、效果如何?如“2021 部分有效”(效果:有效/部分有效/无效/不清楚;都不清楚直接回车)",
        "en": '"{title}": since which year, and does it work? e.g. "2021 partly" (yes / partly / no / unknown; '
        "Enter if neither is known)",
    },
    "ask_in_place_bad": {
        "zh": "请填开始年份(如 2021)和效果(有效/部分有效/无效/不清楚),或直接回车",
        "en": "please give the year it started (e.g. 2021) and whether it works (yes / partly / no / unknown), "
        "or press Enter",
    },
    "ask_in_place_since": {"zh": "{year} 年起", "en": "since {year}"},
    "none_in_place": {"zh": "无", "en": "none"},
    "ask_in_place_recorded": {"zh": "已记录:{what}", "en": "recorded: {what}"},
    "ask_in_place_again": {
        "zh": "“已在运行的机制”一节将在问题答完后重新询问",
        "en": "The section on mechanisms already in place will be asked again after the questions",
    },
    "ask_recorded_fix": {
        "zh": "(读错了请输入“返回”改正)",
        "en": "(read wrongly? type back to correct it)",
    },
    # task D2 (issue 17 point 6): follow-ups under a gate answered unknown, deferred to one prompt at the end
    "ask_deferred_title": {"zh": "暂缓的追问", "en": "Deferred follow-up questions"},
    "ask_deferred_head": {
        "zh": "还有至多 {n} 个追问被暂缓:它们只在前提问题取某些答案(如“是”)时才适用,而前提问题答了“不知道”(或跳过)。",
        "en": "Up to {n} follow-up questions were held back: they apply only for some answers (such as yes) to the "
        'question leading to them, and it was answered "unknown" (or skipped).',
    },
    "ask_deferred_gate": {"zh": "{title}:{n} 题", "en": "{title}: {n}"},
    "ask_deferred_choice": {
        "zh": "如果掌握这些情况,现在回答吗?答“是”逐题回答;“否”、“不知道”或直接回车跳过。",
        "en": 'If the county knows these facts, answer them now? "yes" asks them one by one; "no", "unknown" or '
        "Enter skips them.",
    },
    "ask_deferred_bad": {
        "zh": "请答“是”(现在回答)或“否”(跳过),也可直接回车跳过",
        "en": 'please answer "yes" (answer them now) or "no" (skip them), or press Enter to skip',
    },
    "ask_deferred_back": {
        "zh": "回到暂缓追问的提示",
        "en": "Back to the prompt for the deferred questions",
    },
    # task Q17 (issue 17 point 6): one prompt for a share worked out from two counts
    "ask_share_or_counts": {
        "zh": "也可以填两个数:{part} / {whole},如 12/40 或 40中12",
        "en": "or give the two counts: {part} / {whole}, e.g. 12/40 or 12 of 40",
    },
    "ask_recorded_share": {"zh": "记为 {part}/{whole} → {share}", "en": "recorded as {part} of {whole} → {share}"},
    "reply_share_count": {"zh": "“{what}”:{problem}", "en": '"{what}": {problem}'},
    "reply_share_none": {
        "zh": "这两个数算不出比例(总数为 0,或部分大于总数);请直接填比例,或答“不知道”",
        "en": 'these two counts give no share (a total of 0, or a part above the total): give the share itself, or "unknown"',
    },
    "reply_share_whole": {
        "zh": "“{what}”前面已答 {known},与这里的 {typed} 不同;请按前面的总数填,或先输入“返回”修改",
        "en": '"{what}" was answered {known} earlier, not {typed}: use that total, or type back to change it',
    },
    # task H (issue 22): spreadsheets and forms
    "sheet_expect_yes_no": {
        "zh": "是 / 否(也可写 yes/no、true/false、1/0),或 不知道",
        "en": "yes / no (also 是/否, true/false, 1/0), or unknown (不知道)",
    },
    "sheet_expect_number": {
        "zh": "{lo} 到 {hi}({unit})之间的数字,或官方常用的近似写法(约25、20-30、至少3、130余),或 不知道 / 没有统计",
        "en": "a number from {lo} to {hi} ({unit}), or an approximate figure as officials write it (约25, 20-30, "
        "at least 3, 130余), or unknown / not_tracked",
    },
    "sheet_expect_count": {
        "zh": "{lo} 到 {hi}({unit})之间的整数,或近似写法(约25、20-30、至少3、130余),或 不知道 / 没有统计",
        "en": "a whole number from {lo} to {hi} ({unit}), or an approximate figure (约25, 20-30, at least 3, 130余), "
        "or unknown / not_tracked",
    },
    "sheet_expect_choice": {
        "zh": "以下选项之一(写编号或中文选项):{choices};或 不知道",
        "en": "one of these choices (its id or label): {choices}; or unknown",
    },
    "sheet_expect_choices": {
        "zh": "以下选项中的一个或多个,以空格(或逗号、顿号)分隔:{choices};或 不知道",
        "en": "one or more of these choices, separated by spaces (or commas): {choices}; or unknown",
    },
    "sheet_unknown_column": {
        "zh": "列 {column} 不是问题编号、问题的中文标题或 county_id / county_name,其中的值无法读取{hint}",
        "en": "column {column} is no question id, Chinese question title or county_id / county_name; its value "
        "cannot be read{hint}",
    },
    "sheet_expect_column": {
        "zh": "问题编号、问题的中文标题,或 county_id / county_name",
        "en": "a question id, a Chinese question title, or county_id / county_name",
    },
    "sheet_duplicate_column": {
        "zh": "列 {column} 与前面的另一列是同一问题,两列都填了值",
        "en": "column {column} is a second column for the same question, and both hold a value",
    },
    "sheet_choice_cell": {
        "zh": "选项列 {column} 应为 1 / 0(选中 / 未选)",
        "en": "the choice column {column} takes 1 / 0 (ticked / not ticked)",
    },
    "sheet_expect_tick": {"zh": "1 或 0(选中 / 未选)", "en": "1 or 0 (ticked / not ticked)"},
    "xlsx_sheet_matrix": {"zh": "矩阵", "en": "matrix"},
    "xlsx_sheet_bands": {"zh": "等级", "en": "bands"},
    "xlsx_sheet_prevalence": {"zh": "出现情况", "en": "prevalence"},
    "xlsx_sheet_about": {"zh": "说明", "en": "about"},
    "xlsx_problems": {"zh": "问题(无效记录)", "en": "Problems (invalid records)"},
    "xlsx_assessed": {"zh": "可评估的县数", "en": "Counties assessed"},
    "xlsx_share_assessed": {"zh": "占可评估县的百分比", "en": "Share of those assessed (%)"},
    "xlsx_evaluated": {"zh": "评估的县数", "en": "Counties evaluated"},
    "xlsx_about_matrix": {
        "zh": "「矩阵」表中每格为该诊断的综合确定度,按该诊断自身的关注/警示/严重阈值着色;空白 = 未诊断出;"
        "「等级」表为同一矩阵的等级文字。",
        "en": "In the matrix each cell is the diagnosis's combined certainty, coloured by that diagnosis's own "
        "watch/warning/severe thresholds; blank = not reached. The bands sheet gives the same matrix in words.",
    },
    "sheet_unreadable": {"zh": "电子表格无法读取:{detail}", "en": "the spreadsheet cannot be read: {detail}"},
    "sheet_needs_format": {
        "zh": "从标准输入读取电子表格时请用 --input-format xlsx 或 csv 指明格式",
        "en": "give --input-format xlsx or csv to read a spreadsheet from standard input",
    },
    # task E (issue 19): the one-minute summary that opens every readable report, plain-word explain
    "ov_title": {"zh": "一分钟摘要", "en": "One-minute summary"},
    "ov_picture": {"zh": "总体情况", "en": "Overall picture"},
    "ov_found": {
        "zh": "发现 {n} 项问题(严重 {severe}、警示 {warning}、关注 {watch});已评估未发现 {absent} 项;未能评估 {na} 项。",
        "en": "{n} problems found ({severe} severe, {warning} warning, {watch} watch); {absent} assessed and not "
        "found; {na} could not be assessed.",
    },
    "ov_nothing_found": {
        "zh": "已评估的 {n} 项诊断均未发现问题",
        "en": "Assessed, nothing found: none of the {n} diagnoses assessed holds",
    },
    "ov_and_not_assessed": {"zh": ";另有 {na} 项未能评估(信息不足)。", "en": "; {na} could not be assessed."},
    "ov_nothing_assessed": {
        "zh": "信息不足,未能评估:{n} 项诊断都缺少判定所需的回答,本报告不说明本县有无问题。",
        "en": "Insufficient information, could not be assessed: none of the {n} diagnoses has the answers it "
        "needs; this report says nothing about whether the county has a problem.",
    },
    "ov_diagnoses": {"zh": "诊断(严重程度 · 主要依据)", "en": "Diagnoses (severity · main reason)"},
    "ov_top": {"zh": "优先推荐(前 {n} 项,谁来推动)", "en": "First recommendations (top {n}, who acts)"},
    "ov_strengths": {"zh": "做得好的方面(已评估、未发现)", "en": "Strengths (assessed and not found)"},
    "ov_coverage": {"zh": "回答情况", "en": "Coverage"},
    "ov_answered": {
        "zh": "共 {questions} 题,已回答 {answered} 题",
        "en": "{answered} of {questions} questions answered",
    },
    "ov_could_not": {
        "zh": "{n} 项诊断未能评估:{titles}",
        "en": "{n} diagnoses could not be assessed: {titles}",
    },
    "ov_details": {"zh": "详细内容", "en": "Details"},
    "ov_would_settle": {
        "zh": "未能评估(信息不足;冒号后为能判定它的问题,最有用的在前)",
        "en": "Could not be assessed (not enough information; after the colon, the questions that would settle "
        "each, most telling first)",
    },
    "ov_none": {"zh": "无", "en": "none"},
    "ov_who_acts": {"zh": "谁来推动", "en": "Who acts"},
    "ov_more_signs": {"zh": "(另有 {n} 项征象成立)", "en": " (+{n} more)"},
    "ov_more_questions": {"zh": ",另有 {n} 题", "en": "; {n} more"},
    "summary_assessed": {"zh": "已评估的县数", "en": "Counties assessed"},
    "quote_original": {"zh": "(原文繁体:「{quote}」)", "en": " (original: “{quote}”)"},
    "quote_converted_mark": {
        "zh": "〔已转为简体,原文见文末第 {n} 条〕",
        "en": " [simplified; original no. {n} at the end]",
    },
    "quote_originals": {
        "zh": "引文原文(繁体字,正文中已转为简体)",
        "en": "Quotations in their original script (shown simplified above)",
    },
}


def default_lang() -> str:
    """zh or en from the locale (LC_ALL, LC_MESSAGES, LANG); Chinese when none names a language."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            base = value.split(".")[0].lower()
            if base in ("c", "posix"):
                continue
            return "zh" if base.startswith("zh") else "en"
    return "zh"


def t(key: str, lang: str, /, **kwargs: object) -> str:
    """The message `key` in `lang`, formatted."""
    text = MESSAGES[key]["en" if lang == "en" else "zh"]
    return text.format(**kwargs) if kwargs else text
