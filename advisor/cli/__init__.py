"""The command line: argument parsing, exit codes and one module per command.

``main`` parses the arguments and imports only the command being run (``commands/``), so a
command pays only for what it uses. The top layer: it may import every other part of ``advisor``;
nothing in ``advisor`` imports it.
"""
