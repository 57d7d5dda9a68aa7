"""Actor and event knowledge: data files shipped in this package plus users' own."""
