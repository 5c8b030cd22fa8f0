"""podium/profile: about page, speaking & events (with events.ics), press & media."""
