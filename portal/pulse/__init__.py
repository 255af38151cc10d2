"""Staff pulse surveys: short, regular, truly anonymous, and never showing a small group."""
