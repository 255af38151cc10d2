"""The default surveys, one for each audience, in plain words.

Face scales first (quick and friendly), one or two choices about the things inspectors and
children say matter most (their worker, being heard, changes of worker, feeling safe), and
always a free-text question last.
"""

from __future__ import annotations

ANYTHING_ELSE = {
    "key": "anything_else",
    "kind": "free-text",
    "prompt": "Is there anything else you want to tell us?",
    "hint": "You can write about anything: what is good, what is not, what would help. "
    "Please do not write your name or anyone else's.",
}

DEFAULT_SURVEYS = [
    {
        "slug": "child-feedback",
        "audience": "child",
        "title": "Tell us what you think",
        "intro": "These questions are about the help you get from us. There are no right or "
        "wrong answers. You can skip any question.",
        "questions": [
            {
                "key": "home",
                "kind": "face-scale",
                "prompt": "How do you feel about where you live?",
            },
            {
                "key": "worker",
                "kind": "face-scale",
                "prompt": "How do you feel about your worker?",
                "hint": "Your social worker, or the person from us who helps you.",
            },
            {
                "key": "listened",
                "kind": "single-choice",
                "prompt": "Does your worker listen to you?",
                "options": [
                    ("always", "Always"),
                    ("sometimes", "Sometimes"),
                    ("never", "Never"),
                    ("not-sure", "I am not sure"),
                ],
            },
            {"key": "safe", "kind": "face-scale", "prompt": "How safe do you feel?"},
            {
                "key": "workers_this_year",
                "kind": "single-choice",
                "prompt": "How many different workers have you had this year?",
                "options": [
                    ("one", "Just one"),
                    ("two", "Two"),
                    ("three-plus", "Three or more"),
                    ("not-sure", "I am not sure"),
                ],
            },
            {
                "key": "see_more",
                "kind": "multiple-choice",
                "prompt": "Who would you like to see more?",
                "hint": "Choose all that are true for you.",
                "options": [
                    ("mum-dad", "My mum or dad"),
                    ("brothers-sisters", "My brothers or sisters"),
                    ("grandparents", "My grandparents"),
                    ("friends", "My friends"),
                    ("pets", "My pets"),
                    ("no-one", "I see everyone enough"),
                ],
            },
            ANYTHING_ELSE,
        ],
    },
    {
        "slug": "young-person-feedback",
        "audience": "young-person",
        "title": "Have your say",
        "intro": "Tell us honestly how things are. We read everything, and we use what young "
        "people say to change how we work. Skip anything you don't want to answer.",
        "questions": [
            {
                "key": "home",
                "kind": "face-scale",
                "prompt": "How do you feel about where you live right now?",
            },
            {
                "key": "trust_worker",
                "kind": "single-choice",
                "prompt": "Do you trust your social worker?",
                "options": [
                    ("yes", "Yes"),
                    ("sometimes", "Sometimes"),
                    ("no", "No"),
                    ("none", "I don't have one"),
                ],
            },
            {
                "key": "say",
                "kind": "single-choice",
                "prompt": "Do you get a say in decisions about your life?",
                "options": [("always", "Always"), ("sometimes", "Sometimes"), ("never", "Never")],
            },
            {
                "key": "workers_12_months",
                "kind": "single-choice",
                "prompt": "How many social workers have you had in the last 12 months?",
                "options": [
                    ("one", "1"),
                    ("two", "2"),
                    ("three-plus", "3 or more"),
                    ("not-sure", "Not sure"),
                ],
            },
            {
                "key": "safe",
                "kind": "face-scale",
                "prompt": "How safe do you feel, at home, at school and online?",
            },
            {
                "key": "better",
                "kind": "multiple-choice",
                "prompt": "What would make things better for you?",
                "hint": "Choose all that apply.",
                "options": [
                    ("same-worker", "Keeping the same worker"),
                    ("more-time", "More time with my worker"),
                    ("knowing", "Knowing what is happening and why"),
                    ("family", "Seeing my family or friends more"),
                    ("school", "Help with school or college"),
                    ("feelings", "Help with my feelings"),
                ],
            },
            ANYTHING_ELSE,
        ],
    },
    {
        "slug": "care-leaver-feedback",
        "audience": "care-leaver",
        "title": "Leaving care: tell us how it is going",
        "intro": "We want to know how well we are supporting you as you leave care and after. "
        "You can skip any question.",
        "questions": [
            {"key": "now", "kind": "face-scale", "prompt": "How are things for you at the moment?"},
            {
                "key": "know_pa",
                "kind": "single-choice",
                "prompt": "Do you know who your personal adviser is and how to contact them?",
                "options": [("yes", "Yes"), ("no", "No"), ("not-sure", "Not sure")],
            },
            {
                "key": "ready",
                "kind": "face-scale",
                "prompt": "How well did we help you get ready to live on your own?",
            },
            {
                "key": "help_with",
                "kind": "multiple-choice",
                "prompt": "What do you need more help with?",
                "hint": "Choose all that apply.",
                "options": [
                    ("money", "Money and bills"),
                    ("housing", "Housing"),
                    ("work-study", "Work, college or training"),
                    ("health", "Health and feelings"),
                    ("people", "Staying in touch with people who matter to me"),
                    ("nothing", "Nothing right now"),
                ],
            },
            {
                "key": "someone_to_call",
                "kind": "yes-no",
                "prompt": "Do you have someone you can call if things go wrong?",
            },
            ANYTHING_ELSE,
        ],
    },
    {
        "slug": "carer-feedback",
        "audience": "carer",
        "title": "Tell us about the help your family gets",
        "intro": "This is for parents, carers and other family members. Your answers help the "
        "partnership see what is working and what needs to change. You can skip any question.",
        "questions": [
            {
                "key": "overall",
                "kind": "face-scale",
                "prompt": "Overall, how do you feel about the help your family is getting?",
            },
            {
                "key": "know_worker",
                "kind": "single-choice",
                "prompt": "Do you know who your family's worker is and how to contact them?",
                "options": [("yes", "Yes"), ("no", "No"), ("not-sure", "Not sure")],
            },
            {
                "key": "get_back",
                "kind": "single-choice",
                "prompt": "When you contact us, do we get back to you in good time?",
                "options": [
                    ("always", "Always"),
                    ("usually", "Usually"),
                    ("sometimes", "Sometimes"),
                    ("never", "Never"),
                ],
            },
            {
                "key": "explain",
                "kind": "face-scale",
                "prompt": "How well do we explain what is happening and why?",
            },
            {
                "key": "wait",
                "kind": "single-choice",
                "prompt": "After you first asked for help, how long did you wait for it?",
                "options": [
                    ("under-week", "Less than a week"),
                    ("weeks", "1 to 4 weeks"),
                    ("months", "1 to 3 months"),
                    ("longer", "More than 3 months"),
                    ("waiting", "I am still waiting"),
                ],
            },
            {"key": "listened", "kind": "yes-no", "prompt": "Do you feel listened to?"},
            ANYTHING_ELSE,
        ],
    },
    {
        # Not a survey anyone fills in: the home of staff pulse comments, which go through
        # moderation as submissions like everything else people write.
        "slug": "staff-pulse-comments",
        "audience": "staff",
        "title": "Staff pulse comments",
        "intro": "",
        "questions": [
            {
                "key": "comment",
                "kind": "free-text",
                "prompt": "Is there anything else you want to tell us?",
            }
        ],
    },
]
