"""Zoo model definitions; importing this package registers them all."""
from engine.zoo.models import classic, densenet, dpn, googlenet, resnet, small  # noqa: F401
