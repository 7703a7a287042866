"""From what the engine derived to what a person reads: the report model, building it (citations, witnesses,
ranked recommendations, the questions worth answering next) and rendering it as text, Markdown, HTML, chart
and batch summary. To change how a report looks or what it holds, open this folder.
"""
