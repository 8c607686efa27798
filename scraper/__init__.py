"""newsclean scraper: the network, the state, the files and the CLI; calls ``cleaners``."""
