"""The consultation (`diagnose ask`): a UI-free state machine that chooses the next question, and its terminal
side (prompts, menus, saving). To change how a question is asked, open this folder.
"""
