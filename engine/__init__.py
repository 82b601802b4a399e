"""ConvStudio engine: plain Python, PyTorch and numpy. Never imports Qt."""
