"""The ``podium/share`` plugin: share bar, team share kit and its exports."""
