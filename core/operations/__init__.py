"""The operations a person performs on the lab, as typed steps."""
