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
    "expect_yes_no": {
        "zh": '{q} 的回答应为 true(是)、false(否)或 "unknown",收到 {value}',
        "en": '{q} takes true (yes), false (no) or "unknown", got {value}',
    },
    "expect_number": {
        "zh": '{q} 的回答应为数字或 "unknown",收到 {value}',
        "en": '{q} takes a number or "unknown", got {value}',
    },
    "expect_integer": {
        "zh": '{q} 的回答应为非负整数或 "unknown",收到 {value}',
        "en": '{q} takes a whole number or "unknown", got {value}',
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
    # report
    "report_title": {"zh": "县域基层治理诊断报告", "en": "County grassroots-governance diagnosis"},
    "county": {"zh": "县(区)", "en": "County"},
    "diagnoses": {"zh": "诊断结论", "en": "Diagnoses"},
    "no_diagnosis": {"zh": "未发现需要报告的诊断。", "en": "No diagnosis reached."},
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
    "because_of": {"zh": "原因", "en": "because of"},
    "kb": {"zh": "知识库", "en": "Knowledge base"},
    "error_record": {"zh": "第 {n} 条记录有误", "en": "record {n} is invalid"},
    "watch": {"zh": "关注", "en": "watch"},
    "warning": {"zh": "警示", "en": "warning"},
    "severe": {"zh": "严重", "en": "severe"},
    "yes": {"zh": "是", "en": "yes"},
    "no": {"zh": "否", "en": "no"},
    "unknown": {"zh": "不知道", "en": "unknown"},
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
