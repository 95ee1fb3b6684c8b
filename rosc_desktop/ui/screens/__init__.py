"""Full-window screens, one module per screen: first run, sign-in, lock, settings, participant list, workspace."""
