"""WSIS Desktop: an offline reference on the World Summit on the Information Society."""

__version__ = "0.1.0"
APP_NAME = "WSIS Desktop"
APP_ID = "org.wsisdesktop.WSISDesktop"
ORG_NAME = "WSIS Desktop"
