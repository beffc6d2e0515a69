"""Rules as data: numbering grammar, section-type cues, chrome and target lexicons.

Changing a cue is editing a table here, not changing control flow in a stage.
"""
