"""Look inside the network: feature maps, filters, CAM / Grad-CAM, receptive fields."""
