import os
from .main import main
from .manage import manage
