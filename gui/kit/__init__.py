"""The widget kit: the app's look and small general widgets. Imports nothing from core."""
