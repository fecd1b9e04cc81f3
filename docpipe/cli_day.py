"""CLI commands for this stage (registered in cli.py). Thin: the work is in the library module."""
import click

COMMANDS: list[click.Command] = []
