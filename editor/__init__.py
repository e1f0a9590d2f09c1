"""Plan editor: an offline editor for UNDP Accelerator Lab plan files."""
