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
        "zh": '{q} 的回答 {value} 不是有效的回答对象:应为 {{"value": …}} 或区间 {{"min": …, "max": …}},可另加 note、source',
        "en": '{q}: {value} is not a valid answer object: expected {{"value": …}} or an interval {{"min": …, "max": …}}, optionally with note and source',
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
    "reply_number": {"zh": "请填一个数字(或“不知道”)", "en": "please give a number (or unknown)"},
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
        "zh": "第 {section}/{sections} 节 {title} · 已答 {k} 题,尚可能问 {n} 题(约 {minutes} 分钟)",
        "en": "Section {section}/{sections} {title} · {k} answered, up to {n} still to ask (about {minutes} min)",
    },
    "ask_range": {"zh": "允许范围", "en": "allowed"},
    "ask_choose_one": {"zh": "请选一项,填编号", "en": "choose one: give its number"},
    "ask_choose_many": {"zh": "可多选,填编号并以逗号分隔", "en": "choose any: numbers separated by commas"},
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
        "zh": "预计最多还要回答 {n} 题,约 {minutes} 分钟;回答会让不再需要的问题自动略去。",
        "en": "At most {n} questions to go, about {minutes} min; answers rule out questions that are no longer needed.",
    },
    "ask_section_left": {
        "zh": "本节尚可能问 {here} 题;全卷尚可能问 {n} 题,约 {minutes} 分钟",
        "en": "Up to {here} questions in this section; {n} in all, about {minutes} min",
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
        "zh": "↑↓ 移动 · 空格 勾选(多选) · 回车 确定 · 也可直接键入编号、不知道、为什么、返回、跳过、回顾、退出,再按回车",
        "en": "↑↓ move · space tick (multiple) · Enter confirm · or type a number, unknown, why, back, skip, review or quit, then Enter",
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
    "whatif_none": {
        "zh": "在至多 {n} 个问题的改动内找不到办法。",
        "en": "No set of at most {n} changed answers does it.",
    },
    "whatif_cut": {"zh": "(搜索达到上限,结果可能不完整)", "en": "(the search reached its bound; there may be more)"},
    "whatif_already": {
        "zh": "无需改动:该诊断现已是所求状态。",
        "en": "Nothing to change: the diagnosis is already as asked.",
    },
    "whatif_patch": {"zh": "方案 {n}:改动 {k} 个回答 → {status}", "en": "Patch {n}: change {k} answer(s) → {status}"},
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
        "zh": "汇总文件须以 .csv、.html 或 .htm 结尾,收到 {path}",
        "en": "the summary file must end in .csv, .html or .htm, got {path}",
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
        "zh": "临界征象(近似回答跨越阈值:既未计入,也未排除;给出更确切的数字即可判定)",
        "en": "Borderline signs (an approximate answer straddles the threshold: neither counted nor ruled out; "
        "a more precise figure decides it)",
    },
    "borderline_line": {
        "zh": "{diagnosis} · {sign}:{question} = {answer},跨越 {threshold}",
        "en": "{diagnosis} · {sign}: {question} = {answer}, straddles {threshold}",
    },
    "doc_batch": {"zh": "共 {n} 份", "en": "{n} reports"},
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
