"""Authoring tools behind the ``podium`` command: new files, a starter hub, content checks.

Nothing here imports MkDocs except the reference generator, which must read the plugins'
own ``Config`` classes.
"""
