"""The main window and its menus, dialogs and error display."""
