"""Data to renderables, never printed here: the documented JSON shapes (`json_shapes`),
plain lines (`plain`), rich tables and panels (`terminal`), listings (`listing`) and
the status chart's layout (`chart`)."""
