"""The texts of the main window's own actions (File, Edit, Network), set by its retranslate().

Kept in the MainWindow context, so their translations are the window's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.kit.actions import set_action_texts as set_texts


def retranslate_actions(window) -> None:
    """Each action's menu text, and its tip on hover and in the status bar."""
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
    set_texts(window.new_action, translate("MainWindow", "&New"),
              translate("MainWindow", "Start an empty network"))
    set_texts(window.open_action, translate("MainWindow", "&Open…"),
              translate("MainWindow", "Open a session or scenario and replay its steps"))
    set_texts(window.save_action, translate("MainWindow", "&Save"),
              translate("MainWindow", "Save the steps so far as a session"))
    set_texts(window.save_as_action, translate("MainWindow", "Save &As…"))
    set_texts(window.import_weights_action, translate("MainWindow", "&Import weights…"),
              translate("MainWindow",
                        "Load a state_dict (.pt); a lazy network gets shapes and values"))
    set_texts(window.export_weights_action, translate("MainWindow", "&Export weights…"),
              translate("MainWindow", "Save the current state_dict (.pt); uninitialized "
                                      "parameters are left out"))
    set_texts(window.export_code_action, translate("MainWindow", "Export as PyTorch &code…"),
              translate("MainWindow", "Save a Python script that rebuilds the network on screen "
                                      "and replays its forward passes and initializers (Ctrl+E)"))
    set_texts(window.export_session_code_action,
              translate("MainWindow", "Export whole session as PyTorch code…"),
              translate("MainWindow", "Save a Python script that replays every step of the "
                                      "session: each network it held, in order (Ctrl+Shift+E)"))
    set_texts(window.export_png_action, translate("MainWindow", "Export plot as &PNG…"),
              translate("MainWindow", "Save the chart of the shown tab (Histogram, Compare or "
                                      "Depth) as PNG"))
    set_texts(window.export_csv_action, translate("MainWindow", "Export plot as &CSV…"),
              translate("MainWindow", "Save the data of the shown tab's chart as CSV"))
    set_texts(window.compare_action, translate("MainWindow", "&Compare initializers"),
              translate("MainWindow", "Apply each initializer ticked in the Compare tab to a copy "
                                      "of the network and compare their weights (Ctrl+Shift+C)"))
    set_texts(window.depth_action, translate("MainWindow", "&Depth statistics"),
              translate("MainWindow", "Activation and gradient spread per layer under each ticked "
                                      "initializer (Ctrl+Shift+D)"))
    set_texts(window.quit_action, translate("MainWindow", "&Quit"))
    set_texts(window.undo_action, translate("MainWindow", "&Undo"),
              translate("MainWindow", "Undo the last operation (Ctrl+Z)"))
    set_texts(window.redo_action, translate("MainWindow", "&Redo"),
              translate("MainWindow", "Redo (Ctrl+Shift+Z)"))
    set_texts(window.forward_action, translate("MainWindow", "Run &forward"),
              translate("MainWindow", "Send the input through the network (Ctrl+R)"))
    set_texts(window.init_action, translate("MainWindow", "&Initialize"),
              translate("MainWindow", "Apply the chosen initializer (Ctrl+I)"))
    set_texts(window.reset_action, translate("MainWindow", "&Reset"),
              translate("MainWindow", "Rebuild every layer: lazy layers uninitialized again, "
                                      "fresh default weights"))
    set_texts(window.clear_action, translate("MainWindow", "&Clear"),
              translate("MainWindow", "Remove every layer"))
    set_texts(window.preferences_action, translate("MainWindow", "&Preferences…"),
              translate("MainWindow", "Settings such as the undo history's memory limit (Ctrl+,)"))
