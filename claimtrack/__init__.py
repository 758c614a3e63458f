"""claimtrack: track rumours and claims, the responses to them and how they turned out."""

__version__ = "0.1.0"
