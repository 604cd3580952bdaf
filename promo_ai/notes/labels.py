"""An action line that says whose it is: "Priya: share my case with the director by Fri", "me -> send the deck",
"AP (Hannah): get a reference", "new rota for april -> me, by the 20th" (the patterns promo_ai.notes.steps reads
them with)."""

from __future__ import annotations

import re

# "Priya: ...", "Insp Harris: ...", "my actions: ...", "AP (Hannah): ..."
LABELLED = re.compile(
    r"^[^\w(]*(?P<who>(?:Mr|Mrs|Ms|Dr|Sir|Ma'?am|Madam|Insp|Sgt|Cpl|Capt|Maj|Lt|Col|Cdr|Engr|Prof)\.?\s+)?"
    r"(?P<name>ako\s+din|(?i:my\s+(?:tasks?|to-?dos|actions?))|[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)?)(?:\s*\((?P<paren>[^)]{1,30})\))?(?:'s\s+actions?)?\s*:\s+"
    r"(?P<rest>[A-Za-z0-9].+)$")
ARROWED = re.compile(r"^[^\w(]*(?P<who>)(?P<name>me|i|myself|she|he|[A-Z][\w'-]*(?:\s+(?:&\s+)?[A-Z][\w'-]*)?)"
                     r"(?:\s*\((?P<role>[^)]{1,30})\))?"
                     r"\s*(?:->|→|=>|\s[-–—])\s*(?P<rest>[A-Za-z0-9].+)$")
OWNER_AFTER = re.compile(r"^[^\w(]*(?P<thing>(?!(?:the|my|she|he|i|it)\b)[\w][\w &/'+-]{2,50}?)"
                         r"(?:\s+[-–—:]|:|\s*(?:->|→)|,(?=\s+me\b))\s+"  # "new rota for april -> me, by the 20th"
                         r"(?P<who>me|mine|myself|[A-Z]{1,3})\s*(?:,\s*(?P<when>.+?))?\s*$")


ACTION_WORDS = {"me", "i", "myself", "mine", "todo", "to do", "action", "actions", "next", "follow up", "ap",
                "action point", "action item", "my action", "my actions", "ako", "ako din",  # Tagalog "ako": me
                "my tasks", "my task", "tasks", "my to-dos", "my todos",
                "mujhe", "main", "moi"}  # Hindi, French
