"""Zoo model definitions; importing this package registers them all (in historical order)."""
from engine.zoo.models import classic, googlenet, resnet, densenet, dpn, small  # noqa: F401,I001
