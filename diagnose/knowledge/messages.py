"""The texts of `kb check`'s findings, in Chinese and English (see say.py). Keys name the problem;
arguments in braces are ids, values or other messages, filled in the reader's language."""

from __future__ import annotations

KB_MESSAGES: dict[str, dict[str, str]] = {
    # shared pieces
    "did_you_mean": {"zh": ";是否应为 `{near}`?", "en": "; did you mean `{near}`?"},
    "at_path": {"zh": "{path}:{message}", "en": "{path}: {message}"},
    "define_in_questionnaire": {"zh": ";请在 questionnaire/ 中定义它", "en": "; define it in questionnaire/"},
    # reading files and folders (load.py, yaml_read.py)
    "cannot_read": {"zh": "无法读取:{detail}", "en": "cannot be read: {detail}"},
    "not_utf8": {"zh": "不是 UTF-8 文本;请以 UTF-8 保存该文件", "en": "not UTF-8 text; save the file as UTF-8"},
    "not_a_directory": {"zh": "不是目录", "en": "not a directory"},
    "not_a_folder": {"zh": "不是文件夹", "en": "is not a folder"},
    "missing_folder": {"zh": "缺少该文件夹", "en": "missing folder"},
    "named_like_rule_file": {
        "zh": "是{what},却以规则文件的方式命名;请改名",
        "en": "is {what}, named like a rule file; rename it",
    },
    "what_folder": {"zh": "文件夹", "en": "a folder"},
    "what_not_regular": {"zh": "非普通文件", "en": "not a regular file"},
    "kb_file_missing": {"zh": "缺少该文件:它存放{purpose}", "en": "missing: it holds {purpose}"},
    "kb_file_not_file": {"zh": "不是普通文件:它存放{purpose}", "en": "is not a regular file: it holds {purpose}"},
    "purpose_kb": {"zh": "知识库的编号、版本与标题", "en": "id, version and title of the knowledge base"},
    "purpose_sources": {"zh": "所引论文的清单", "en": "the papers"},
    "duplicate_section": {"zh": "栏目编号重复", "en": "duplicate section id"},
    "unknown_source_add": {
        "zh": "未知的文献 '{source}';请将其加入 sources.yaml",
        "en": "unknown source '{source}'; add it to sources.yaml",
    },
    "duplicate_id": {
        "zh": "编号 '{key}' 重复{first};编号必须唯一",
        "en": "duplicate id '{key}'{first}; ids must be unique",
    },
    "first_defined_in": {"zh": "(首次定义于 {where})", "en": " (first defined in {where})"},
    "file_name_is_id": {
        "zh": "文件名必须与编号一致:请改名为 {name}",
        "en": "file name must be the id: rename to {name}",
    },
    "duplicate_key": {
        "zh": "键 `{key}` 重复(首次出现在第 {line} 行);YAML 只会保留这一个而悄悄丢掉前一个:请删去其中之一",
        "en": "duplicate key `{key}` (first at line {line}); YAML would keep only this one and silently drop the "
        "first: remove one of them",
    },
    "not_a_number": {"zh": "`{value}` 不是数字", "en": "`{value}` is not a number"},
    "not_finite": {
        "zh": "`{value}` 不是有限的数字;请写出规则要比较的数值",
        "en": "`{value}` is not a finite number; write the number a rule compares with",
    },
    "int_too_long": {"zh": "`{value}` 太长({digits} 位数字)", "en": "`{value}` is too long ({digits} digits)"},
    "not_whole_number": {"zh": "`{value}` 不是整数", "en": "`{value}` is not a whole number"},
    "not_valid_tagged": {"zh": "`{value}` 不是有效的 {tag}", "en": "`{value}` is not a valid {tag}"},
    "alias_in_own_anchor": {
        "zh": "别名 *{anchor} 用在了它自己的锚点 &{anchor} 之内",
        "en": "alias *{anchor} is used inside its own anchor &{anchor}",
    },
    "alias_bomb": {
        "zh": "别名使本文件展开后超过 {limit} 个值;规则文件很少需要别名:请把条目直接写出",
        "en": "aliases expand this file past {limit} values; a rule file needs few aliases or none: write the "
        "entries out",
    },
    "not_yaml": {"zh": "不是有效的 YAML:{what}", "en": "not valid YAML: {what}"},
    "nested_too_deeply": {"zh": "嵌套过深", "en": "nested too deeply"},
    # sections of the papers (sections.py)
    "section_start_order": {
        "zh": "栏目 '{title}':起始文字 '{start}' 出现在上一栏目的起始之前;请按论文中的顺序列出栏目",
        "en": "section '{title}': start '{start}' stands before the previous section's start; list sections in "
        "the paper's order",
    },
    "section_start_missing": {
        "zh": "栏目 '{title}':起始文字 '{start}' 不在论文文本中;请逐字抄录标题",
        "en": "section '{title}': start '{start}' is not in the paper's text; copy the heading verbatim",
    },
    # schema validation (validation.py)
    "unknown_key_near": {"zh": "`{key}`:是否应为 `{near}`?", "en": "`{key}`: did you mean `{near}`?"},
    "unknown_key": {"zh": "未知的键 `{key}`;此处允许:{known}", "en": "unknown key `{key}`; allowed here: {known}"},
    "missing_claim": {
        "zh": "缺少 `claim`:请说明引文承载的是谁的论断:paper(作者本人的)、literature(其综述的研究,有研究表明)、"
        "case(其报告的案例)或 kb(本知识库自己的解读)",
        "en": "missing `claim`: say whose claim the quote carries: paper (the authors' own), literature (the "
        "research they review, 有研究表明), case (a case they report) or kb (this knowledge base's own reading)",
    },
    "missing_kind": {
        "zh": "缺少 `kind`:procedure(论文给出了县可以执行的步骤)或 principle(没有步骤的方向性原则,按原则显示)",
        "en": "missing `kind`: procedure (the papers give steps a county can carry out) or principle (an "
        "orientation without steps, shown as such)",
    },
    "missing_start": {
        "zh": "缺少 `start`:请逐字抄录该栏目在论文中的标题;栏目在下一栏目开始处结束",
        "en": "missing `start`: copy the section's heading verbatim from the paper; the section ends where the "
        "next begins",
    },
    "pyd_missing": {"zh": "缺少必填项", "en": "Field required"},
    "pyd_string": {"zh": "应为文本", "en": "Input should be a valid string"},
    "pyd_number": {"zh": "应为数字", "en": "Input should be a valid number"},
    "pyd_int": {"zh": "应为整数", "en": "Input should be a valid integer"},
    "pyd_bool": {"zh": "应为 true 或 false", "en": "Input should be a valid boolean"},
    "pyd_list": {"zh": "应为列表", "en": "Input should be a valid list"},
    "pyd_dict": {"zh": "应为映射(键: 值)", "en": "Input should be a valid dictionary"},
    "pyd_choice": {"zh": "应为以下之一:{expected}", "en": "Input should be {expected}"},
    "pyd_ge": {"zh": "应不小于 {limit}", "en": "Input should be greater than or equal to {limit}"},
    "pyd_gt": {"zh": "应大于 {limit}", "en": "Input should be greater than {limit}"},
    "pyd_le": {"zh": "应不大于 {limit}", "en": "Input should be less than or equal to {limit}"},
    "pyd_lt": {"zh": "应小于 {limit}", "en": "Input should be less than {limit}"},
    "pyd_too_short": {"zh": "至少需要 {min} 项", "en": "should have at least {min} items"},
    "pyd_other": {"zh": "取值无效({detail})", "en": "{detail}"},
    # conditions (conditions.py)
    "cond_too_deep": {
        "zh": "条件嵌套超过 {depth} 层;请简化",
        "en": "conditions nest deeper than {depth} levels; simplify this one",
    },
    "cond_not_mapping": {"zh": "条件必须是映射,实为 {got}", "en": "a condition must be a mapping, got {got}"},
    "cond_alone": {"zh": "'{key}' 须单独出现;请删去 {others}", "en": "'{key}' stands alone; remove {others}"},
    "cond_needs_list": {"zh": "'{key}' 需要一个非空的条件列表", "en": "'{key}' needs a non-empty list of conditions"},
    "cond_not_alone": {"zh": "'not' 须单独出现", "en": "'not' stands alone"},
    "cond_sign_ref": {
        "zh": "征象引用请单独写作 {{sign: <征象编号>}}",
        "en": "write a sign reference as {{sign: <sign id>}} alone",
    },
    "cond_q_id": {"zh": "'q' 必须是问题编号", "en": "'q' must be a question id"},
    "cond_one_operator": {
        "zh": "'q' 须搭配且仅搭配一个运算符({ops});实为 {got}{hint}",
        "en": "give exactly one operator of {ops} with 'q'; got {got}{hint}",
    },
    "cond_in_list": {"zh": "'in' 需要一个非空的选项编号列表", "en": "'in' needs a non-empty list of choice ids"},
    "cond_has_one": {"zh": "'has' 需要一个选项编号", "en": "'has' needs one choice id"},
    "cond_needs_number": {"zh": "'{op}' 需要一个数字,实为 {got}", "en": "'{op}' needs a number, got {got}"},
    "cond_needs_value": {
        "zh": "'{op}' 需要数字、是/否或选项编号,实为 {got}",
        "en": "'{op}' needs a number, yes/no or choice id, got {got}",
    },
    "cond_needs_finite": {"zh": "'{op}' 需要有限的数字,实为 {got}", "en": "'{op}' needs a finite number, got {got}"},
    "cond_unknown_keys": {
        "zh": "未知的条件键 {keys};请用 q、all、any、not 或 sign{hint}",
        "en": "unknown condition keys {keys}; use q, all, any, not or sign{hint}",
    },
    # models (models.py)
    "reads_answers_only": {
        "zh": "{what} 只读取回答;{{sign: ...}} 应写在诊断的 recommends 中",
        "en": "{what} reads answers only; {{sign: ...}} belongs in a diagnosis's recommends",
    },
    "only_numbers_calculated": {
        "zh": "只有数值、计数或百分比问题可以计算,{type} 不行",
        "en": "only a number, count or percent question can be calculated, not {type}",
    },
    "needs_two_choices": {"zh": "{type} 问题至少需要两个选项", "en": "a {type} question needs at least two choices"},
    "duplicate_choices": {"zh": "选项编号重复:{ids}", "en": "duplicate choice ids {ids}"},
    "takes_no_choices": {"zh": "{type} 问题不设选项", "en": "a {type} question takes no choices"},
    "takes_no_range": {"zh": "{type} 问题不设 min/max", "en": "a {type} question takes no min/max"},
    "number_needs_range": {
        "zh": "数值问题需要 min 和 max(有效范围)",
        "en": "a number question needs min and max (its valid range)",
    },
    "needs_unit": {"zh": "{type} 问题需要单位(unit)", "en": "a {type} question needs a unit"},
    "min_above_max": {"zh": "min {lo} 大于 max {hi}", "en": "min {lo} is greater than max {hi}"},
    "bands_ascend": {
        "zh": "等级阈值必须递增:watch < warning < severe",
        "en": "bands must ascend: watch < warning < severe",
    },
    "duplicate_signs": {"zh": "征象编号重复:{ids}", "en": "duplicate sign ids {ids}"},
    "applies_answers_only": {"zh": "'applies' 只读取回答", "en": "'applies' reads answers only"},
    "names_other_sign": {
        "zh": "recommends[{i}]({mechanism})引用了征象 '{ref}',它不是 {id} 的征象{hint}",
        "en": "recommends[{i}] ({mechanism}) names sign '{ref}', not a sign of {id}{hint}",
    },
    "recommended_and_contraindicated": {
        "zh": "以下机制既被推荐又被列为禁忌:{ids}",
        "en": "mechanisms both recommended and contraindicated: {ids}",
    },
    # cross references (check.py)
    "unknown_question": {"zh": "未知的问题编号 '{q}'{advice}", "en": "unknown question id '{q}'{advice}"},
    "op_not_for_type": {
        "zh": "'{op}' 不适用于{type}问题 '{q}';请用 {ops}",
        "en": "'{op}' does not apply to {type} '{q}'; use {ops}",
    },
    "ops_eq_ne_in": {"zh": "eq、ne 或 in", "en": "eq, ne or in"},
    "not_a_choice": {
        "zh": "'{value}' 不是 '{q}' 的选项(选项:{choices}){hint}",
        "en": "'{value}' is not a choice of '{q}' (choices: {choices}){hint}",
    },
    "yes_no_compare": {
        "zh": "是/否问题 '{q}' 应以 eq: true 或 eq: false 比较",
        "en": "yes/no question '{q}' is compared with eq: true or eq: false",
    },
    "compare_with_number": {
        "zh": "'{q}' 是{type}问题;请与数字比较",
        "en": "'{q}' is a {type}; compare it with a number",
    },
    "outside_range": {
        "zh": "{value} 超出 '{q}' 的取值范围({lo}–{hi});该检验永远无法判定",
        "en": "{value} is outside the range of '{q}' ({lo}–{hi}); the test can never decide",
    },
    "unknown_source": {
        "zh": "未知的文献 '{source}'{hint};请使用以下之一:{sources}",
        "en": "unknown source '{source}'{hint}; use one of {sources}",
    },
    "add_mechanism_file": {
        "zh": ";请添加 mechanisms/{mid}.yaml 或修正编号",
        "en": "; add mechanisms/{mid}.yaml or fix the id",
    },
    "mechanism_not_in_catalogue": {"zh": "机制不在机制目录中{hint}", "en": "mechanism not in the catalogue{hint}"},
    "mechanism_unused": {
        "zh": "没有任何诊断推荐(或列为禁忌)此机制;请在某个诊断的 recommends 中列出它",
        "en": "no diagnosis recommends (or contraindicates) this mechanism; name it in a diagnosis's recommends",
    },
    "question_unused": {
        "zh": "没有规则读取此问题;请使用或删除它",
        "en": "no rule reads this question; use it or remove it",
    },
    "relevance_cycle": {
        "zh": "这些问题互相等待对方的回答,永远不会被问到:{chain};请在其中某个 `relevant` 条件中打破循环",
        "en": "these questions wait on each other's answers and can never be asked: {chain}; break the circle in "
        "one of their `relevant` conditions",
    },
    "title_taken": {
        "zh": "标题 '{title}' 已是 '{other}'({file})的标题;请为每个问题取各自的标题",
        "en": "title '{title}' is already the title of '{other}' ({file}); give each question a title of its own",
    },
    "never_true": {
        "zh": "在问题的取值范围、选项与跳转条件下,此条件永远不可能为真;请修正比较或阈值",
        "en": "this condition can never be true under the questions' ranges, choices and skip conditions; correct "
        "the comparison or the thresholds",
    },
    "same_condition_same_diagnosis": {
        "zh": "与征象 {other} 条件相同;证据会被重复计算——请合并这两个征象",
        "en": "the same condition as sign {other}; evidence would be counted twice — merge the signs",
    },
    "same_condition_other_diagnosis": {
        "zh": "与征象 {other} 条件相同;请确认两个诊断都应以此为据",
        "en": "the same condition as sign {other}; check that both diagnoses should rest on it",
    },
    "never_reached": {
        "zh": "此诊断永远不会成立:其征象的任何可能组合都达不到 watch 等级;请检查征象的条件与确定性",
        "en": "this diagnosis can never be reached: no possible combination of its signs reaches the watch band; "
        "check the signs' conditions and certainties",
    },
    "no_source_texts": {
        "zh": "未找到文献文本;请给出存放论文 .txt 文件的文件夹",
        "en": "no source texts found; give the folder holding the papers' .txt files",
    },
    "source_text_missing": {
        "zh": "文献 '{source}' 的文本不在 {folder} 中",
        "en": "the text of source '{source}' is not in {folder}",
    },
    "quote_elsewhere": {"zh": ";它在 '{other}' 中——请修正 `source`", "en": "; it is in '{other}' — fix `source`"},
    "quote_copy_verbatim": {"zh": ";请从论文中逐字抄录", "en": "; copy it from the paper verbatim"},
    "quote_not_verbatim": {
        "zh": "引文不是文献 '{source}' 的原文:{quote}{hint}",
        "en": "quote not verbatim in source '{source}': {quote}{hint}",
    },
    "front_matter": {"zh": "论文页首", "en": "the page's front matter"},
    "locator_names_none": {
        "zh": "定位 '{locator}' 不对应 '{source}' 的任何栏目;引文位于 {where}:请写出该栏目",
        "en": "locator '{locator}' names none of the sections of '{source}'; the quote is in {where}: name that "
        "section",
    },
    "quote_runs_from": {
        "zh": "引文跨越 {where},而不在其定位 '{locator}' 所指的 '{named}' 中;请修正定位:{quote}",
        "en": "quote runs from {where}, not in '{named}' that its locator '{locator}' names; correct the locator: "
        "{quote}",
    },
    "quote_lies_in": {
        "zh": "引文位于 {where},而不在其定位 '{locator}' 所指的 '{named}' 中;请修正定位:{quote}",
        "en": "quote lies in {where}, not in '{named}' that its locator '{locator}' names; correct the locator: "
        "{quote}",
    },
    "locator_names_none_listed": {
        "zh": "定位 '{locator}' 不对应 '{source}' 的任何栏目({titles})",
        "en": "locator '{locator}' names none of the sections of '{source}' ({titles})",
    },
    # derived questions (derived.py)
    "formula_empty": {
        "zh": "公式应为非空文本,例如 `100 * a / b`",
        "en": "a formula is a non-empty text such as `100 * a / b`",
    },
    "formula_too_long": {"zh": "公式最多 {limit} 个字符", "en": "a formula has at most {limit} characters"},
    "formula_syntax": {"zh": "不是公式:{detail}", "en": "not a formula: {detail}"},
    "formula_not_allowed": {
        "zh": "只允许数字、问题编号、+ - * / 和括号,不允许 `{part}`",
        "en": "only numbers, question ids, + - * / and brackets are allowed, not `{part}`",
    },
    "formula_unknown_question": {"zh": "公式中有未知的问题 '{q}'", "en": "unknown question '{q}' in the formula"},
    "formula_not_number": {
        "zh": "'{q}' 是{type}问题;公式只读取数值",
        "en": "'{q}' is a {type} question; a formula reads numbers",
    },
    "formula_cycle": {
        "zh": "公式依赖于它自身(派生问题之间形成循环)",
        "en": "the formula depends on itself (a cycle of derived questions)",
    },
    "formula_zero_divisor": {
        "zh": "除以 `{divisor}`,而它可能为 0:此时结果为未知(请在说明中写明)",
        "en": "divides by `{divisor}`, which can be 0: the value is then unknown (say so in the help)",
    },
    # graded certainty bands and the same fact read twice (bands.py)
    "band_q_unknown": {"zh": "未知的问题", "en": "an unknown question"},
    "band_q_type": {"zh": "{type}问题", "en": "a {type} question"},
    "band_not_numeric": {
        "zh": "'{q}' 是{what};分级只能作用于数值问题",
        "en": "'{q}' is {what}; bands measure a numeric question",
    },
    "band_other_fact": {
        "zh": "征象的条件没有读取 '{q}':分级只能对征象所检验的事实分级,不能引入另一个事实(否则会重复计数)",
        "en": "the sign's condition does not read '{q}': bands grade the fact the sign tests, never a second fact "
        "(it would count twice)",
    },
    "band_thresholds_rise": {
        "zh": "分级阈值必须递增:{gte} 排在 {previous} 之后",
        "en": "band thresholds must rise: {gte} follows {previous}",
    },
    "band_after_sign": {"zh": "征象本身的确定度", "en": "the sign's own certainty"},
    "band_after_band": {"zh": "上一级", "en": "the band before"},
    "band_certainties_rise": {
        "zh": "分级确定度必须递增:{cf} 不高于 {previous}({after})",
        "en": "band certainties must rise: {cf} is not above {previous} ({after})",
    },
    "band_outside_range": {
        "zh": "{gte} 不在 '{q}' 的取值范围内({lo} 至 {hi})",
        "en": "{gte} is not inside the range of '{q}' ({lo} to {hi})",
    },
    "band_own_choice": {
        "zh": "分级的说明({lang})必须写明阈值与确定度是本知识库自己的选择,用“{words}”这样的字眼(论文没有给出这些数字)",
        "en": "the bands' rationale ({lang}) must say the thresholds and certainties are the knowledge base's own "
        "choice, in the words “{words}” (the papers give no such figures)",
    },
    "same_fact": {
        "zh": "与征象 {other} 读取同一回答 '{unit}':同一事实会在本诊断中重复计数。请合并两个征象、用分级表达一个事实的程度,"
        "或在 shares: 中声明并说明理由",
        "en": "reads '{unit}' as sign {other} does: one fact would count twice for this diagnosis. Merge the signs, "
        "grade one fact with bands, or declare it under shares: with the reason",
    },
    "shares_unneeded": {
        "zh": "'{q}' 并非同时被本征象和本诊断的另一征象读取;请删去此声明",
        "en": "'{q}' is not read both by this sign and by another sign of the diagnosis; remove it",
    },
    # repeat groups' aggregates (aggregate.py, groups.py, models.py)
    "agg_syntax": {"zh": "不是汇总公式:{detail}", "en": "not an aggregate formula: {detail}"},
    "agg_one_call": {
        "zh": "汇总公式是对 {functions} 之一的一次调用,例如 share(innov_p_borrowed)",
        "en": "an aggregate is one call of {functions}, e.g. share(innov_p_borrowed)",
    },
    "agg_by_position": {"zh": "{fn}() 的参数须按位置给出", "en": "{fn}() takes its arguments by position"},
    "agg_ratio_two": {
        "zh": "ratio() 需要两个条目问题编号:ratio(部分, 整体)",
        "en": "ratio() takes two item question ids: ratio(part, whole)",
    },
    "agg_arguments_two": {"zh": "{fn}() 需要一个或两个参数", "en": "{fn}() takes one or two arguments"},
    "agg_arguments_one": {"zh": "{fn}() 需要一个参数", "en": "{fn}() takes one argument"},
    "agg_test_form": {
        "zh": "检验应为条目问题编号、`问题 <比较> 数字`,或以 not/and/or 组合的检验,而不是 `{part}`",
        "en": "a test is an item question id, `question <op> number`, or not/and/or of tests, not `{part}`",
    },
    "agg_top_level": {"zh": "顶层问题,而非重复组中的问题", "en": "a question of the top level, not of a repeat group"},
    "agg_unknown": {"zh": "未知的", "en": "unknown"},
    "agg_not_item": {
        "zh": "'{q}' 是{where};汇总公式只读取同一个重复组的条目问题{hint}",
        "en": "'{q}' is {where}; an aggregate reads one repeat group's item questions{hint}",
    },
    "agg_several_groups": {
        "zh": "读取了多个组的条目问题({groups});一个汇总公式只作用于一个组",
        "en": "reads item questions of several groups ({groups}); an aggregate runs over one group",
    },
    "agg_ratio_numbers": {
        "zh": "'{q}' 是{type}问题;ratio() 只对数值求和",
        "en": "'{q}' is a {type} question; ratio() sums numbers",
    },
    "agg_alone_yes_no": {
        "zh": "'{q}' 是{type}问题;单独作为检验时必须是是/否问题(请写出比较)",
        "en": "'{q}' is a {type} question; alone in a test it must be yes/no (compare it)",
    },
    "agg_compare_number": {
        "zh": "'{q}' 是{type}问题;只有数值才能与数字比较",
        "en": "'{q}' is a {type} question; only a number is compared with a number",
    },
    "agg_gives_type": {
        "zh": "{fn}(...) 得到的是{gives},而本问题是{type}",
        "en": "{fn}(...) gives a {gives}, not a {type}",
    },
    "item_plain": {
        "zh": "条目问题 '{q}' 不能带 calculate 或 relevant(每个条目都完整询问)",
        "en": "item question '{q}' takes no calculate or relevant (each item is asked in full)",
    },
    # hedges (hedges.py, kb check --hedges)
    "hedge_advice": {
        "zh": "请保持论文的语气强度,或说明更肯定的论断是本知识库自己的,并在复核时认可",
        "en": "keep the paper's strength, or say the firmer claim is this knowledge base's and accept it on review",
    },
    "hedge_paper_hedges": {
        "zh": "论文说“{hedge}”(「{quote}」),但说明中没有任何保留语气;{advice}",
        "en": "the paper says '{hedge}' (「{quote}」) but the rationale hedges nothing; {advice}",
    },
    "hedge_too_firm": {
        "zh": "说明中写“{firm}”,但其引文没有一条说得如此肯定;{advice}",
        "en": "the rationale says '{firm}' but none of its quotes speaks so firmly; {advice}",
    },
    "hedge_en_missing": {
        "zh": "中文有保留语气(“{hedge}”),英文却没有;请在英文中同样保留",
        "en": "the Chinese hedges ('{hedge}') but the English does not; hedge it too",
    },
    # the closing line (check.py tally)
    "tally_counts": {"zh": "{errors} 个错误,{warnings} 个警告", "en": "{errors} errors, {warnings} warnings"},
    "tally_reviews": {"zh": ",{reviews} 处待复核", "en": ", {reviews} to review"},
    "tally_kb": {
        "zh": "{questions} 个问题,{diagnoses} 个诊断,{mechanisms} 个机制:{counts}",
        "en": "{questions} questions, {diagnoses} diagnoses, {mechanisms} mechanisms: {counts}",
    },
    "level_error": {"zh": "错误", "en": "error"},
    "level_warning": {"zh": "警告", "en": "warning"},
    "level_review": {"zh": "待复核", "en": "review"},
}
